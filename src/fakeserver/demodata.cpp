#include "demodata.h"

#include "store.h"

#include <QRandomGenerator>
#include <QSet>
#include <array>

namespace keycard::fake {

namespace {
constexpr int kBigOrgAccounts = 5200;
constexpr int kManyCredentials = 160;
constexpr int kManyCredentialsIndex = 40;
constexpr qint64 kDay = 24 * 3600;

constexpr std::array kTeams{"billing",   "ci",      "deploy",    "metrics",   "payments", "search",
                            "ledger",    "auth",    "inventory", "backup",    "etl",      "data",
                            "ml",        "reports", "notify",    "audit",     "sync",     "cron",
                            "ingest",    "cdn",     "invoice",   "support",   "catalog",  "fraud",
                            "analytics", "mobile",  "web",       "terraform", "k8s",      "vault"};
constexpr std::array kRoles{"exporter",   "bot",       "worker",   "runner",    "agent",
                            "syncer",     "scheduler", "uploader", "collector", "gateway",
                            "reconciler", "indexer",   "importer", "notifier",  "auditor"};
constexpr std::array kSuffixes{"",     "",         "",         "-eu",      "-us",
                               "-ap",  "-eu-west", "-us-east", "-staging", "-prod",
                               "-dev", "-canary",  "-v2",      "-legacy"};
constexpr std::array kPurposes{"Exports %1 data to the warehouse every hour",
                               "Runs the nightly %1 jobs",
                               "Deploys the %1 services from CI",
                               "Collects %1 metrics for dashboards",
                               "Reconciles %1 records with the upstream provider",
                               "Sends %1 notifications to on-call",
                               "Imports %1 files from partners over SFTP",
                               "Keeps the %1 index up to date",
                               "Read-only access for the %1 audit",
                               "Backs up the %1 database to cold storage"};
constexpr std::array kOwners{"platform team", "data team", "SRE",         "finance engineering",
                             "growth team",   "security",  "mobile team", "payments squad"};
constexpr std::array kCredentialNames{"primary",        "rotation", "ci",     "laptop",
                                      "github-actions", "jenkins",  "backup", "k8s-secret",
                                      "terraform",      "old"};

template <typename Array>
const char* pick(QRandomGenerator& random, const Array& values)
{
    return values[random.bounded(static_cast<int>(values.size()))];
}

QString accountName(QRandomGenerator& random, QSet<QString>& used)
{
    QString name = QLatin1String(pick(random, kTeams)) + QLatin1Char('-') +
                   QLatin1String(pick(random, kRoles)) + QLatin1String(pick(random, kSuffixes));
    if (used.contains(name))
        name += QLatin1Char('-') + QString::number(used.size());
    used.insert(name);
    return name;
}

QString accountDescription(QRandomGenerator& random, const QString& name)
{
    if (random.bounded(10) == 0)
        return {}; // some accounts have none
    const QString team = name.section(QLatin1Char('-'), 0, 0);
    return QString::fromLatin1(pick(random, kPurposes)).arg(team) + QStringLiteral(". Owner: ") +
           QLatin1String(pick(random, kOwners)) + QLatin1Char('.');
}

// A last-use time: never, today, a few days or months ago, or years ago.
QDateTime lastUse(QRandomGenerator& random, const QDateTime& created, const QDateTime& now)
{
    const qint64 age = created.secsTo(now);
    switch (random.bounded(5)) {
    case 0:
        return {};
    case 1:
        return now.addSecs(-std::min<qint64>(age, random.bounded(8 * 3600)));
    case 2:
        return now.addSecs(-std::min<qint64>(age, kDay * (1 + random.bounded(90))));
    default:
        return created.addSecs(std::min<qint64>(age, kDay * random.bounded(30)));
    }
}

void addCredentials(Store& store, QRandomGenerator& random, const QString& orgId,
                    const QString& saId, const QDateTime& accountCreated, const QDateTime& now,
                    int count)
{
    const qint64 span = std::max<qint64>(1, accountCreated.secsTo(now));
    qint64 offset = 0;
    for (int i = 0; i < count; ++i) {
        offset += random.bounded(static_cast<int>(std::max<qint64>(1, span / (count + 1))));
        const QDateTime created = accountCreated.addSecs(offset);
        const QString name = QLatin1String(pick(random, kCredentialNames)) + QLatin1Char('-') +
                             QString::number(i + 1);
        store.insertCredentialWithoutSecret(orgId, saId, name, created,
                                            lastUse(random, created, now));
    }
}
} // namespace

DemoIds buildDemoData(Store& store, quint64 seed, DemoCredentials* credentials)
{
    QRandomGenerator random(static_cast<quint32>(seed * 2654435761u + 17));
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const QDateTime start = now.addSecs(-4 * 365 * kDay);

    DemoIds ids;
    ids.bigOrgLabel = QStringLiteral("acme");
    ids.emptyOrgId = store.createOrganization(QStringLiteral("initech"), QStringLiteral("Initech"),
                                              false, start.addSecs(-30 * kDay));
    ids.smallOrgId =
        store.createOrganization(QStringLiteral("globex"), QStringLiteral("Globex Corporation"),
                                 true, start.addSecs(-20 * kDay));
    ids.bigOrgId = store.createOrganization(ids.bigOrgLabel, QStringLiteral("Acme Corporation"),
                                            true, start.addSecs(-10 * kDay));

    store.reserve(kBigOrgAccounts + 64, kBigOrgAccounts + kManyCredentials + 64);
    QSet<QString> used;
    used.reserve(kBigOrgAccounts + 16);
    const qint64 step = start.secsTo(now.addSecs(-30 * kDay)) / kBigOrgAccounts;
    for (int i = 0; i < kBigOrgAccounts; ++i) {
        const QDateTime created = start.addSecs(step * i + random.bounded(static_cast<int>(step)));
        if (i == kManyCredentialsIndex) {
            // Years old, so that its credentials range from years old to used today.
            used.insert(QStringLiteral("legacy-batch-runner"));
            ids.accountWithManyCredentials = store.createServiceAccount(
                ids.bigOrgId, QStringLiteral("legacy-batch-runner"),
                QStringLiteral("Runs the legacy batch jobs; every host has its own credential."),
                created);
            addCredentials(store, random, ids.bigOrgId, ids.accountWithManyCredentials, created,
                           now, kManyCredentials);
            continue;
        }
        const QString name = accountName(random, used);
        const QString id = store.createServiceAccount(ids.bigOrgId, name,
                                                      accountDescription(random, name), created);
        addCredentials(store, random, ids.bigOrgId, id, created, now, random.bounded(3));
    }

    const auto special = [&](const QString& name, const QString& description, qint64 daysAgo) {
        used.insert(name);
        return store.createServiceAccount(ids.bigOrgId, name, description,
                                          now.addSecs(-daysAgo * kDay));
    };
    ids.accountWithOneCredential =
        special(QStringLiteral("billing-exporter"),
                QStringLiteral("Exports invoices to the accounting system every night."), 12);
    addCredentials(store, random, ids.bigOrgId, ids.accountWithOneCredential,
                   now.addSecs(-12 * kDay), now, 1);
    ids.accountWithNoCredentials =
        special(QStringLiteral("ci-deploy-bot-eu"),
                QStringLiteral("Deploys the EU stack from CI. Not set up yet."), 5);
    ids.demoServiceAccountId = special(QStringLiteral("keycard-admin-demo"),
                                       QStringLiteral("The account the demo signs in with."), 1);
    const Store::NewCredential demo = store.createCredentialWithSecret(
        ids.bigOrgId, ids.demoServiceAccountId, QStringLiteral("demo-admin"),
        QStringLiteral("Full access, used by keycard-admin --demo"));
    const Store::NewCredential readOnly = store.createCredentialWithSecret(
        ids.bigOrgId, ids.demoServiceAccountId, QStringLiteral("demo-read-only"),
        QStringLiteral("May read but not create, update or delete"), true);
    ids.demoCredentialId = demo.id;
    ids.bigOrgServiceAccountCount = store.serviceAccountCount(ids.bigOrgId);

    for (int i = 0; i < 7; ++i) {
        const QDateTime created = start.addSecs(kDay * 100 * (i + 1));
        const QString name = accountName(random, used);
        const QString id = store.createServiceAccount(ids.smallOrgId, name,
                                                      accountDescription(random, name), created);
        addCredentials(store, random, ids.smallOrgId, id, created, now, random.bounded(3));
    }

    if (credentials) {
        credentials->demoClientId = demo.clientId;
        credentials->demoClientSecret = demo.secret;
        credentials->readOnlyClientId = readOnly.clientId;
        credentials->readOnlyClientSecret = readOnly.secret;
    }
    return ids;
}

} // namespace keycard::fake
