// Hostile and oversized answers at the app level (issue 10): the local server learns one
// misbehaviour at a time and the real main window signs in against it and opens an
// organization. Each case asserts that the window
//   (a) shows either the rows or, in the accounts panel, an error that says what went wrong,
//   (b) keeps the process's memory bounded,
//   (c) repeats no request beyond the retry rules, and
//   (d) still works once the server behaves again (F5 loads the rows).
// The longest event-loop stall is logged, not asserted: tests time nothing (a loaded machine
// stretched it past any bound); keycard-bench measures stalls.
// The server runs in the test's thread, like the window: it streams its large answers in
// small slices, so its own share of any stall is small.
#include "connectionconfig.h"
#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "store.h"
#include "windowparts.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <fstream>
#include <string>
#include <type_traits>

using namespace keycard;
using Kind = fake::Fault::Kind;

namespace {
const QString kListOperation = QStringLiteral("listServiceAccounts");
const QString kTokenOperation = QStringLiteral("serviceAccountToken");
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kMaxGrowthKb = 100 * 1024; // what one case may add to the process at its peak
constexpr qint64 kMaxPeakKb = 200 * 1024;   // the whole process at its peak
constexpr int kAttemptTimeoutMs = 2000;     // the drip-feed case's time per attempt

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true; // shadow memory makes the absolute size meaningless
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 when unknown.
qint64 statusKb(const std::string& field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.compare(0, field.size() + 1, field + ":") == 0)
            return std::stoll(line.substr(field.size() + 1));
    }
    return 0;
}

// Resets the kernel's peak resident size (VmHWM) to the current one (Linux >= 4.0); false when
// the kernel refused.
bool resetPeakRss()
{
    {
        std::ofstream clear("/proc/self/clear_refs");
        clear << "5";
        if (!clear.flush())
            return false;
    }
    return statusKb("VmHWM") <= statusKb("VmRSS") + 1024;
}

// Sets the total time per attempt where ConnectionConfig has one (the transport work of issue 10
// adds attemptTimeoutMs); without it the drip feed runs until its deadline.
template <typename Config, typename = void>
struct HasAttemptTimeout : std::false_type
{
};
template <typename Config>
struct HasAttemptTimeout<Config, std::void_t<decltype(std::declval<Config&>().attemptTimeoutMs)>>
    : std::true_type
{
};
template <typename Config>
bool setAttemptTimeout(Config& config, int ms)
{
    if constexpr (HasAttemptTimeout<Config>::value) {
        config.attemptTimeoutMs = ms;
        return true;
    } else {
        Q_UNUSED(config)
        Q_UNUSED(ms)
        return false;
    }
}

// Ticks every 10 ms and keeps the longest gap between two ticks, and the largest resident size
// seen at a tick.
class Watchdog final : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &Watchdog::tick);
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longestGap; }
    qint64 peakRssKb() const { return m_peakRss; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longestGap = std::max(m_longestGap, now - m_last);
        m_last = now;
        m_peakRss = std::max(m_peakRss, statusKb("VmRSS"));
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGap = 0;
    qint64 m_peakRss = 0;
};
} // namespace

class HostileTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void hostileAnswer_rowsOrError_responsiveBoundedAndUsableAfter_data();
    void hostileAnswer_rowsOrError_responsiveBoundedAndUsableAfter();

private:
    PagedListModel* accountsSource() const;
    bool settled() const;
    QString outcome() const;
    QString repeatedId() const;

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void HostileTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_hostile"));
}

void HostileTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_secrets.reset();
    m_profiles.reset();
}

PagedListModel* HostileTest::accountsSource() const
{
    auto* proxy = qobject_cast<QAbstractProxyModel*>(test::accountsView(m_window.get())->model());
    return proxy ? qobject_cast<PagedListModel*>(proxy->sourceModel()) : nullptr;
}

// The window shows the rows, or the accounts panel says that (and why) loading failed.
bool HostileTest::settled() const
{
    // A token answer the client refuses ends in the sign-in dialog, which says why.
    if (const auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget()))
        return !dialog->message().isEmpty();
    const PagedListModel* model = accountsSource();
    if (!model || !model->hasScope())
        return false;
    using State = PagedListModel::LoadState;
    switch (model->loadState()) {
    case State::Failed:
    case State::Broken:
        return !test::accountsPanel(m_window.get())->statusText().isEmpty();
    case State::Idle:
    case State::Complete:
        return test::accountsView(m_window.get())->model()->rowCount() > 0;
    case State::Loading:
        return false;
    }
    return false;
}

