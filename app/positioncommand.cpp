#include "positioncommand.h"

#include "positions/positionbook.h"
#include "positions/positionexport.h"
#include "positions/positionrepository.h"
#include "positions/positionvalidator.h"
#include "positions/positionvenues.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <memory>

namespace {

const QString kCommand = QStringLiteral("position");

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString usageText()
{
    return QStringLiteral(
               "Usage:\n"
               "  premium-spread position open --symbol COIN --quantity Q --korea-price P --foreign-price P --fx F\n"
               "                               [--korea-venue %1] [--foreign-venue %2]\n"
               "                               [--korea-fee R] [--foreign-fee R] [--opened-at ISO8601] [--note TEXT] "
               "[--database PATH]\n"
               "  premium-spread position close ID --korea-price P --foreign-price P --fx F [--closed-at ISO8601] "
               "[--database PATH]\n"
               "  premium-spread position list [--open|--closed] [--json] [--database PATH]\n"
               "--database takes a SQLite file or mysql://user@host:port/name (password from "
               "PREMIUM_SPREAD_DB_PASSWORD).\n")
        .arg(PositionVenues::standard().korea.join(u'|'), PositionVenues::standard().foreign.join(u'|'));
}

int usageError(const QString &subcommand, const QString &message)
{
    const QString prefix = subcommand.isEmpty() ? kCommand : kCommand + u' ' + subcommand;
    print(stderr, QStringLiteral("premium-spread %1: %2\n").arg(prefix, message) + usageText());
    return PositionCommand::InvalidInputExitCode;
}

int invalidInput(const QString &subcommand, const FieldIssues &issues)
{
    QString text;
    for (const FieldIssue &issue : issues)
        text += QStringLiteral("premium-spread position %1: %2\n").arg(subcommand, issue.describe());
    print(stderr, text);
    return PositionCommand::InvalidInputExitCode;
}

int storageFailure(const StorageError &error)
{
    print(stderr, QStringLiteral("premium-spread position: database: %1\n").arg(error.describe()));
    return PositionCommand::StorageExitCode;
}

void printJson(const QJsonDocument &document)
{
    print(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + u'\n');
}

QJsonObject positionJson(const Position &position, const QList<FundingEvent> &funding)
{
    PositionBook book;
    book.setFundingEvents(funding);
    book.setPositions({position});
    return PositionExport::json({position, book.valuation(position.id)}, book.basis());
}

// One subcommand's options, parsed, with the database they name.
class Invocation
{
public:
    Invocation(QString subcommand, const QList<QCommandLineOption> &options)
        : m_subcommand(std::move(subcommand))
        , m_database(QStringLiteral("database"), QStringLiteral("SQLite file or mysql:// URL."), QStringLiteral("PATH"))
        , m_helpOption(m_parser.addHelpOption())
    {
        m_parser.addOptions(options);
        m_parser.addOption(m_database);
    }

    // nullopt when the arguments ask for work; otherwise the exit code (help, usage error).
    std::optional<int> parse(const QStringList &arguments, int maxPositional)
    {
        if (!m_parser.parse(arguments))
            return usageError(m_subcommand, m_parser.errorText());
        if (m_parser.isSet(m_helpOption)) {
            print(stdout, usageText());
            return 0;
        }
        if (m_parser.positionalArguments().size() > maxPositional)
            return usageError(m_subcommand, QStringLiteral("Unexpected argument '%1'.").arg(m_parser.positionalArguments().constLast()));
        QString problem;
        const auto location = m_parser.isSet(m_database) ? DatabaseLocation::parse(m_parser.value(m_database), &problem)
                                                         : DatabaseLocation::defaultLocation();
        if (!location)
            return usageError(m_subcommand, QStringLiteral("Option '--database': %1").arg(problem));
        m_location = *location;
        return std::nullopt;
    }

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    const QString &subcommand() const { return m_subcommand; }

    // The database, open and migrated; nullptr with the exit code in `code` when it cannot be.
    std::unique_ptr<Database> open(int *code) const
    {
        auto database = std::make_unique<Database>(
            m_location, m_location.isMySql() ? qEnvironmentVariable(DatabaseLocation::PasswordEnvironmentVariable) : QString());
        if (const auto error = database->openAndMigrate()) {
            *code = storageFailure(*error);
            return nullptr;
        }
        return database;
    }

private:
    QString m_subcommand;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_helpOption;
    DatabaseLocation m_location;
};

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
}

