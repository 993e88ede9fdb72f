// The tables' cell delegate paints one line of text faster than QStyledItemDelegate: what a
// person sees must not change. Each case renders the same table with both and compares pixels.
#include "textcelldelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace keycard;

class TextCellDelegateTest final : public QObject
{
    Q_OBJECT

private slots:
    void paint_looksLikeStyledDelegate_data();
    void paint_looksLikeStyledDelegate();

private:
    static QImage render(QTableView& view, QAbstractItemDelegate* delegate);
};

QImage TextCellDelegateTest::render(QTableView& view, QAbstractItemDelegate* delegate)
{
    view.setItemDelegate(delegate);
    view.viewport()->update();
    return view.viewport()->grab().toImage();
}

void TextCellDelegateTest::paint_looksLikeStyledDelegate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("coloured");
    QTest::addColumn<bool>("rightToLeft");

    const QString shortText = QStringLiteral("billing-exporter");
    const QString longText = QStringLiteral(
        "Reconciles audit records with the upstream provider. Owner: growth. A long description "
        "that cannot fit the column and is elided at its end.");
    const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    QTest::newRow("plain") << shortText << left << false << false << false << false;
    QTest::newRow("elided") << longText << left << false << false << false << false;
    QTest::newRow("selected with focus") << shortText << left << true << false << false << false;
    QTest::newRow("right aligned")
        << QStringLiteral("2026-11-29 14:03") << right << false << false << false << false;
    QTest::newRow("bold, coloured")
        << QStringLiteral("secret lost") << left << false << true << true << false;
    QTest::newRow("right to left") << longText << left << false << false << false << true;
    QTest::newRow("empty") << QString() << left << true << false << false << false;
    QTest::newRow("non-Latin") << QStringLiteral("Zugangsdaten für „Prüfung“ — 日本語 العربية")
                               << left << false << false << false << false;
}

void TextCellDelegateTest::paint_looksLikeStyledDelegate()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(bool, selected);
    QFETCH(bool, bold);
    QFETCH(bool, coloured);
    QFETCH(bool, rightToLeft);

    QStandardItemModel model(3, 2);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 2; ++column) {
            auto* item = new QStandardItem(text);
            item->setTextAlignment(Qt::Alignment(alignment));
            if (bold) {
                QFont font;
                font.setBold(true);
                item->setFont(font);
            }
            if (coloured)
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            model.setItem(row, column, item);
        }
    }
    QTableView view;
    view.setWordWrap(false); // as the app's tables
    view.setModel(&model);
    view.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    view.horizontalHeader()->resizeSection(0, 180);
    view.horizontalHeader()->resizeSection(1, 90);
    view.resize(360, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (selected) {
        view.setFocus();
        view.setCurrentIndex(model.index(1, 0));
    }

    QStyledItemDelegate styled;
    TextCellDelegate fast;
    const QImage expected = render(view, &styled);
    const QImage actual = render(view, &fast);
    view.setItemDelegate(nullptr);
    QCOMPARE(actual.size(), expected.size());
    QVERIFY2(actual == expected, "the cells look different from QStyledItemDelegate's");
}

QTEST_MAIN(TextCellDelegateTest)
#include "tst_textcelldelegate.moc"
