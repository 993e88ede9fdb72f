// With no Secret Service reachable the user is told so in plain words and still signs in for
// the session; nothing secret is written anywhere instead.
#include "apiclient.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "signindialog.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class NoKeychainTest final : public QObject
{
    Q_OBJECT

private slots:
    void signIn_withoutKeychain_toldAndSignedInForSession()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        fake::FakeServer server(3);
        QVERIFY(server.listen(0));
        ProfileStore profiles;
        SecretStore secrets(QStringLiteral("Keycard Admin tests"));
        MainWindow window(profiles, secrets);
        window.show();
        window.openSignInDialog();
        SignInDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SignInDialog*>()));
        dialog->findChild<QComboBox*>(QStringLiteral("profileCombo"))
            ->setEditText(QStringLiteral("admin"));
        dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
            ->setText(server.baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit")),
                         server.demoClientId());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit")),
                         server.demoClientSecret());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 30000);
        const QString notice = noticeText(&window);
        QVERIFY2(notice.contains(QStringLiteral("keychain")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("this session only")), qPrintable(notice));
        QTRY_VERIFY(organizationPicker(&window)->count() > 0);

        // The secret went nowhere else: not into the settings, not into any file under HOME.
        QSettings().sync();
        const QByteArray secret = server.demoClientSecret().toUtf8();
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int searched = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                ++searched;
                QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(searched > 0); // at least the settings file was looked at
    }
};

QTEST_MAIN(NoKeychainTest)
#include "tst_mainwindow_nokeychain.moc"