QList<QCommandLineOption> priceOptions()
{
    return {valueOption("korea-price", "Korean spot price, KRW.", "P"), valueOption("foreign-price", "Perpetual price, USDT.", "P"),
            valueOption("fx", "KRW per USD.", "F")};
}

int runOpen(const QStringList &arguments)
{
    Invocation invocation(
        QStringLiteral("open"),
        priceOptions()
            + QList<QCommandLineOption> { valueOption("symbol", "Coin, e.g. BTC.", "SYMBOL"),
                                          valueOption("quantity", "Quantity of each leg.", "Q"),
                                          valueOption("korea-venue", "Korean spot venue (default bithumb).", "VENUE"),
                                          valueOption("foreign-venue", "Perpetual venue (default binance).", "VENUE"),
                                          valueOption("korea-fee", "Korean fee rate.", "R"),
                                          valueOption("foreign-fee", "Perpetual fee rate.", "R"),
                                          valueOption("opened-at", "Opening time, ISO 8601.", "TIME"),
                                          valueOption("note", "Free text.", "TEXT") });
    if (const auto code = invocation.parse(arguments, 0))
        return *code;

    const auto given = [&](const char *name) {
        const QString option = QString::fromLatin1(name);
        return invocation.isSet(option) ? std::optional<QString>(invocation.value(option)) : std::nullopt;
    };
    PositionInput input;
    input.symbol = invocation.value(QStringLiteral("symbol"));
    if (invocation.isSet(QStringLiteral("korea-venue")))
        input.pair.korea = invocation.value(QStringLiteral("korea-venue"));
    if (invocation.isSet(QStringLiteral("foreign-venue")))
        input.pair.foreign = invocation.value(QStringLiteral("foreign-venue"));
    input.quantity = invocation.value(QStringLiteral("quantity"));
    input.koreaPrice = invocation.value(QStringLiteral("korea-price"));
    input.foreignPrice = invocation.value(QStringLiteral("foreign-price"));
    input.fx = invocation.value(QStringLiteral("fx"));
    input.koreaFee = given("korea-fee");
    input.foreignFee = given("foreign-fee");
    input.openedAt = given("opened-at");
    input.note = invocation.value(QStringLiteral("note"));

    AppSettings settings;
    auto validated = PositionValidator::validateOpen(input, settings.positionFees(), PositionVenues::standard(),
                                                     QDateTime::currentMSecsSinceEpoch());
    if (auto *issues = std::get_if<FieldIssues>(&validated))
        return invalidInput(invocation.subcommand(), *issues);

    int code = 0;
    const auto database = invocation.open(&code);
    if (!database)
        return code;
    PositionRepository repository(*database);
    Position position = std::get<Position>(validated);
    if (const auto error = repository.insert(&position))
        return storageFailure(*error);
    printJson(QJsonDocument(positionJson(position, {})));
    return 0;
}

