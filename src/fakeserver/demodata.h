#pragma once

#include <QByteArray>
#include <QString>

namespace keycard::fake {

class Store;

struct DemoIds
{
    QString bigOrgId, bigOrgLabel;  // >= 5,000 service accounts
    QString smallOrgId, emptyOrgId; // a few accounts; none at all
    int bigOrgServiceAccountCount = 0;
    QString accountWithNoCredentials, accountWithOneCredential, accountWithManyCredentials;
    QString demoServiceAccountId, demoCredentialId;
};

struct DemoCredentials
{
    QString demoClientId;
    QByteArray demoClientSecret;
    QString readOnlyClientId;
    QByteArray readOnlyClientSecret;
};

// Fills an empty store with deterministic demo data for `seed` (names, IDs, order);
// only the secrets of the two sign-in credentials are random.
DemoIds buildDemoData(Store& store, quint64 seed, DemoCredentials* credentials);

} // namespace keycard::fake
