// Renders the main window (an organization open, an account selected), the reveal-once dialog
// (secret masked), the sign-in dialog and a delete confirmation on the demo server, in one
// language and one palette, to PNG files: keycard-screenshots <folder> <en|de> <light|dark>.
// scripts/screenshots runs it for every combination into docs/screenshots/.
#include "appidentity.h"
#include "darkpalette.h"
#include "deleteconfirmation.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "storedsecretsindex.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <cstdio>

using namespace keycard;

namespace {

constexpr int kWaitMs = 20000;

bool save(QWidget* widget, const QString& folder, const QString& name)
{
    const QString path = QDir(folder).filePath(name);
    if (widget->grab().save(path))
        return true;
    std::fprintf(stderr, "keycard-screenshots: could not write %s\n", qPrintable(path));
    return false;
}

bool waitFor(const char* what, const std::function<bool()>& condition)
{
    if (QTest::qWaitFor(condition, kWaitMs))
        return true;
    std::fprintf(stderr, "keycard-screenshots: %s did not happen\n", what);
    return false;
}

template <typename Dialog>
bool shoot(Dialog& dialog, const QString& folder, const QString& name)
{
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog) && save(&dialog, folder, name);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keycard.*.debug=false\nkeycard.*.info=false"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: keycard-screenshots <folder> <en|de> <light|dark>\n");
        return 2;
    }
    const QString folder = args.at(1);
    const QString language = args.at(2);
    const QString theme = args.at(3);
    QApplication::setOrganizationName(QStringLiteral("KeycardScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Keycard Admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keycard Admin"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == QLatin1String("dark")
                                 ? test::darkPalette()
                                 : QApplication::style()->standardPalette());
    QLocale::setDefault(
        QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates));
    installTranslations(app);
    QDir().mkpath(folder);
    const QString suffix = QStringLiteral("-%1-%2.png").arg(theme, language);

    fake::FakeServer server(1);
    if (!server.listen(0))
        return 1;
    ProfileStore profiles;
    SecretStore secrets(QStringLiteral("Keycard Admin screenshots"));
    // Scratch settings (scripts/screenshots): the index says the demo credential's secret is
    // kept, so the table shows the "in keychain" mark.
    StoredSecretsIndex().add(QStringLiteral("demo"), server.demoIds().bigOrgId,
                             server.demoIds().demoServiceAccountId,
                             server.demoIds().demoCredentialId);
    MainWindow window(profiles, secrets);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    ConnectionConfig config;
    config.baseUrl = server.baseUrl();
    config.auth.clientId = server.demoClientId();
    config.auth.secret = SecretString(server.demoClientSecret());
    const fake::DemoIds ids = server.demoIds();
    window.setPreferredOrganization(ids.bigOrgId);
    window.adoptSession(Session::create(
        config, {QStringLiteral("demo"),
                 QStringLiteral("Demo server at %1").arg(config.baseUrl.toString())}));
    // The same notice the app shows on its demo server, in the same words.
    window.showNotice(QCoreApplication::translate(
                          "keycard::Launcher",
                          "Connected to the built-in demo server at %1. Nothing here touches "
                          "a real Keycard organization.")
                          .arg(config.baseUrl.toString()));

    auto* picker = window.findChild<QComboBox*>(QStringLiteral("organizationPicker"));
    auto* accountsPanel = window.findChild<QWidget*>(QStringLiteral("accountsPanel"));
    auto* credentialsPanel = window.findChild<QWidget*>(QStringLiteral("credentialsPanel"));
    QTableView* accounts = accountsPanel->findChild<QTableView*>();
    QTableView* credentials = credentialsPanel->findChild<QTableView*>();
    if (!waitFor("the big organization", [&] {
            return picker->currentData(PagedListModel::IdRole).toString() == ids.bigOrgId &&
                   accounts->model()->rowCount() > 20;
        }))
        return 1;
    // The account the demo signs in with: its own credential is marked as kept in the keychain.
    const QString accountId = ids.demoServiceAccountId;
    const int credentialCount = server.store().credentialCount(ids.bigOrgId, accountId);
    int accountRow = 0;
    for (int row = 0; row < accounts->model()->rowCount(); ++row)
        if (accounts->model()->index(row, 0).data(PagedListModel::IdRole).toString() == accountId)
            accountRow = row;
    accounts->setCurrentIndex(accounts->model()->index(accountRow, 0));
    accounts->setFocus();
    if (!waitFor("the account's credentials",
                 [&] { return credentials->model()->rowCount() == credentialCount; }))
        return 1;
    bool ok = save(&window, folder, QStringLiteral("main") + suffix);

    // The reveal-once dialog as it opens after a create: the secret masked.
    const QModelIndex first = credentials->model()->index(0, 0);
    NewCredential created;
    created.credential.id = first.data(PagedListModel::IdRole).toString();
    created.credential.name = first.data().toString();
    created.credential.clientId = credentials->model()->index(0, 1).data().toString();
    created.clientSecret =
        SecretString(QByteArrayLiteral("demo-secret-for-screenshots-not-a-real-one-0000"));
    SecretDialog reveal(created, {QStringLiteral("demo"), ids.bigOrgId, accountId},
                        {{}, nullptr, nullptr, nullptr}, false, &window);
    reveal.setConfirmDiscard([] { return true; });
    ok = shoot(reveal, folder, QStringLiteral("reveal") + suffix) && ok;
    reveal.done(QDialog::Rejected);

    SignInDialog signIn(profiles, nullptr, &window);
    ok = shoot(signIn, folder, QStringLiteral("signin") + suffix) && ok;
    signIn.reject();

    ServiceAccount account;
    account.id = accountId;
    account.name = accounts->currentIndex().data().toString();
    DeleteAccountConfirmation confirmation(account, credentialCount, &window);
    ok = shoot(confirmation, folder, QStringLiteral("delete") + suffix) && ok;
    confirmation.reject();
    return ok ? 0 : 1;
}
