// Lists from a hostile server (issue 10): the same item on every page, and strings far longer
// than any cell should lay out.
#include "celltext.h"
#include "filteredlistmodel.h"
#include "modeltestsupport.h"
#include "scriptedserver.h"
#include "serverlimits.h"
#include "serviceaccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace keycard;
using keycard::test::ScriptedServer;
using LoadState = PagedListModel::LoadState;

namespace {
QByteArray account(const QByteArray& id, const QByteArray& name = "svc",
                   const QByteArray& description = {})
{
    return R"({"id":")" + id + R"(","name":")" + name + R"(","description":")" + description +
           R"(","created_at":"2024-05-01T10:00:00Z","updated_at":"2024-05-02T10:00:00Z"})";
}

QByteArray page(const QList<QByteArray>& items, const QByteArray& cursor, bool more)
{
    QByteArray info =
        more ? R"({"has_next_page":true,"has_prev_page":false,"end_cursor":")" + cursor + R"("})"
             : QByteArray(R"({"has_next_page":false,"has_prev_page":false})");
    return ScriptedServer::answer(200, R"({"items":[)" + items.join(',') + R"(],"page_info":)" +
                                           info + "}");
}
} // namespace

class TestHostileLists final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ServiceAccountsModel> m_model;

    void makeModel(QList<QByteArray> answers)
    {
        m_server->setAnswers(std::move(answers));
        ConnectionConfig c;
        c.baseUrl = m_server->baseUrl();
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("test-api-key"));
        c.maxRetries = 0;
        m_client = std::make_unique<ApiClient>(c);
        m_model = std::make_unique<ServiceAccountsModel>(m_client.get(), QStringLiteral("org1"));
        new QAbstractItemModelTester(m_model.get(), m_model.get());
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        m_model.reset();
        m_client.reset();
        m_server.reset();
    }

    void scroll_sameItemOnEveryPage_oneRowAndPagingStops()
    {
        QList<QByteArray> answers;
        for (int i = 1; i <= 20; ++i)
            answers << page({account("sa1")}, "c" + QByteArray::number(i), true);
        makeModel(answers);
        QVERIFY(test::loadFirstPage(*m_model));
        QVERIFY(test::scrollToEnd(*m_model));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->loadState(), LoadState::Broken);
        QCOMPARE(m_model->statusText(),
                 PagedListModel::tr("The server repeated a page cursor; paging stopped."));
        QCOMPARE(m_server->requestCount(), 2); // the first page of nothing new stops it
        QVERIFY(!m_model->canFetchMore({}));
    }

    void scroll_pagesOverlap_eachIdOnceAndPagingGoesOn()
    {
        makeModel({page({account("sa1"), account("sa2")}, "c1", true),
                   page({account("sa2"), account("sa3"), account("sa3")}, "c2", true),
                   page({account("sa1"), account("sa4")}, "c3", false)});
        QVERIFY(test::loadFirstPage(*m_model));
        QVERIFY(test::scrollToEnd(*m_model));
        QCOMPARE(test::loadedIds(*m_model),
                 QStringList({QStringLiteral("sa1"), QStringLiteral("sa2"), QStringLiteral("sa3"),
                              QStringLiteral("sa4")}));
        QCOMPARE(m_model->loadState(), LoadState::Complete);
    }

    void prepend_thenPageBringsIt_oneRow()
    {
        makeModel({page({account("sa1")}, "c1", true),
                   page({account("sa9"), account("sa2")}, "c2", false)});
        QVERIFY(test::loadFirstPage(*m_model));
        ServiceAccount created;
        created.id = QStringLiteral("sa9");
        created.name = QStringLiteral("new");
        m_model->prepend(created);
        QVERIFY(test::scrollToEnd(*m_model));
        QCOMPARE(
            test::loadedIds(*m_model),
            QStringList({QStringLiteral("sa9"), QStringLiteral("sa1"), QStringLiteral("sa2")}));
    }

    void removeId_thenPageBringsIt_rowComesBack()
    {
        makeModel({page({account("sa1"), account("sa2")}, "c1", true),
                   page({account("sa1"), account("sa3")}, "c2", false)});
        QVERIFY(test::loadFirstPage(*m_model));
        QVERIFY(m_model->removeId(QStringLiteral("sa1")));
        QVERIFY(test::scrollToEnd(*m_model));
        QCOMPARE(
            test::loadedIds(*m_model),
            QStringList({QStringLiteral("sa2"), QStringLiteral("sa1"), QStringLiteral("sa3")}));
    }

    void cells_hugeName_elidedInCellWholeInTooltipAndFilter()
    {
        const QByteArray name = QByteArray(100000, 'n') + "needle";
        // Descriptions are bounded by the contract (500, checked when decoding): shown whole.
        const QByteArray description(limits::kMaxCellDescriptionChars, 'd');
        makeModel({page({account("sa1", name, description), account("sa2", "short")}, {}, false)});
        QVERIFY(test::loadFirstPage(*m_model));

        const QString shown =
            m_model->index(0, ServiceAccountsModel::NameColumn).data(Qt::DisplayRole).toString();
        QCOMPARE(shown.size(), limits::kMaxCellTextChars);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        const QString described = m_model->index(0, ServiceAccountsModel::DescriptionColumn)
                                      .data(Qt::DisplayRole)
                                      .toString();
        QCOMPARE(described, QString::fromLatin1(description));

        const QString tip =
            m_model->index(0, ServiceAccountsModel::NameColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.size(), limits::kMaxFullTextChars);
        QVERIFY(tip.startsWith(shown.left(limits::kMaxCellTextChars - 1)));
        // A short name is shown as it is, with no tooltip.
        QCOMPARE(m_model->index(1, ServiceAccountsModel::NameColumn).data().toString(),
                 QStringLiteral("short"));
        QVERIFY(
            !m_model->index(1, ServiceAccountsModel::NameColumn).data(Qt::ToolTipRole).isValid());

        // The filter searches the stored text up to the sane length, not the elided cell.
        FilteredListModel filter(m_model.get());
        filter.setFilterText(QStringLiteral("nnnnnnnnnn")); // beyond the cell's 256 characters?
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QString(limits::kMaxCellTextChars + 10, QLatin1Char('n')));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QStringLiteral("needle")); // past the sane length: not searched
        QCOMPARE(filter.rowCount(), 0);
    }

    void elided_surrogatePairAtTheCut_notSplit()
    {
        QString text = QString(9, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x94\x91") +
                       QStringLiteral("tail");
        const QString cut = celltext::elided(text, 11);
        QCOMPARE(cut, QString(9, QLatin1Char('a')) + QChar(0x2026));
        QCOMPARE(celltext::elided(QStringLiteral("abc"), 3), QStringLiteral("abc"));
        QCOMPARE(celltext::elided(QStringLiteral("abcd"), 3), QStringLiteral("ab") + QChar(0x2026));
    }
};

QTEST_GUILESS_MAIN(TestHostileLists)
#include "tst_hostilelists.moc"
