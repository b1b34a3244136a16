#include "expectedpremiums.h"

#include "fixtureserver.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace {

// "**1.28**" -> "1.28", "`BTCUSDT`" -> "BTCUSDT", "129,555,000" -> "129555000",
// "319 (a size-0 level at 320 above it)" -> "319".
QString number(const QString &cell)
{
    QString text = cell;
    text.remove(QStringLiteral("**")).remove(QLatin1Char('`')).remove(QLatin1Char(','));
    return text.trimmed().section(QLatin1Char(' '), 0, 0);
}

QString code(const QString &cell)
{
    return QString(cell).remove(QLatin1Char('`')).trimmed();
}

// "`1000SHIBUSDT` ×1000" -> "1000"; empty when the cell names no instrument ("—").
QString multiplierIn(const QString &cell)
{
    static const QRegularExpression times(QStringLiteral("\u00d7(\\d+)"));
    const QRegularExpressionMatch match = times.match(cell);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

std::optional<ExpectedPremiums> ExpectedPremiums::load(QString *error)
{
    QFile file(FixtureServer::dataDir() + QStringLiteral("/expected-premiums.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + file.fileName();
        return std::nullopt;
    }
    ExpectedPremiums table;
    if (!table.read(QString::fromUtf8(file.readAll()), error))
        return std::nullopt;
    return table;
}

bool ExpectedPremiums::read(const QString &text, QString *error)
{
    static const QRegularExpression fxPattern(QStringLiteral("\\*\\*USD/KRW ([0-9.,]+)\\*\\*"));
    static const QRegularExpression momentPattern(QStringLiteral("epoch ms `(\\d+)`"));
    m_fx = number(fxPattern.match(text).captured(1));
    m_momentMs = momentPattern.match(text).captured(1).toLongLong();

    QString chapter; // the "# " or "## " heading
    QString section; // the "### " heading, or the chapter's
    QStringList header;
    int row = -1; // in the current table: 0 the header, 1 the separator
    QHash<QString, QString> multipliers; // "binance:SHIB" -> "1000"
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("# ")) || line.startsWith(QStringLiteral("## "))) {
            chapter = section = line.section(QLatin1Char(' '), 1).trimmed();
            continue;
        }
        if (line.startsWith(QStringLiteral("### "))) {
            section = line.mid(4).trimmed();
            continue;
        }
        if (!line.startsWith(QLatin1Char('|'))) {
            row = -1;
            continue;
        }
        QStringList cells = line.split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        ++row;
        if (row == 0)
            header = cells;
        if (row < 2)
            continue;
        const auto expect = [&](qsizetype count) {
            if (cells.size() == count)
                return true;
            *error = QStringLiteral("unexpected row in ") + section + QStringLiteral(": ") + line;
            return false;
        };

        if (chapter.startsWith(QStringLiteral("Expected premiums"))) {
            static const QRegularExpression file(QStringLiteral("`([a-z]+/[a-z0-9.-]+\\.json)`"));
            for (auto match = file.globalMatch(line); match.hasNext();)
                m_sourceFiles.append(match.next().captured(1));
        } else if (chapter.startsWith(QStringLiteral("Instruments and multipliers"))) {
            for (qsizetype column = 1; column < cells.size() && column < header.size(); ++column) {
                const QString multiplier = multiplierIn(cells[column]);
                if (!multiplier.isEmpty())
                    multipliers.insert(header[column].section(QLatin1Char(' '), 0, 0).toLower() + QLatin1Char(':')
                                           + cells[0],
                                       multiplier);
            }
        } else if (chapter.startsWith(QStringLiteral("Korean spot inputs"))) {
            if (!expect(6))
                return false;
            m_korean.append(
                { cells[0], cells[1], number(cells[2]), number(cells[3]), number(cells[4]), number(cells[5]) });
        } else if (chapter.startsWith(QStringLiteral("Perpetual inputs"))) {
            if (!expect(11))
                return false;
            PerpInput perp;
            perp.coin = cells[0];
            perp.venue = cells[1];
            perp.instrument = code(cells[2]);
            perp.last = number(cells[3]);
            perp.bid = number(cells[4]);
            perp.ask = number(cells[5]);
            perp.mark = number(cells[6]);
            perp.fundingRate = number(cells[8]);
            QDateTime next = QDateTime::fromString(cells[9].left(16), QStringLiteral("yyyy-MM-dd HH:mm"));
            next.setTimeZone(QTimeZone::utc());
            perp.nextFundingTimeMs = next.toMSecsSinceEpoch();
            perp.volume24h = number(cells[10]);
            m_perps.append(perp);
        } else if (chapter.startsWith(QStringLiteral("Premiums"))) {
            if (!expect(10))
                return false;
            m_premiums.append({ section, cells[0], cells[1], number(cells[4]), number(cells[5]), number(cells[6]),
                                number(cells[7]), number(cells[8]), number(cells[9]) });
        }
    }
    for (PerpInput &perp : m_perps) {
        perp.multiplier = multipliers.value(perp.venue + QLatin1Char(':') + perp.coin);
        if (perp.multiplier.isEmpty()) {
            *error = QStringLiteral("no multiplier for ") + perp.venue + QLatin1Char(' ') + perp.coin;
            return false;
        }
    }
    if (m_fx.isEmpty() || m_momentMs == 0 || m_korean.isEmpty() || m_perps.isEmpty() || m_premiums.isEmpty()) {
        *error = QStringLiteral("the FX, the moment or a table is missing");
        return false;
    }
    return true;
}

QStringList ExpectedPremiums::unpaired() const
{
    QSet<QString> korean;
    QSet<QString> perp;
    for (const KoreanInput &input : m_korean)
        korean.insert(input.coin);
    for (const PerpInput &input : m_perps)
        perp.insert(input.coin);
    QStringList coins = ((korean - perp) + (perp - korean)).values();
    coins.sort();
    return coins;
}
