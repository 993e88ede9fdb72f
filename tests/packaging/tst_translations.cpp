// keycard_add_translations() (packaging/Translations.cmake) compiles the English and German
// catalogues and embeds them where the application looks for them: :/i18n/keycard_<lang>.qm.
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace keycard {

class TstTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void resources_afterBuild_holdEnglishAndGerman();
    void load_germanLocale_picksGermanCatalogue();
    void load_englishLocale_picksEnglishCatalogue();
};

void TstTranslations::resources_afterBuild_holdEnglishAndGerman()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/keycard_en.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/keycard_de.qm")));
}

void TstTranslations::load_germanLocale_picksGermanCatalogue()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("keycard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.filePath(), QStringLiteral(":/i18n/keycard_de.qm"));
}

void TstTranslations::load_englishLocale_picksEnglishCatalogue()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::English, QLocale::UnitedStates),
                            QStringLiteral("keycard"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.filePath(), QStringLiteral(":/i18n/keycard_en.qm"));
}

} // namespace keycard

QTEST_GUILESS_MAIN(keycard::TstTranslations)
#include "tst_translations.moc"