QString HostileTest::outcome() const
{
    const PagedListModel* model = accountsSource();
    if (!model)
        return QStringLiteral("no accounts model");
    QString text =
        QStringLiteral("%1 rows, state %2, panel says \"%3\"")
            .arg(test::accountsView(m_window.get())->model()->rowCount())
            .arg(QString::fromLatin1(QMetaEnum::fromType<PagedListModel::LoadState>().valueToKey(
                int(model->loadState()))))
            .arg(test::accountsPanel(m_window.get())->statusText().left(300));
    if (const QWidget* modal = QApplication::activeModalWidget()) {
        QStringList labels;
        for (const QLabel* label : modal->findChildren<QLabel*>())
            if (label->isVisible() && !label->text().isEmpty())
                labels.append(label->text().left(200));
        text += QStringLiteral(", a %1 is open: \"%2\"")
                    .arg(QString::fromLatin1(modal->metaObject()->className()),
                         labels.join(QStringLiteral(" / ")));
    }
    return text;
}

// The first ID that the accounts table shows on two rows; empty when none is.
QString HostileTest::repeatedId() const
{
    const QAbstractItemModel* model = test::accountsView(m_window.get())->model();
    QSet<QString> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(PagedListModel::IdRole).toString();
        if (seen.contains(id))
            return id;
        seen.insert(id);
    }
    return {};
}

void HostileTest::hostileAnswer_rowsOrError_responsiveBoundedAndUsableAfter_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("size");       // -1: the fault's default
    QTest::addColumn<bool>("onToken");      // the token answer misbehaves too
    QTest::addColumn<QByteArray>("number"); // Kind::HugeNumbers: the number sent
    QTest::addColumn<int>("maxAttempts");   // per page fetch
    QTest::addColumn<int>("deadlineMs");    // for the rows or the error to show

    const int retried = 1 + ConnectionConfig().maxRetries;
    // A whole 200 answer whose body breaks the contract is not asked for again; an answer that
    // never arrived whole (cut off, too slow, undecodable) may be, within the retry rules.
    QTest::newRow("huge string") << Kind::HugeString << qint64(-1) << false << QByteArray()
                                 << retried << 30000;
    QTest::newRow("deep nesting") << Kind::DeepNesting << qint64(-1) << false << QByteArray() << 1
                                  << 30000;
    QTest::newRow("huge body") << Kind::HugeBody << qint64(-1) << false << QByteArray() << retried
                               << 30000;
    QTest::newRow("drip feed") << Kind::DripFeed << qint64(-1) << false << QByteArray() << retried
                               << 40000;
    QTest::newRow("decompression bomb")
        << Kind::DecompressionBomb << qint64(-1) << false << QByteArray() << retried << 30000;
    QTest::newRow("items beyond limit")
        << Kind::ItemsBeyondLimit << qint64(-1) << false << QByteArray() << 1 << 30000;
    QTest::newRow("duplicate ids")
        << Kind::DuplicateIds << qint64(-1) << false << QByteArray() << 1 << 30000;
    // In range for a double but not for an int (clamped), and beyond a double (refused or
    // clamped): in the list answer only, and in the token's expires_in as well (a refused token
    // answer ends in the sign-in dialog, before any list).
    for (const QByteArray& number :
         {QByteArray("1e300"), QByteArray("-1e300"), QByteArray("1e400")}) {
        QTest::newRow(QByteArray("huge numbers " + number + " in list").constData())
            << Kind::HugeNumbers << qint64(-1) << false << number << 1 << 30000;
        QTest::newRow(QByteArray("huge numbers " + number + " in token").constData())
            << Kind::HugeNumbers << qint64(-1) << true << number << 1 << 30000;
    }
    QTest::newRow("many permission keys")
        << Kind::ManyPermissionKeys << qint64(-1) << false << QByteArray() << 1 << 30000;
}

