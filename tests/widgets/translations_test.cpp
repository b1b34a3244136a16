#include "feedtext.h"
#include "priceformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

// The app loads its catalogue with QTranslator::load(QLocale::system(), "premium-spread", "_",
// ":/i18n"); these tests use the same call, so a renamed file or prefix fails here first.

TEST(TranslationsTest, KoreanCatalogueIsEmbeddedAndUsed)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("premium-spread"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));

    FeedStatus live;
    live.state = FeedStatus::State::Live;
    const QString liveText = FeedText::stateText(live);
    FetchError refused;
    refused.kind = FetchError::Kind::ConnectionRefused;
    const QString refusedText = FeedText::errorText(refused);
    const QString basisText = FeedText::basisText(PremiumBasis::Seed);
    QCoreApplication::removeTranslator(&translator);

    EXPECT_NE(liveText, QStringLiteral("Live"));
    EXPECT_NE(refusedText, QStringLiteral("connection refused"));
    EXPECT_NE(basisText, QStringLiteral("vs Korean price"));
    // Hangul, not just a different English word.
    EXPECT_TRUE(liveText.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]")))) << liveText.toStdString();
}

TEST(TranslationsTest, EnglishCatalogueIsEmbedded)
{
    QTranslator translator;
    EXPECT_TRUE(translator.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("premium-spread"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
}

TEST(TranslationsTest, EveryKoreanMessageIsTranslated)
{
    QFile file(QStringLiteral(PS_TRANSLATIONS_DIR "/premium-spread_ko.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const bool unfinished = type == u"unfinished";
            const bool obsolete = type == u"vanished" || type == u"obsolete";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!obsolete && (unfinished || text.trimmed().isEmpty()))
                missing.append(source);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 50);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(" | ")).toStdString();
}