int runClose(const QStringList &arguments)
{
    Invocation invocation(QStringLiteral("close"), priceOptions() + QList<QCommandLineOption>{
        valueOption("closed-at", "Closing time, ISO 8601 (default: now).", "TIME")});
    if (const auto code = invocation.parse(arguments, 1))
        return *code;
    CloseInput input{invocation.value(QStringLiteral("korea-price")), invocation.value(QStringLiteral("foreign-price")),
                     invocation.value(QStringLiteral("fx"))};
    if (invocation.isSet(QStringLiteral("closed-at")))
        input.closedAt = invocation.value(QStringLiteral("closed-at"));

    FieldIssues issues;
    bool idOk = false;
    const qint64 id = invocation.positional().value(0).toLongLong(&idOk);
    if (invocation.positional().isEmpty())
        issues.append(FieldIssue{PositionField::Id, FieldIssue::Kind::Missing});
    else if (!idOk)
        issues.append(FieldIssue{PositionField::Id, FieldIssue::Kind::NotANumber});
    else if (id <= 0)
        issues.append(FieldIssue{PositionField::Id, FieldIssue::Kind::NotPositive});

    std::optional<Position> stored;
    std::unique_ptr<Database> database;
    if (issues.isEmpty()) {
        int code = 0;
        database = invocation.open(&code);
        if (!database)
            return code;
        if (const auto error = PositionRepository(*database).load(id, &stored))
            return storageFailure(*error);
        if (!stored)
            issues.append(FieldIssue{PositionField::Id, FieldIssue::Kind::NotFound});
    }
    // Without a stored position the prices are still checked, so that every mistake is named.
    const Position subject = stored.value_or(Position{});
    auto validated = PositionValidator::validateClose(subject, input, QDateTime::currentMSecsSinceEpoch());
    if (auto *more = std::get_if<FieldIssues>(&validated))
        issues += *more;
    if (!issues.isEmpty())
        return invalidInput(invocation.subcommand(), issues);

    PositionRepository repository(*database);
    const Position closed = std::get<Position>(validated);
    QList<FundingEvent> funding;
    if (const auto error = repository.close(closed))
        return storageFailure(*error);
    if (const auto error = repository.loadFunding(&funding))
        return storageFailure(*error);
    printJson(QJsonDocument(positionJson(closed, funding)));
    return 0;
}

int runList(const QStringList &arguments)
{
    Invocation invocation(QStringLiteral("list"), {QCommandLineOption(QStringLiteral("open"), QStringLiteral("Only open positions.")),
                                                   QCommandLineOption(QStringLiteral("closed"), QStringLiteral("Only closed positions.")),
                                                   QCommandLineOption(QStringLiteral("json"), QStringLiteral("A JSON array."))});
    if (const auto code = invocation.parse(arguments, 0))
        return *code;
    const bool openOnly = invocation.isSet(QStringLiteral("open"));
    const bool closedOnly = invocation.isSet(QStringLiteral("closed"));
    if (openOnly && closedOnly)
        return usageError(invocation.subcommand(), QStringLiteral("Options '--open' and '--closed' exclude each other."));

    int code = 0;
    const auto database = invocation.open(&code);
    if (!database)
        return code;
    PositionRepository repository(*database);
    QList<Position> positions;
    QList<FundingEvent> funding;
    if (const auto error = repository.loadAll(&positions))
        return storageFailure(*error);
    if (const auto error = repository.loadFunding(&funding))
        return storageFailure(*error);

    PositionBook book;
    book.setFundingEvents(funding);
    book.setPositions(positions);
    QJsonArray array;
    QString text;
    for (const Position &position : positions) {
        if ((openOnly && !position.isOpen()) || (closedOnly && position.isOpen()))
            continue;
        const QJsonObject object = PositionExport::json({position, book.valuation(position.id)}, book.basis());
        array.append(object);
        QStringList cells;
        // New columns go last, so that scripts reading the first ones by position keep working.
        for (const char *key : { "id", "symbol", "status", "quantity", "entry_premium", "exit_premium", "opened_at",
                                 "closed_at", "realised_pnl_krw", "korea_venue", "foreign_venue" }) {
            const QJsonValue value = object.value(QString::fromLatin1(key));
            cells.append(value.isDouble() ? QString::number(value.toInteger()) : value.isNull() ? QStringLiteral("-") : value.toString());
        }
        text += cells.join(u'\t') + u'\n';
    }
    if (invocation.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(array));
    else
        print(stdout, text);
    return 0;
}

} // namespace

namespace PositionCommand {

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == kCommand;
}

int run(const QStringList &arguments)
{
    const QString subcommand = arguments.value(2);
    // The parser sees the program name and the subcommand's own arguments.
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (subcommand == u"open")
        return runOpen(rest);
    if (subcommand == u"close")
        return runClose(rest);
    if (subcommand == u"list")
        return runList(rest);
    if (subcommand == u"--help" || subcommand == u"-h" || subcommand == u"help") {
        print(stdout, usageText());
        return 0;
    }
    if (subcommand.isEmpty() || subcommand.startsWith(u'-'))
        return usageError(QString(), QStringLiteral("Which one: open, close or list?"));
    return usageError(QString(), QStringLiteral("Unknown subcommand '%1'.").arg(subcommand));
}

} // namespace PositionCommand
