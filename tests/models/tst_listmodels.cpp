// The three concrete lists: what their cells say, the permissions they keep per row, and the
// in-place edits the dialogs make.
#include "credentialsmodel.h"
#include "modeltestsupport.h"
#include "organizationsmodel.h"
#include "relativetime.h"
#include "serviceaccountsmodel.h"
#include "timetext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using keycard::CredentialsModel;
using keycard::OrganizationsModel;
using keycard::PagedListModel;
using keycard::RowPermissions;
using keycard::ServiceAccount;
using keycard::ServiceAccountsModel;
using namespace keycard::test;

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
} // namespace

class TestListModels final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organizations_scroll_listsEveryOrganizationWithNameAndLabel();
    void credentials_manyCredentials_pagedEachOnce();
    void credentials_lastUsed_neverOrAgeWithExactTooltip();
    void credentials_setScope_anotherAccountResets();
    void serviceAccounts_cells_readableDatesAndIdRole();
    void permissions_readOnlyCaller_rowsAndListDenyWrites();
    void permissions_fullCaller_rowsAndListAllowWrites();
    void permissions_rowsOneAfterAnother_eachReadFromItsOwnGrants();
    void prepend_newAccount_appearsOnTopOnce();
    void replace_renamedAccount_updatesThatRowOnly();
    void removeId_deletedAccount_rowGoes();
    void itemAt_loadedRow_rebuildsTheDomainItem();

private:
    void signIn(bool readOnly = false);

    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<keycard::ApiClient> m_client;
};

void TestListModels::init()
{
    m_session = std::make_unique<ServerSession>();
    QVERIFY(m_session->listening);
}

void TestListModels::cleanup()
{
    m_client.reset();
    m_session.reset();
}

void TestListModels::signIn(bool readOnly)
{
    m_client = m_session->makeClient(30000, 2, readOnly);
}

void TestListModels::organizations_scroll_listsEveryOrganizationWithNameAndLabel()
{
    signIn();
    OrganizationsModel model;
    Tester tester(&model, kFatal);
    model.setPageSize(1); // a page per organization: paging, not one lucky page
    model.setClient(m_client.get());
    QVERIFY(scrollToEnd(model));

    const int total = m_session->server.store().organizationCount();
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(toSet(loadedIds(model)).size(), total);
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Complete);
    const int row = model.rowOf(m_session->server.demoIds().bigOrgId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, OrganizationsModel::NameColumn).data().toString(),
             QStringLiteral("Acme Corporation"));
    QCOMPARE(model.index(row, OrganizationsModel::LabelColumn).data().toString(),
             QStringLiteral("acme"));
    QCOMPARE(model.index(row, 0).data(PagedListModel::IdRole).toString(),
             m_session->server.demoIds().bigOrgId);
    QCOMPARE(model.itemAt(row).label, QStringLiteral("acme"));
}

void TestListModels::credentials_manyCredentials_pagedEachOnce()
{
    signIn();
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    CredentialsModel model;
    Tester tester(&model, kFatal);
    model.setClient(m_client.get());
    model.setScope(demo.bigOrgId, demo.accountWithManyCredentials);
    QCOMPARE(model.pageSize(), PagedListModel::kDefaultPageSize);
    model.setPageSize(50); // several pages of this account's credentials
    QVERIFY(scrollToEnd(model));

    const QStringList expected =
        m_session->server.store().credentialIds(demo.bigOrgId, demo.accountWithManyCredentials);
    QVERIFY(expected.size() >= 150);
    QCOMPARE(loadedIds(model), expected);
    QCOMPARE(m_session->server.requestCount(QStringLiteral("listCredentials")),
             int((expected.size() + 49) / 50));
}

