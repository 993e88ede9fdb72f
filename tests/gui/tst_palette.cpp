// Colours come from the palette: the notice banner, the secret marks of the credentials table and
// the edit dialog's warnings stay readable (WCAG AA, 4.5:1) in a light and in a dark palette.
#include "credentialsmodel.h"
#include "darkpalette.h"
#include "editdialog.h"
#include "mainwindow.h"
#include "palettecolors.h"
#include "profilestore.h"
#include "secretmarkdelegate.h"
#include "secretstore.h"

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;
using palettecolors::contrastRatio;

namespace {
QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

bool isDark(const QColor& color)
{
    return color.lightnessF() < 0.5;
}

// The colour of the text drawn in `area` of `image`: the pixel that stands out most from the
// background (a stem of a letter, drawn at full strength).
QColor textColour(const QImage& image, const QRect& area, const QColor& background)
{
    QColor best = background;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (contrastRatio(pixel, background) > contrastRatio(best, background))
                best = pixel;
        }
    return best;
}
void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << test::darkPalette();
}
// A main window showing the demo notice.
struct BannerWindow
{
    ProfileStore profiles;
    SecretStore secrets{QStringLiteral("Keycard Admin tests")};
    MainWindow window{profiles, secrets};

    bool start()
    {
        window.showNotice(QStringLiteral("Connected to the built-in demo server."));
        window.show();
        return QTest::qWaitForWindowExposed(&window) && banner() && banner()->isVisible();
    }
    QLabel* banner() const { return window.findChild<QLabel*>(QStringLiteral("noticeLabel")); }
};

// What is painted, not what a property says (a style sheet would win over the palette): the
// banner's background is dark or light as asked, its text stands out by 4.5:1.
void checkBanner(QLabel* banner, bool dark)
{
    const QImage image = banner->grab().toImage();
    const QColor background = image.pixelColor(image.width() / 2, 3);
    QCOMPARE(isDark(background), dark);
    const QColor text = textColour(image, image.rect().adjusted(4, 4, -4, -4), background);
    QVERIFY2(contrastRatio(text, background) >= 4.5,
             qPrintable(QStringLiteral("banner text %1 on %2: %3:1")
                            .arg(text.name(), background.name())
                            .arg(contrastRatio(text, background))));
}
} // namespace

class PaletteTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void noticeBanner_followsPaletteAndIsReadable_data() { addPalettes(); }
    void noticeBanner_followsPaletteAndIsReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        BannerWindow shown;
        QVERIFY(shown.start());
        checkBanner(shown.banner(), isDark(palette.color(QPalette::Window)));
    }

    // The desktop switches from light to dark while the app runs: the banner follows.
    void noticeBanner_paletteChangesWhileShown_followsIt()
    {
        QApplication::setPalette(lightPalette());
        BannerWindow shown;
        QVERIFY(shown.start());
        QVERIFY(!isDark(shown.banner()->palette().color(QPalette::Window)));

        QApplication::setPalette(test::darkPalette());
        QTRY_VERIFY(isDark(shown.banner()->palette().color(QPalette::Window)));
        checkBanner(shown.banner(), true);
    }

    void secretMarks_areColouredAndReadable_data() { addPalettes(); }
    void secretMarks_areColouredAndReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        QStandardItemModel model(2, 1);
        const struct
        {
            CredentialsModel::SecretMark mark;
            QString text;
        } rows[] = {{CredentialsModel::SecretMark::Stored, QStringLiteral("in keychain")},
                    {CredentialsModel::SecretMark::Lost, QStringLiteral("secret lost")}};
        for (int row = 0; row < 2; ++row) {
            model.setData(model.index(row, 0), rows[row].text);
            model.setData(model.index(row, 0), int(rows[row].mark),
                          CredentialsModel::SecretMarkRole);
        }
        QTableView view;
        view.setAlternatingRowColors(true);
        view.setModel(&model);
        view.setItemDelegateForColumn(0, new SecretMarkDelegate(&view));
        view.horizontalHeader()->setStretchLastSection(true);
        view.setFocusPolicy(Qt::NoFocus); // no current-cell frame over the text
        QFont large = view.font();        // stems several pixels wide, drawn at full colour
        large.setPixelSize(28);
        view.setFont(large);
        view.verticalHeader()->setDefaultSectionSize(40);
        view.resize(320, 140);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QImage image = view.viewport()->grab().toImage();
        for (int row = 0; row < 2; ++row) {
            const QRect cell = view.visualRect(model.index(row, 0));
            const QColor background = image.pixelColor(cell.right() - 2, cell.center().y());
            const QColor text = textColour(image, cell.adjusted(1, 1, -1, -1), background);
            QVERIFY2(contrastRatio(text, background) >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3")
                                    .arg(rows[row].text, text.name(), background.name())));
            // The mark carries its meaning in colour too: green for stored, red for lost.
            if (rows[row].mark == CredentialsModel::SecretMark::Stored)
                QVERIFY2(text.green() > text.red() && text.green() > text.blue(),
                         qPrintable(text.name()));
            else
                QVERIFY2(text.red() > text.green() && text.red() > text.blue(),
                         qPrintable(text.name()));
        }
    }

    void editDialogWarnings_areReadable_data() { addPalettes(); }
    void editDialogWarnings_areReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        std::unique_ptr<EditDialog> dialog(
            EditDialog::createServiceAccount(WeakSession(), QStringLiteral("org"), nullptr));
        const QList<QLabel*> labels = {
            dialog->findChild<QLabel*>(QStringLiteral("nameErrorLabel")),
            dialog->findChild<QLabel*>(QStringLiteral("descriptionErrorLabel")),
            dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))};
        for (QLabel* label : labels) {
            QVERIFY(label);
            const QPalette shown = label->palette();
            const QColor text = shown.color(QPalette::WindowText);
            const QColor background = shown.color(QPalette::Window);
            QCOMPARE(isDark(background), isDark(palette.color(QPalette::Window)));
            QVERIFY2(contrastRatio(text, background) >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3")
                                    .arg(label->objectName(), text.name(), background.name())));
        }
    }
};

QTEST_MAIN(PaletteTest)
#include "tst_palette.moc"
