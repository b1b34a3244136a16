#include "alertsettingsdialog.h"

#include "alerttext.h"

#include "settings/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(int min, int max, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setObjectName(name);
    return box;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// An empty cell is "none"; anything else must be a decimal.
std::optional<std::optional<Decimal>> optionalDecimal(const QString &text)
{
    if (text.isEmpty())
        return std::optional<Decimal>();
    if (const auto value = Decimal::fromString(text))
        return std::optional<Decimal>(*value);
    return std::nullopt;
}

} // namespace

AlertSettingsDialog::AlertSettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_original(settings->alertSettings())
    , m_tickerStale(spinBox(1, 3600, tr(" s"), QStringLiteral("tickerStale")))
    , m_fxStale(spinBox(1, 1440, tr(" min"), QStringLiteral("fxStale")))
    , m_premiumStale(spinBox(1, 3600, tr(" s"), QStringLiteral("premiumStale")))
    , m_apiErrorRate(spinBox(1, 100, QStringLiteral(" %"), QStringLiteral("apiErrorRate")))
    , m_cacheMissRate(spinBox(1, 100, QStringLiteral(" %"), QStringLiteral("cacheMissRate")))
    , m_spike(new QLineEdit)
    , m_hysteresis(spinBox(0, 90, QStringLiteral(" %"), QStringLiteral("hysteresis")))
    , m_cooldownMinutes(spinBox(0, 1440, tr(" min"), QStringLiteral("cooldown")))
    , m_users(new QTableWidget(0, UserColumnCount))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Alerts"));
    m_spike->setObjectName(QStringLiteral("spike"));
    auto *thresholds = new QGroupBox(tr("Thresholds"));
    auto *form = new QFormLayout(thresholds);
    form->addRow(tr("A ticker is stale after"), m_tickerStale);
    form->addRow(tr("The USD/KRW rate is stale after"), m_fxStale);
    form->addRow(tr("The premium is stale after"), m_premiumStale);
    form->addRow(tr("API error rate above"), m_apiErrorRate);
    form->addRow(tr("Cache miss rate above"), m_cacheMissRate);
    form->addRow(tr("Premium move within 5 minutes, points"), m_spike);
    form->addRow(tr("Clear below the threshold by"), m_hysteresis);
    form->addRow(tr("Notify a rule again after"), m_cooldownMinutes);

    auto *mutes = new QGroupBox(tr("Notify"));
    auto *muteLayout = new QVBoxLayout(mutes);
    for (int i = 0; i < AlertRuleCount; ++i) {
        const auto rule = static_cast<AlertRule>(i);
        auto *box = new QCheckBox(AlertText::ruleName(rule));
        box->setObjectName(QStringLiteral("notify_") + alertRuleId(rule));
        m_mutes.append(box);
        muteLayout->addWidget(box);
    }

    auto *users = new QGroupBox(tr("My premium alerts"));
    auto *userLayout = new QVBoxLayout(users);
    m_users->setHorizontalHeaderLabels({ tr("Coin"), tr("Korean venue"), tr("Foreign venue"), tr("Above %"),
                                         tr("Below %"), tr("Hysteresis, points") });
    m_users->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_users->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add alert"));
    auto *remove = new QPushButton(tr("Remove alert"));
    add->setObjectName(QStringLiteral("addUserAlert"));
    remove->setObjectName(QStringLiteral("removeUserAlert"));
    connect(add, &QPushButton::clicked, this, [this] { addUserAlert(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_users->currentRow() >= 0)
            m_users->removeRow(m_users->currentRow());
        validate();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    userLayout->addWidget(m_users);
    userLayout->addLayout(buttons);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlertSettingsDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(thresholds);
    top->addWidget(mutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(users);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load();
    connect(m_spike, &QLineEdit::textChanged, this, &AlertSettingsDialog::validate);
    connect(m_users, &QTableWidget::cellChanged, this, &AlertSettingsDialog::validate);
    validate();
}

void AlertSettingsDialog::load()
{
    m_tickerStale->setValue(static_cast<int>(m_original.tickerStaleMs / 1000));
    m_fxStale->setValue(static_cast<int>(m_original.fxStaleMs / 60'000));
    m_premiumStale->setValue(static_cast<int>(m_original.premiumStaleMs / 1000));
    m_apiErrorRate->setValue(m_original.apiErrorRatePercent);
    m_cacheMissRate->setValue(m_original.cacheMissRatePercent);
    m_spike->setText(m_original.premiumSpikePoints.toString());
    m_hysteresis->setValue(m_original.hysteresisPercent);
    m_cooldownMinutes->setValue(static_cast<int>(m_original.cooldownMs / 60'000));
    for (int i = 0; i < m_mutes.size(); ++i)
        m_mutes.at(i)->setChecked(!m_original.isMuted(static_cast<AlertRule>(i)));
    for (const UserAlertRule &rule : m_settings->userAlerts())
        appendRow(rule);
}

void AlertSettingsDialog::appendRow(const UserAlertRule &rule)
{
    const QSignalBlocker blocker(m_users);
    const int row = m_users->rowCount();
    m_users->insertRow(row);
    const QStringList cells { rule.symbol,
                              rule.koreaVenue,
                              rule.foreignVenue,
                              rule.above ? rule.above->toString() : QString(),
                              rule.below ? rule.below->toString() : QString(),
                              rule.hysteresis.toString() };
    for (int column = 0; column < UserColumnCount; ++column)
        m_users->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_users->item(row, SymbolColumn)->setData(Qt::UserRole, rule.id);
}

void AlertSettingsDialog::addUserAlert(const QString &symbol)
{
    UserAlertRule rule;
    rule.id = UserAlertRule::newId();
    rule.symbol = symbol;
    const FeedConfig feed = m_settings->feedConfig();
    rule.koreaVenue = feed.koreanVenue;
    rule.foreignVenue = feed.foreignVenue;
    appendRow(rule);
    m_users->setCurrentCell(m_users->rowCount() - 1, AboveColumn);
    validate();
}

AlertSettings AlertSettingsDialog::alertSettings() const
{
    AlertSettings settings = m_original;
    // A limit the settings file holds in finer units than the field shows is kept unless edited.
    if (m_tickerStale->value() != m_original.tickerStaleMs / 1000)
        settings.tickerStaleMs = m_tickerStale->value() * 1000LL;
    if (m_fxStale->value() != m_original.fxStaleMs / 60'000)
        settings.fxStaleMs = m_fxStale->value() * 60'000LL;
    if (m_premiumStale->value() != m_original.premiumStaleMs / 1000)
        settings.premiumStaleMs = m_premiumStale->value() * 1000LL;
    settings.apiErrorRatePercent = m_apiErrorRate->value();
    settings.cacheMissRatePercent = m_cacheMissRate->value();
    settings.premiumSpikePoints = Decimal::fromString(m_spike->text()).value_or(m_original.premiumSpikePoints);
    settings.hysteresisPercent = m_hysteresis->value();
    settings.cooldownMs = m_cooldownMinutes->value() * 60'000LL;
    settings.muted.clear();
    for (int i = 0; i < m_mutes.size(); ++i) {
        if (!m_mutes.at(i)->isChecked())
            settings.muted.insert(static_cast<AlertRule>(i));
    }
    return settings;
}

QList<UserAlertRule> AlertSettingsDialog::userAlerts() const
{
    QList<UserAlertRule> rules;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        UserAlertRule rule;
        rule.id = m_users->item(row, SymbolColumn)->data(Qt::UserRole).toString();
        rule.symbol = cellText(m_users, row, SymbolColumn).toUpper();
        rule.koreaVenue = cellText(m_users, row, KoreaColumn).toLower();
        rule.foreignVenue = cellText(m_users, row, ForeignColumn).toLower();
        rule.above = optionalDecimal(cellText(m_users, row, AboveColumn)).value_or(std::nullopt);
        rule.below = optionalDecimal(cellText(m_users, row, BelowColumn)).value_or(std::nullopt);
        rule.hysteresis = Decimal::fromString(cellText(m_users, row, HysteresisColumn)).value_or(rule.hysteresis);
        rules.append(rule);
    }
    return rules;
}

QString AlertSettingsDialog::problem() const
{
    const auto spike = Decimal::fromString(m_spike->text());
    if (!spike || !spike->isPositive() || *spike > Decimal::fromInteger(100))
        return tr("The premium move must be a number of points above 0 and at most 100.");
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const int line = row + 1;
        if (cellText(m_users, row, SymbolColumn).isEmpty() || cellText(m_users, row, KoreaColumn).isEmpty()
            || cellText(m_users, row, ForeignColumn).isEmpty())
            return tr("Alert %1: name the coin and both venues.").arg(line);
        const auto above = optionalDecimal(cellText(m_users, row, AboveColumn));
        const auto below = optionalDecimal(cellText(m_users, row, BelowColumn));
        if (!above || !below)
            return tr("Alert %1: the thresholds must be numbers (percent).").arg(line);
        if (!*above && !*below)
            return tr("Alert %1: give a premium to go above, below, or both.").arg(line);
        const auto hysteresis = Decimal::fromString(cellText(m_users, row, HysteresisColumn));
        if (!hysteresis || hysteresis->isNegative())
            return tr("Alert %1: the hysteresis must be a number of points, 0 or more.").arg(line);
    }
    return {};
}

void AlertSettingsDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void AlertSettingsDialog::accept()
{
    if (!problem().isEmpty())
        return;
    m_settings->setAlertSettings(alertSettings());
    m_settings->setUserAlerts(userAlerts());
    QDialog::accept();
}