void TestListModels::credentials_lastUsed_neverOrAgeWithExactTooltip()
{
    signIn();
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    CredentialsModel model;
    Tester tester(&model, kFatal);
    model.setClient(m_client.get());
    model.setScope(demo.bigOrgId, demo.accountWithManyCredentials);
    QVERIFY(scrollToEnd(model));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setReferenceTime(now);

    int never = 0;
    int used = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const keycard::Credential credential = model.itemAt(row);
        const QModelIndex cell = model.index(row, CredentialsModel::LastUsedColumn);
        const QString text = cell.data().toString();
        if (!credential.lastUsedAt.isValid()) {
            ++never;
            QCOMPARE(text, CredentialsModel::tr("never"));
        } else {
            ++used;
            QCOMPARE(text, keycard::RelativeTime::describe(credential.lastUsedAt, now));
            QVERIFY2(text.endsWith(QStringLiteral(" ago")) || text == QStringLiteral("just now"),
                     qPrintable(text));
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                     keycard::TimeText::exact(credential.lastUsedAt));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
        }
        QCOMPARE(model.index(row, CredentialsModel::ClientIdColumn).data().toString(),
                 credential.clientId);
        QVERIFY(!credential.clientId.isEmpty());
    }
    QVERIFY(never > 0);
    QVERIFY(used > 0);
}

