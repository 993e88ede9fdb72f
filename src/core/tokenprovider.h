#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "secretstring.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace keycard {

// Exchanges a client ID and secret for an access token at {base}/service-account-token and
// caches it. The token is renewed shortly before it expires; however many calls wait, one
// exchange runs at a time and all of them get its outcome.
class TokenProvider final : public QObject
{
    Q_OBJECT

public:
    using Ready = std::function<void(const SecretString& token, const ApiError& error)>;

    TokenProvider(QNetworkAccessManager* nam, const QUrl& baseUrl, const QString& clientId,
                  const SecretString& clientSecret, const RetryPolicy& policy,
                  QObject* parent = nullptr);
    ~TokenProvider() override;
    Q_DISABLE_COPY_MOVE(TokenProvider)

    // `ready` runs later (never inside this call) with a valid token or the error, unless
    // `waiter` is destroyed first.
    void requestToken(QObject* waiter, Ready ready);

    // The server refused this token (401): forget it so that the next request gets a new one.
    void invalidate(const SecretString& rejected);

    bool hasValidToken() const;
    // The cached token while it is valid, for a request that can be sent at once.
    std::optional<SecretString> validToken() const;

    // The token endpoint, and a request that exchanges the given credentials there.
    static QUrl tokenUrl(const QUrl& baseUrl);
    static RequestSpec exchangeSpec(const QUrl& baseUrl, const QString& clientId,
                                    const SecretString& clientSecret);

signals:
    void exchangeFinished(const QString& requestId, int httpStatus);

private:
    struct Waiter
    {
        QPointer<QObject> object;
        Ready ready;
    };

    void startExchange();
    void onExchangeFinished(const RawResponse& response);

    QNetworkAccessManager* m_nam;
    QUrl m_baseUrl;
    QString m_clientId;
    SecretString m_clientSecret;
    RetryPolicy m_policy;
    SecretString m_token;
    QElapsedTimer m_obtained;
    qint64 m_validForMs = -1; // -1: no expiry given
    ApiRequest* m_exchange = nullptr;
    QList<Waiter> m_waiters;
};

} // namespace keycard
