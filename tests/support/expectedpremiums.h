#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The table of tests/data/expected-premiums.md, read from the file itself so that tests assert what
// the table says and not a copy of it. Numbers stay text as the table prints them (thousands commas
// removed); tests turn them into decimals.
class ExpectedPremiums
{
public:
    struct KoreanInput
    {
        QString coin;
        QString venue;
        QString last;
        QString bid;
        QString ask;
        QString volume24h; // coins
    };

    struct PerpInput
    {
        QString coin;
        QString venue;
        QString instrument;
        QString last; // as quoted: for `multiplier` coins
        QString bid;
        QString ask;
        QString mark;
        QString fundingRate;
        qint64 nextFundingTimeMs = 0;
        QString volume24h; // coins
        QString multiplier; // "1", "1000"
    };

    // One row of a coin's premium table: percent, 2 places.
    struct Premium
    {
        QString coin;
        QString korea;
        QString foreign;
        QString lastSeed;
        QString lastGlobal;
        QString entrySeed;
        QString entryGlobal;
        QString exitSeed;
        QString exitGlobal;
    };

    // nullopt with `error` set when the file is missing or a table is not in the expected shape.
    static std::optional<ExpectedPremiums> load(QString *error);

    qint64 momentMs() const { return m_momentMs; }
    const QString &fx() const { return m_fx; } // KRW per USD
    const QList<KoreanInput> &korean() const { return m_korean; }
    const QList<PerpInput> &perps() const { return m_perps; }
    const QList<Premium> &premiums() const { return m_premiums; }
    // Coins listed on one side only (no premium): "BORA", "ORDI".
    QStringList unpaired() const;
    // The fixture files the inputs come from ("bithumb/v1-ticker-many.json", ...).
    const QStringList &sourceFiles() const { return m_sourceFiles; }

private:
    bool read(const QString &text, QString *error);

    qint64 m_momentMs = 0;
    QString m_fx;
    QList<KoreanInput> m_korean;
    QList<PerpInput> m_perps;
    QList<Premium> m_premiums;
    QStringList m_sourceFiles;
};