void TestListModels::credentials_setScope_anotherAccountResets()
{
    signIn();
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    CredentialsModel model;
    Tester tester(&model, kFatal);
    model.setClient(m_client.get());
    model.setScope(demo.bigOrgId, demo.accountWithManyCredentials);
    QVERIFY(fetchPage(model));
    QCOMPARE(model.rowCount(), PagedListModel::kDefaultPageSize);

    model.setScope(demo.bigOrgId, demo.accountWithOneCredential);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(fetchPage(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Complete);

    model.setScope(demo.bigOrgId, demo.accountWithNoCredentials);
    QVERIFY(fetchPage(model));
    QCOMPARE(model.rowCount(), 0);

    model.setScope(QString(), QString()); // no account selected
    QVERIFY(!model.canFetchMore({}));
}

void TestListModels::serviceAccounts_cells_readableDatesAndIdRole()
{
    signIn();
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    ServiceAccountsModel model(m_client.get(), demo.bigOrgId);
    Tester tester(&model, kFatal);
    QVERIFY(loadFirstPage(model));

    QCOMPARE(model.columnCount(), 6); // with the credential count and oldest age
    QCOMPARE(model.headerData(ServiceAccountsModel::NameColumn, Qt::Horizontal).toString(),
             ServiceAccountsModel::tr("Name"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const ServiceAccount account = model.itemAt(row);
        const auto* stored = m_session->server.store().serviceAccount(demo.bigOrgId, account.id);
        QVERIFY(stored);
        QCOMPARE(model.index(row, 0).data(PagedListModel::IdRole).toString(), stored->id);
        QCOMPARE(model.index(row, ServiceAccountsModel::NameColumn).data().toString(),
                 stored->name);
        QCOMPARE(model.index(row, ServiceAccountsModel::DescriptionColumn).data().toString(),
                 stored->description);
        const QString created =
            model.index(row, ServiceAccountsModel::CreatedColumn).data().toString();
        QCOMPARE(created,
                 stored->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model.index(row, ServiceAccountsModel::CreatedColumn)
                     .data(PagedListModel::SortRole)
                     .toLongLong(),
                 stored->createdAt.toMSecsSinceEpoch());
        QCOMPARE(account.createdAt, stored->createdAt);
        QCOMPARE(account.updatedAt, stored->updatedAt);
    }
}

void TestListModels::permissions_readOnlyCaller_rowsAndListDenyWrites()
{
    signIn(true);
    ServiceAccountsModel model;
    Tester tester(&model, kFatal);
    QSignalSpy permissionsChanged(&model, &PagedListModel::listPermissionsChanged);
    model.setClient(m_client.get());
    model.setScope(m_session->server.demoIds().bigOrgId);
    QVERIFY(fetchPage(model));

    QVERIFY(permissionsChanged.size() >= 1);
    QVERIFY(model.listPermissions().present);
    // Every page carries the same grants: the window's actions are not updated for each one.
    const int afterFirstPage = int(permissionsChanged.size());
    QVERIFY(fetchPage(model));
    QCOMPARE(permissionsChanged.size(), afterFirstPage);
    QVERIFY(
        model.listPermissions().allows(QStringLiteral("service_accounts"), QStringLiteral("read")));
    QVERIFY(!model.listPermissions().allows(QStringLiteral("service_accounts"),
                                            QStringLiteral("create")));
    const RowPermissions row = model.rowPermissions(0);
    QVERIFY(row.known());
    QVERIFY(row.allows(RowPermissions::Read));
    QVERIFY(!row.allows(RowPermissions::Update));
    QVERIFY(!row.allows(RowPermissions::Delete));
    QVERIFY(!row.allows(RowPermissions::CreateChild));
    QVERIFY(!model.itemAt(0).permissions.allows(QStringLiteral("service_accounts"),
                                                QStringLiteral("delete")));
    QCOMPARE(model.index(0, 0).data(PagedListModel::PermissionsRole).toInt(), int(row.bits()));
}

// Rows read one after another, sharing grants or not, each get the bits of their own grants
// (the last grants read are remembered, so a change must not be missed).
void TestListModels::permissions_rowsOneAfterAnother_eachReadFromItsOwnGrants()
{
    const QString accounts = QStringLiteral("service_accounts");
    const QString credentials = QStringLiteral("credentials");
    keycard::Permissions full;
    full.present = true;
    full.grants[accounts] = {{QStringLiteral("read"), true},
                             {QStringLiteral("update"), true},
                             {QStringLiteral("delete"), true}};
    full.grants[credentials] = {{QStringLiteral("create"), true}};
    keycard::Permissions readOnly = full; // shared until changed
    readOnly.grants[accounts][QStringLiteral("update")] = false;
    readOnly.grants[accounts][QStringLiteral("delete")] = false;
    readOnly.grants[credentials][QStringLiteral("create")] = false;
    const quint8 allBits = RowPermissions::Read | RowPermissions::Update | RowPermissions::Delete |
                           RowPermissions::CreateChild;

    const RowPermissions first = RowPermissions::from(full, accounts, credentials);
    QVERIFY(first.known());
    QCOMPARE(first.bits() & allBits, allBits);
    const RowPermissions second = RowPermissions::from(readOnly, accounts, credentials);
    QVERIFY(second.allows(RowPermissions::Read));
    QVERIFY(!second.allows(RowPermissions::Update));
    QVERIFY(!second.allows(RowPermissions::CreateChild));
    const keycard::Permissions sameAsFirst = full;
    QCOMPARE(RowPermissions::from(sameAsFirst, accounts, credentials).bits(), first.bits());
    keycard::Permissions equalNotShared; // as the next page's rows bring them
    equalNotShared.present = true;
    equalNotShared.grants = {{accounts, full.grants.value(accounts)},
                             {credentials, full.grants.value(credentials)}};
    QCOMPARE(RowPermissions::from(equalNotShared, accounts, credentials).bits(), first.bits());
    QCOMPARE(RowPermissions::from(readOnly, accounts, credentials).bits(), second.bits());
    // The same grants for another resource, or without a child type, read differently.
    const RowPermissions asCredential = RowPermissions::from(full, credentials);
    QVERIFY(!asCredential.allows(RowPermissions::Read));
    QVERIFY(!asCredential.allows(RowPermissions::CreateChild));
    QVERIFY(!RowPermissions::from(full, accounts).allows(RowPermissions::CreateChild));
    QVERIFY(!RowPermissions::from(keycard::Permissions(), accounts, credentials).known());
}

void TestListModels::permissions_fullCaller_rowsAndListAllowWrites()
{
    signIn();
    ServiceAccountsModel model;
    Tester tester(&model, kFatal);
    model.setClient(m_client.get());
    model.setScope(m_session->server.demoIds().bigOrgId);
    QVERIFY(fetchPage(model));

    QVERIFY(model.listPermissions().allows(QStringLiteral("service_accounts"),
                                           QStringLiteral("create")));
    const RowPermissions row = model.rowPermissions(0);
    QVERIFY(row.allows(RowPermissions::Update));
    QVERIFY(row.allows(RowPermissions::Delete));
    QVERIFY(row.allows(RowPermissions::CreateChild));
    // A row out of range, or made here without permissions, blocks nothing.
    QVERIFY(model.rowPermissions(100000).allows(RowPermissions::Delete));
}

void TestListModels::prepend_newAccount_appearsOnTopOnce()
{
    signIn();
    ServiceAccountsModel model(m_client.get(), m_session->server.demoIds().bigOrgId);
    Tester tester(&model, kFatal);
    QVERIFY(loadFirstPage(model));
    QSignalSpy counts(&model, &PagedListModel::countsChanged);

    ServiceAccount created;
    created.id = QStringLiteral("new0000000000000000000000a");
    created.name = QStringLiteral("fresh-bot");
    created.description = QStringLiteral("Made in a dialog");
    created.createdAt = QDateTime::currentDateTimeUtc();
    created.updatedAt = created.createdAt;
    model.prepend(created);

    constexpr int kPage = PagedListModel::kDefaultPageSize;
    QCOMPARE(model.rowCount(), kPage + 1);
    QCOMPARE(model.idAt(0), created.id);
    QCOMPARE(model.index(0, ServiceAccountsModel::NameColumn).data().toString(),
             QStringLiteral("fresh-bot"));
    QCOMPARE(counts.size(), 1);
    model.prepend(created); // the same item again replaces, never duplicates
    QCOMPARE(model.rowCount(), kPage + 1);
    QVERIFY(fetchPage(model)); // paging goes on after the inserted row
    QCOMPARE(model.rowCount(), 2 * kPage + 1);
}

void TestListModels::replace_renamedAccount_updatesThatRowOnly()
{
    signIn();
    ServiceAccountsModel model(m_client.get(), m_session->server.demoIds().bigOrgId);
    Tester tester(&model, kFatal);
    QVERIFY(loadFirstPage(model));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    ServiceAccount account = model.itemAt(7);
    account.name = QStringLiteral("renamed-bot");
    QVERIFY(model.replace(account));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 7);
    QCOMPARE(model.index(7, ServiceAccountsModel::NameColumn).data().toString(),
             QStringLiteral("renamed-bot"));
    QCOMPARE(model.rowCount(), PagedListModel::kDefaultPageSize);

    account.id = QStringLiteral("not-loaded");
    QVERIFY(!model.replace(account));
}

void TestListModels::removeId_deletedAccount_rowGoes()
{
    signIn();
    ServiceAccountsModel model(m_client.get(), m_session->server.demoIds().bigOrgId);
    Tester tester(&model, kFatal);
    QVERIFY(loadFirstPage(model));
    const QString id = model.idAt(3);
    const QString next = model.idAt(4);

    QVERIFY(model.removeId(id));
    QCOMPARE(model.rowCount(), PagedListModel::kDefaultPageSize - 1);
    QCOMPARE(model.rowOf(id), -1);
    QCOMPARE(model.idAt(3), next);
    QVERIFY(!model.removeId(id));
}

void TestListModels::itemAt_loadedRow_rebuildsTheDomainItem()
{
    signIn();
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    ServiceAccountsModel model(m_client.get(), demo.bigOrgId);
    Tester tester(&model, kFatal);
    QVERIFY(loadFirstPage(model));
    const int row = 5;
    const ServiceAccount account = model.itemAt(row);
    QCOMPARE(model.rowOf(account.id), row);
    const auto* stored = m_session->server.store().serviceAccount(demo.bigOrgId, account.id);
    QVERIFY(stored);
    QCOMPARE(account.name, stored->name);
    QCOMPARE(account.description, stored->description);
    QVERIFY(model.itemAt(-1).id.isEmpty());
    QVERIFY(model.itemAt(model.rowCount()).id.isEmpty());
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