void HostileTest::hostileAnswer_rowsOrError_responsiveBoundedAndUsableAfter()
{
    QFETCH(Kind, kind);
    QFETCH(qint64, size);
    QFETCH(bool, onToken);
    QFETCH(QByteArray, number);
    QFETCH(int, maxAttempts);
    QFETCH(int, deadlineMs);

    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(21);
    QVERIFY(m_server->listen(0));
    const QString orgId = m_server->demoIds().smallOrgId;
    const int accounts = m_server->store().serviceAccountCount(orgId);
    fake::Fault fault = fake::Fault::of(kind, -1); // retries meet it too
    fault.size = size;
    if (!number.isEmpty())
        fault.number = number;
    m_server->addFault(kListOperation, fault);
    if (onToken)
        m_server->addFault(kTokenOperation, fault);

    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    if (kind == Kind::DripFeed && !setAttemptTimeout(config, kAttemptTimeoutMs))
        qWarning("ConnectionConfig has no time per attempt: the drip feed runs to the deadline");

    // Every list request by its query (the organization is the same throughout): a page
    // fetched more often than the retry rules allow shows as one query counted too often.
    QHash<QString, int> pageRequests;
    int tokenRequests = 0;
    const QMetaObject::Connection counting =
        connect(m_server.get(), &fake::FakeServer::requestReceived, this,
                [this, &pageRequests, &tokenRequests](const QString& operationId) {
                    if (operationId == kListOperation)
                        ++pageRequests[m_server->lastRequestQuery(operationId).toString()];
                    else if (operationId == kTokenOperation)
                        ++tokenRequests;
                });

    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(50);

    // Memory: the kernel's peak resident size (VmHWM) is reset to the current size at the start
    // of each case (clear_refs 5), so each case's peak is its own whatever ran before; the
    // watchdog's samples every 10 ms back it up where the reset is refused. The growth over the
    // size at the start is asserted, so what earlier cases left allocated does not count
    // against a later one; the absolute peak is asserted too (not under AddressSanitizer).
    const qint64 startKb = statusKb("VmRSS");
    const bool peakReset = resetPeakRss();
    Watchdog watchdog;
    watchdog.start();

    m_window->setPreferredOrganization(orgId);
    m_window->signIn(config, {QStringLiteral("hostile"), QStringLiteral("Hostile server")});

    QDeadlineTimer deadline(deadlineMs);
    // A dialog that opens instead (the sign-in failed) ends the wait: it is reported, not waited
    // on.
    while (!settled() && !deadline.hasExpired() && !QApplication::activeModalWidget())
        QTest::qWait(20);
    const bool shown = settled();
    const QString shownText = outcome();
    const QString shownTwice = repeatedId();
    // Whatever the window does next (more pages, retries) shows now: wait for a quiet second.
    QSignalSpy later(m_server.get(), &fake::FakeServer::requestReceived);
    while (later.wait(1000)) {
    }
    const qint64 peakKb = std::max(watchdog.peakRssKb(), peakReset ? statusKb("VmHWM") : 0);
    disconnect(counting);

    // (d) The server behaves again: F5 loads the organization's rows (after signing in again
    // where the sign-in was refused).
    m_server->clearFaults();
    if (auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget())) {
        dialog->reject();
        m_window->signIn(config, {QStringLiteral("hostile"), QStringLiteral("Hostile server")});
    } else {
        QTest::keyClick(m_window.get(), Qt::Key_F5);
    }
    QDeadlineTimer reloadDeadline(15000);
    const auto reloaded = [&] {
        const PagedListModel* model = accountsSource();
        return model && model->loadState() == PagedListModel::LoadState::Complete &&
               test::accountsView(m_window.get())->model()->rowCount() == accounts;
    };
    while (!reloaded() && !reloadDeadline.hasExpired())
        QTest::qWait(20);
    const bool usable = reloaded();
    const QString afterText = outcome();
    watchdog.stop();

    int mostAttempts = 0;
    QString mostAsked;
    for (auto it = pageRequests.cbegin(); it != pageRequests.cend(); ++it) {
        if (it.value() > mostAttempts) {
            mostAttempts = it.value();
            mostAsked = it.key();
        }
    }
    qInfo().noquote() << QTest::currentDataTag() << "->" << shownText << "| longest stall"
                      << watchdog.longestGapMs() << "ms | memory" << startKb / 1024 << "->"
                      << peakKb / 1024 << "MB (peak reset:" << peakReset << ") | pages"
                      << pageRequests.size() << "most asked" << mostAttempts << "| tokens"
                      << tokenRequests << "| after F5:" << afterText;

    QVERIFY2(shown, qPrintable(QStringLiteral("neither rows nor an error within %1 ms: %2")
                                   .arg(deadlineMs)
                                   .arg(shownText)));
    QVERIFY2(shownTwice.isEmpty(), qPrintable(QStringLiteral("ID %1 shown twice").arg(shownTwice)));
    QVERIFY2(peakKb - startKb < kMaxGrowthKb,
             qPrintable(QStringLiteral("memory grew by %1 MB (from %2 MB to %3 MB)")
                            .arg((peakKb - startKb) / 1024)
                            .arg(startKb / 1024)
                            .arg(peakKb / 1024)));
    if (!kSanitized)
        QVERIFY2(peakKb < kMaxPeakKb,
                 qPrintable(QStringLiteral("memory peaked at %1 MB").arg(peakKb / 1024)));
    QVERIFY2(mostAttempts <= maxAttempts,
             qPrintable(QStringLiteral("one page was asked for %1 times (at most %2): %3")
                            .arg(mostAttempts)
                            .arg(maxAttempts)
                            .arg(mostAsked)));
    QVERIFY2(tokenRequests <= 1 + ConnectionConfig().maxRetries,
             qPrintable(QStringLiteral("%1 token requests").arg(tokenRequests)));
    QVERIFY2(usable, qPrintable(QStringLiteral("after the fault, F5 did not load the %1 rows: %2")
                                    .arg(accounts)
                                    .arg(afterText)));
}

QTEST_MAIN(HostileTest)
#include "tst_hostile.moc"
