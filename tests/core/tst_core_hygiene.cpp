// Age and last-use marks: the boundaries of the "unused" and "old" thresholds.
#include "credentialhygiene.h"

#include <QTest>
#include <QTimeZone>

using keycard::CredentialHygiene;
using keycard::HygieneThresholds;

namespace {
const QDateTime kNow(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QDateTime daysAgo(int days, qint64 extraMs = 0)
{
    return kNow.addMSecs(-(days * kDayMs + extraMs));
}
} // namespace

class TestHygiene final : public QObject
{
    Q_OBJECT

private slots:
    void flags_data();
    void flags();
    void flags_otherThresholds_followThem();
    void ageDays_wholeDaysNeverNegative();
    void keysAndLabels_oneEachInOrder();
    void parsePeriod_scriptUnits_secondsOrNothing();
    void unusedFor_neverUsedCountsAsUnused();
};

void TestHygiene::flags_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("lastUsed");
    QTest::addColumn<QString>("keys"); // comma-separated

    QTest::newRow("fresh, used today") << daysAgo(1) << daysAgo(0) << QStringLiteral("");
    QTest::newRow("fresh, never used") << daysAgo(1) << QDateTime() << QStringLiteral("never_used");
    QTest::newRow("used exactly 90 days ago") << daysAgo(100) << daysAgo(90) << QStringLiteral("");
    QTest::newRow("used 90 days and 1 ms ago")
        << daysAgo(100) << daysAgo(90, 1) << QStringLiteral("unused");
    QTest::newRow("never used, created exactly 90 days ago")
        << daysAgo(90) << QDateTime() << QStringLiteral("never_used");
    QTest::newRow("never used, created 91 days ago")
        << daysAgo(91) << QDateTime() << QStringLiteral("never_used,unused");
    QTest::newRow("created exactly 365 days ago")
        << daysAgo(365) << daysAgo(0) << QStringLiteral("");
    QTest::newRow("created 365 days and 1 ms ago")
        << daysAgo(365, 1) << daysAgo(0) << QStringLiteral("old");
    QTest::newRow("old and unused") << daysAgo(400) << daysAgo(200) << QStringLiteral("unused,old");
    QTest::newRow("used in the future (clock skew)")
        << daysAgo(1) << kNow.addDays(1) << QStringLiteral("");
}

void TestHygiene::flags()
{
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, lastUsed);
    QFETCH(QString, keys);
    QCOMPARE(CredentialHygiene::keys(
                 CredentialHygiene::flags(created, lastUsed, kNow, HygieneThresholds{}))
                 .join(QLatin1Char(',')),
             keys);
}

void TestHygiene::flags_otherThresholds_followThem()
{
    const HygieneThresholds strict{7, 30};
    QCOMPARE(
        CredentialHygiene::keys(CredentialHygiene::flags(daysAgo(31), daysAgo(8), kNow, strict))
            .join(QLatin1Char(',')),
        QStringLiteral("unused,old"));
    QCOMPARE(
        CredentialHygiene::keys(CredentialHygiene::flags(daysAgo(30), daysAgo(7), kNow, strict)),
        QStringList{});
}

void TestHygiene::ageDays_wholeDaysNeverNegative()
{
    QCOMPARE(CredentialHygiene::ageDays(daysAgo(3, kDayMs - 1), kNow), 3);
    QCOMPARE(CredentialHygiene::ageDays(daysAgo(0), kNow), 0);
    QCOMPARE(CredentialHygiene::ageDays(kNow.addDays(2), kNow), 0);
    QCOMPARE(CredentialHygiene::ageDays(QDateTime(), kNow), -1);
}

void TestHygiene::keysAndLabels_oneEachInOrder()
{
    const auto all =
        CredentialHygiene::NeverUsed | CredentialHygiene::Unused | CredentialHygiene::Old;
    const HygieneThresholds thresholds{90, 365};
    QCOMPARE(CredentialHygiene::keys(all).join(QLatin1Char(',')),
             QStringLiteral("never_used,unused,old"));
    QCOMPARE(CredentialHygiene::labels(all, thresholds).join(QLatin1Char('|')),
             QStringLiteral("never used|unused > 90 days|older than 365 days"));
    QCOMPARE(CredentialHygiene::explanations(all, thresholds).size(), 3);
    QVERIFY(CredentialHygiene::labels(CredentialHygiene::NoFlags, thresholds).isEmpty());
}

void TestHygiene::parsePeriod_scriptUnits_secondsOrNothing()
{
    QCOMPARE(CredentialHygiene::parsePeriod(QStringLiteral("24h")), std::optional<qint64>(86400));
    QCOMPARE(CredentialHygiene::parsePeriod(QStringLiteral("90d")),
             std::optional<qint64>(90 * 86400));
    QCOMPARE(CredentialHygiene::parsePeriod(QStringLiteral("30m")), std::optional<qint64>(1800));
    QCOMPARE(CredentialHygiene::parsePeriod(QStringLiteral("45s")), std::optional<qint64>(45));
    for (const char* bad : {"", "h", "24", "-1h", "1.5h", "24hours", "1w", "9999999999d"})
        QVERIFY2(!CredentialHygiene::parsePeriod(QLatin1String(bad)), bad);
}

void TestHygiene::unusedFor_neverUsedCountsAsUnused()
{
    QVERIFY(CredentialHygiene::unusedFor(QDateTime(), 86400, kNow));
    QVERIFY(CredentialHygiene::unusedFor(kNow.addSecs(-86400), 86400, kNow));
    QVERIFY(!CredentialHygiene::unusedFor(kNow.addSecs(-86399), 86400, kNow));
}

QTEST_GUILESS_MAIN(TestHygiene)
#include "tst_core_hygiene.moc"
