// Ages as people read them, against an injected "now".
#include "qtcompat.h"
#include "relativetime.h"
#include "timetext.h"

#include <QTest>

using keycard::RelativeTime;
using keycard::TimeText;

class TestRelativeTime final : public QObject
{
    Q_OBJECT

private slots:
    void describe_ages_readableTexts_data();
    void describe_ages_readableTexts();
    void describe_invalidTime_empty();
    void exact_utcTime_showsLocalAndUtc();
};

void TestRelativeTime::describe_ages_readableTexts_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    const qint64 minute = 60;
    const qint64 hour = 60 * minute;
    const qint64 day = 24 * hour;
    QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
    QTest::newRow("seconds") << qint64(59) << QStringLiteral("just now");
    QTest::newRow("future (clock skew)") << qint64(-30) << QStringLiteral("just now");
    QTest::newRow("one minute") << minute << QStringLiteral("1 minute ago");
    QTest::newRow("minutes") << 5 * minute + 10 << QStringLiteral("5 minutes ago");
    QTest::newRow("one hour") << hour + 1 << QStringLiteral("1 hour ago");
    QTest::newRow("hours") << 23 * hour << QStringLiteral("23 hours ago");
    QTest::newRow("one day") << day << QStringLiteral("1 day ago");
    QTest::newRow("days") << 3 * day + 2 * hour << QStringLiteral("3 days ago");
    QTest::newRow("one month") << 31 * day << QStringLiteral("1 month ago");
    QTest::newRow("months") << 100 * day << QStringLiteral("3 months ago");
    QTest::newRow("one year") << 400 * day << QStringLiteral("1 year ago");
    QTest::newRow("years") << 2 * 365 * day + day << QStringLiteral("2 years ago");
}

void TestRelativeTime::describe_ages_readableTexts()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = keycard::compat::utcDateTime(QDate(2024, 6, 15), QTime(12, 0));
    QCOMPARE(RelativeTime::describe(now.addSecs(-secondsAgo), now), expected);
}

void TestRelativeTime::describe_invalidTime_empty()
{
    QVERIFY(RelativeTime::describe(QDateTime(), QDateTime::currentDateTimeUtc()).isEmpty());
    QVERIFY(TimeText::exact(QDateTime()).isEmpty());
    QVERIFY(TimeText::readable(QDateTime()).isEmpty());
}

void TestRelativeTime::exact_utcTime_showsLocalAndUtc()
{
    const QDateTime when = keycard::compat::utcDateTime(QDate(2024, 3, 5), QTime(13, 3, 22));
    const QString text = TimeText::exact(when);
    QVERIFY2(text.contains(QStringLiteral("(2024-03-05 13:03:22 UTC)")), qPrintable(text));
    QVERIFY2(text.startsWith(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
