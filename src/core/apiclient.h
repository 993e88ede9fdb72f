#pragma once

#include "connectionconfig.h"
#include "requesthandle.h"
#include "result.h"
#include "types.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace keycard {

class TokenProvider;
class PendingCall;
struct RequestSpec;

// The typed Keycard API over one QNetworkAccessManager, for one connection.
//
// Every call returns at once; its callback runs later (never inside the call), exactly once,
// unless the handle was cancelled or `context` was destroyed first: then nothing more is heard
// and the network request is aborted. `context` may be null (the callback then always runs).
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const Result<T>&)>;

    explicit ApiClient(ConnectionConfig config, QObject* parent = nullptr);
    ~ApiClient() override;
    Q_DISABLE_COPY_MOVE(ApiClient)

    // nullopt when usable; a Configuration error when not an absolute http(s) URL or when a
    // host that is not loopback is asked for over plain http.
    static std::optional<ApiError> checkBaseUrl(const QUrl& url);

    const ConnectionConfig& config() const;

    // Client credentials: fetch a token now. API key: a cheap authenticated GET.
    RequestHandle signIn(QObject* context, Callback<Empty> done);

    RequestHandle listOrganizations(const PageRequest& page, QObject* context,
                                    Callback<Page<Organization>> done);
    RequestHandle getOrganization(const QString& orgIdOrLabel, QObject* context,
                                  Callback<Organization> done);

    RequestHandle listServiceAccounts(const QString& orgId, const PageRequest& page,
                                      QObject* context, Callback<Page<ServiceAccount>> done);
    RequestHandle getServiceAccount(const QString& orgId, const QString& accountId,
                                    QObject* context, Callback<ServiceAccount> done);
    RequestHandle createServiceAccount(const QString& orgId, const Draft& draft, QObject* context,
                                       Callback<ServiceAccount> done);
    RequestHandle updateServiceAccount(const QString& orgId, const QString& accountId,
                                       const Patch& patch, QObject* context,
                                       Callback<ServiceAccount> done);
    RequestHandle deleteServiceAccount(const QString& orgId, const QString& accountId,
                                       QObject* context, Callback<Empty> done);

    RequestHandle listCredentials(const QString& orgId, const QString& accountId,
                                  const PageRequest& page, QObject* context,
                                  Callback<Page<Credential>> done);
    RequestHandle getCredential(const QString& orgId, const QString& accountId,
                                const QString& credentialId, QObject* context,
                                Callback<Credential> done);
    RequestHandle createCredential(const QString& orgId, const QString& accountId,
                                   const Draft& draft, QObject* context,
                                   Callback<NewCredential> done);
    RequestHandle updateCredential(const QString& orgId, const QString& accountId,
                                   const QString& credentialId, const Patch& patch,
                                   QObject* context, Callback<Credential> done);
    RequestHandle deleteCredential(const QString& orgId, const QString& accountId,
                                   const QString& credentialId, QObject* context,
                                   Callback<Empty> done);

    // Exchanges any client ID and secret at the token endpoint (the "Test" button of a new
    // credential). The token obtained is dropped at once and never exposed.
    RequestHandle testClientCredentials(const QString& clientId, const SecretString& secret,
                                        QObject* context, Callback<Empty> done);

    QNetworkAccessManager* networkAccessManager() const;

signals:
    // One per API request handed to the network (not the token exchange), for diagnostics.
    void requestStarted(const QString& requestId);
    // One per finished HTTP exchange, for status and diagnostics (no secrets).
    void requestFinished(const QString& requestId, int httpStatus);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keycard
