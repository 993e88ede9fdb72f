// Which credentials have a secret in the keychain, kept in the settings.
#include "storedsecretsindex.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using keycard::StoredSecretsIndex;

class TestStoredSecretsIndex final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void add_credential_isContainedAndListed()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        StoredSecretsIndex index(&settings);
        QSignalSpy changed(&index, &StoredSecretsIndex::changed);
        index.add(QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1"),
                  QStringLiteral("c1"));
        index.add(QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1"),
                  QStringLiteral("c2"));
        index.add(QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1"),
                  QStringLiteral("c2")); // twice: once in the list
        QCOMPARE(changed.count(), 2);
        QVERIFY(index.contains(QStringLiteral("work"), QStringLiteral("org1"),
                               QStringLiteral("sa1"), QStringLiteral("c1")));
        QCOMPARE(index.idsForAccount(QStringLiteral("work"), QStringLiteral("org1"),
                                     QStringLiteral("sa1")),
                 (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        // other profiles, organizations and accounts are apart
        QVERIFY(!index.contains(QStringLiteral("home"), QStringLiteral("org1"),
                                QStringLiteral("sa1"), QStringLiteral("c1")));
        QVERIFY(!index.contains(QStringLiteral("work"), QStringLiteral("org2"),
                                QStringLiteral("sa1"), QStringLiteral("c1")));
        QVERIFY(index
                    .idsForAccount(QStringLiteral("work"), QStringLiteral("org1"),
                                   QStringLiteral("sa2"))
                    .isEmpty());
    }

    void add_thenReopened_survivesInTheSettingsFile()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            StoredSecretsIndex index(&settings);
            index.add(QStringLiteral("p/with/slashes"), QStringLiteral("org1"),
                      QStringLiteral("sa9"), QStringLiteral("c9"));
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        StoredSecretsIndex index(&settings);
        QVERIFY(index.contains(QStringLiteral("p/with/slashes"), QStringLiteral("org1"),
                               QStringLiteral("sa9"), QStringLiteral("c9")));
        QVERIFY(settings.childGroups().contains(QStringLiteral("storedSecrets")));
    }

    void remove_oneCredential_othersStay()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        StoredSecretsIndex index(&settings);
        index.remove(QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1"),
                     QStringLiteral("c1"));
        QCOMPARE(index.idsForAccount(QStringLiteral("work"), QStringLiteral("org1"),
                                     QStringLiteral("sa1")),
                 QStringList{QStringLiteral("c2")});
    }

    void removeAccount_withCredentials_forgetsThemAll()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        StoredSecretsIndex index(&settings);
        QSignalSpy changed(&index, &StoredSecretsIndex::changed);
        index.removeAccount(QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(index
                    .idsForAccount(QStringLiteral("work"), QStringLiteral("org1"),
                                   QStringLiteral("sa1"))
                    .isEmpty());
        index.removeAccount(QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1"));
        QCOMPARE(changed.count(), 1); // nothing left: no change
    }
};

QTEST_GUILESS_MAIN(TestStoredSecretsIndex)
#include "tst_storedsecretsindex.moc"
