#include "jsondecoder.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace keycard::json {

namespace {

enum class Need { Required, Optional };

// Reads fields with their paths, remembering the first problem.
class Reader final
{
public:
    explicit Reader(const QString& requestId) : m_requestId(requestId) {}

    bool failed() const { return m_failed; }

    void fail(const QString& path, const QString& problem)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = ApiError(ApiError::Kind::Decode);
        m_error.setField(path).setRequestId(m_requestId);
        m_error.setDetail(path.isEmpty() ? problem : path + QStringLiteral(": ") + problem);
        qCWarning(lcDecode).noquote()
            << "answer breaks the contract:" << m_error.detail() << "request" << m_requestId;
    }

    ApiError error() const { return m_error; }

    // Parses the whole body; an object at the root or a failure.
    QJsonObject root(const QByteArray& body)
    {
        if (body.trimmed().isEmpty()) {
            fail(QString(), QStringLiteral("the answer is empty"));
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(QString(), QStringLiteral("the answer is not valid JSON (%1 at offset %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
            return {};
        }
        if (!doc.isObject()) {
            fail(QString(), QStringLiteral("the answer is not a JSON object"));
            return {};
        }
        return doc.object();
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    // The value at key, or nullopt when absent/null (failing when Required).
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& path, const char* key,
                                    Need need)
    {
        const auto it = o.constFind(QLatin1String(key));
        if (it == o.constEnd() || it->isNull() || it->isUndefined()) {
            if (need == Need::Required)
                fail(join(path, QLatin1String(key)),
                     it == o.constEnd() ? QStringLiteral("required field missing")
                                        : QStringLiteral("required field is null"));
            return std::nullopt;
        }
        return *it;
    }

    QString string(const QJsonObject& o, const QString& path, const char* key, Need need,
                   bool nonEmpty = false)
    {
        const auto v = value(o, path, key, need);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected a string"));
            return {};
        }
        QString s = v->toString();
        if (nonEmpty && s.isEmpty())
            fail(join(path, QLatin1String(key)), QStringLiteral("must not be empty"));
        return s;
    }

    bool boolean(const QJsonObject& o, const QString& path, const char* key, Need need)
    {
        const auto v = value(o, path, key, need);
        if (!v)
            return false;
        if (!v->isBool()) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected true or false"));
            return false;
        }
        return v->toBool();
    }

    int integer(const QJsonObject& o, const QString& path, const char* key, Need need, int absent)
    {
        const auto v = value(o, path, key, need);
        if (!v)
            return absent;
        const double d = v->toDouble();
        if (!v->isDouble() || d != double(qint64(d)) || d < 0 || d > 1e9) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected a whole number"));
            return absent;
        }
        return int(d);
    }

    QDateTime timestamp(const QJsonObject& o, const QString& path, const char* key, Need need)
    {
        const auto v = value(o, path, key, need);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected a date-time string"));
            return {};
        }
        const QDateTime t = parseTimestamp(v->toString());
        if (!t.isValid())
            fail(join(path, QLatin1String(key)), QStringLiteral("not a valid date-time"));
        return t;
    }

    Permissions permissions(const QJsonObject& o, const QString& path)
    {
        Permissions p;
        const auto v = value(o, path, "permissions", Need::Optional);
        if (!v)
            return p;
        // Paths are only spelled out for an error: this runs for every row of every page.
        const auto here = [&] {
            return join(path, QStringLiteral("permissions"));
        };
        if (!v->isObject()) {
            fail(here(), QStringLiteral("expected an object"));
            return p;
        }
        const QJsonObject resources = v->toObject();
        // Every row of a page usually carries the same grants: decode them once and share.
        if (m_lastPermissions.present && resources == m_lastPermissionsJson)
            return m_lastPermissions;
        for (auto r = resources.constBegin(); r != resources.constEnd(); ++r) {
            if (!r->isObject()) {
                fail(join(here(), r.key()), QStringLiteral("expected an object"));
                return p;
            }
            const QJsonObject actions = r->toObject();
            QHash<QString, bool> granted;
            granted.reserve(actions.size());
            for (auto a = actions.constBegin(); a != actions.constEnd(); ++a) {
                if (!a->isBool()) {
                    fail(join(join(here(), r.key()), a.key()),
                         QStringLiteral("expected true or false"));
                    return p;
                }
                granted.insert(a.key(), a->toBool());
            }
            p.grants.insert(r.key(), granted);
        }
        p.present = true;
        m_lastPermissionsJson = resources;
        m_lastPermissions = p;
        return p;
    }

    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            fail(path, QStringLiteral("expected an object"));
            return {};
        }
        return v.toObject();
    }

private:
    QString m_requestId;
    bool m_failed = false;
    ApiError m_error;
    QJsonObject m_lastPermissionsJson;
    Permissions m_lastPermissions;
};

Organization readOrganization(Reader& r, const QJsonObject& o, const QString& path)
{
    Organization org;
    org.id = r.string(o, path, "id", Need::Required, true);
    org.createdAt = r.timestamp(o, path, "created_at", Need::Required);
    org.label = r.string(o, path, "label", Need::Required);
    org.name = r.string(o, path, "name", Need::Required);
    org.ssoEnabled = r.boolean(o, path, "sso_enabled", Need::Required);
    org.updatedAt = r.timestamp(o, path, "updated_at", Need::Required);
    org.permissions = r.permissions(o, path);
    return org;
}

ServiceAccount readServiceAccount(Reader& r, const QJsonObject& o, const QString& path)
{
    ServiceAccount a;
    a.id = r.string(o, path, "id", Need::Required, true);
    a.createdAt = r.timestamp(o, path, "created_at", Need::Required);
    a.name = r.string(o, path, "name", Need::Required);
    a.updatedAt = r.timestamp(o, path, "updated_at", Need::Required);
    a.description = r.string(o, path, "description", Need::Optional);
    a.permissions = r.permissions(o, path);
    return a;
}

Credential readCredential(Reader& r, const QJsonObject& o, const QString& path)
{
    Credential c;
    c.id = r.string(o, path, "id", Need::Required, true);
    c.clientId = r.string(o, path, "client_id", Need::Required);
    c.createdAt = r.timestamp(o, path, "created_at", Need::Required);
    c.name = r.string(o, path, "name", Need::Required);
    c.description = r.string(o, path, "description", Need::Optional);
    c.lastUsedAt = r.timestamp(o, path, "last_used_at", Need::Optional);
    c.permissions = r.permissions(o, path);
    return c;
}

template <typename T, typename ReadItem>
Result<Page<T>> decodePage(const QByteArray& body, const QString& requestId, ReadItem readItem)
{
    Reader r(requestId);
    const QJsonObject root = r.root(body);
    Page<T> page;
    if (!r.failed()) {
        const auto items = r.value(root, QString(), "items", Need::Required);
        if (items && !items->isArray())
            r.fail(QStringLiteral("items"), QStringLiteral("expected an array"));
        if (items && items->isArray()) {
            const QJsonArray array = items->toArray();
            page.items.reserve(array.size());
            for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
                const QString path = QStringLiteral("items[") + QString::number(i) + u']';
                const QJsonObject o = r.object(array.at(i), path);
                if (!r.failed())
                    page.items.append(readItem(r, o, path));
            }
        }
    }
    if (!r.failed()) {
        const auto info = r.value(root, QString(), "page_info", Need::Required);
        if (info) {
            const QString path = QStringLiteral("page_info");
            const QJsonObject o = r.object(*info, path);
            if (!r.failed()) {
                page.pageInfo.hasNextPage = r.boolean(o, path, "has_next_page", Need::Required);
                page.pageInfo.hasPrevPage = r.boolean(o, path, "has_prev_page", Need::Required);
                page.pageInfo.endCursor = r.string(o, path, "end_cursor", Need::Optional);
                page.pageInfo.startCursor = r.string(o, path, "start_cursor", Need::Optional);
            }
        }
    }
    if (!r.failed())
        page.permissions = r.permissions(root, QString());
    if (r.failed())
        return Result<Page<T>>::failure(r.error());
    return Result<Page<T>>::success(std::move(page));
}

template <typename T, typename ReadItem>
Result<T> decodeOne(const QByteArray& body, const QString& requestId, ReadItem readItem)
{
    Reader r(requestId);
    const QJsonObject root = r.root(body);
    T item;
    if (!r.failed())
        item = readItem(r, root, QString());
    if (r.failed())
        return Result<T>::failure(r.error());
    return Result<T>::success(std::move(item));
}

} // namespace

namespace {
// Reads `count` ASCII digits at `at`; -1 when any is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}
} // namespace

QDateTime parseTimestamp(const QString& text)
{
    // RFC 3339: yyyy-MM-dd 'T' HH:mm:ss, an optional fraction of any length, then Z or an
    // offset. Read by hand: this runs for every date of every row, and a regular expression
    // made it the slowest part of decoding a page.
    const QStringView t(text);
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || t[13] != u':' || t[16] != u':')
        return {};
    if (t[10] != u'T' && t[10] != u't' && t[10] != u' ')
        return {};
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype at = 19;
    int millis = 0;
    if (at < t.size() && t[at] == u'.') {
        const qsizetype start = ++at;
        while (at < t.size() && t[at] >= u'0' && t[at] <= u'9')
            ++at;
        const qsizetype length = at - start;
        if (length < 1 || length > 9)
            return {};
        millis = digits(t, start, int(qMin<qsizetype>(length, 3)));
        for (qsizetype i = length; i < 3; ++i)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (at < t.size()) {
        const QStringView zone = t.mid(at);
        if (zone.size() == 1 && (zone[0] == u'Z' || zone[0] == u'z')) {
            // UTC
        } else if ((zone[0] == u'+' || zone[0] == u'-') && (zone.size() == 5 || zone.size() == 6)) {
            const bool colon = zone.size() == 6;
            if (colon && zone[3] != u':')
                return {};
            const int hours = digits(zone, 1, 2);
            const int minutes = digits(zone, colon ? 4 : 3, 2);
            if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
                return {};
            offsetSeconds = (zone[0] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    return offsetSeconds == 0 ? result : result.addSecs(-offsetSeconds);
}

Result<Page<Organization>> decodeOrganizationPage(const QByteArray& body, const QString& requestId)
{
    return decodePage<Organization>(body, requestId, readOrganization);
}

Result<Organization> decodeOrganization(const QByteArray& body, const QString& requestId)
{
    return decodeOne<Organization>(body, requestId, readOrganization);
}

Result<Page<ServiceAccount>> decodeServiceAccountPage(const QByteArray& body,
                                                      const QString& requestId)
{
    return decodePage<ServiceAccount>(body, requestId, readServiceAccount);
}

Result<ServiceAccount> decodeServiceAccount(const QByteArray& body, const QString& requestId)
{
    return decodeOne<ServiceAccount>(body, requestId, readServiceAccount);
}

Result<Page<Credential>> decodeCredentialPage(const QByteArray& body, const QString& requestId)
{
    return decodePage<Credential>(body, requestId, readCredential);
}

Result<Credential> decodeCredential(const QByteArray& body, const QString& requestId)
{
    return decodeOne<Credential>(body, requestId, readCredential);
}

Result<NewCredential> decodeNewCredential(const QByteArray& body, const QString& requestId)
{
    return decodeOne<NewCredential>(
        body, requestId, [](Reader& r, const QJsonObject& o, const QString& path) {
            NewCredential created;
            created.credential = readCredential(r, o, path);
            QString secret = r.string(o, path, "client_secret", Need::Required, true);
            created.clientSecret = SecretString(secret);
            SecretString::wipe(secret);
            return created;
        });
}

Result<TokenAnswer> decodeToken(const QByteArray& body, const QString& requestId)
{
    return decodeOne<TokenAnswer>(
        body, requestId, [](Reader& r, const QJsonObject& o, const QString& path) {
            TokenAnswer answer;
            QString token = r.string(o, path, "access_token", Need::Required, true);
            answer.accessToken = SecretString(token);
            SecretString::wipe(token);
            answer.tokenType = r.string(o, path, "token_type", Need::Required);
            if (!r.failed() &&
                answer.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
                r.fail(QStringLiteral("token_type"), QStringLiteral("expected Bearer"));
            answer.expiresInSeconds = r.integer(o, path, "expires_in", Need::Optional, -1);
            return answer;
        });
}

ServerMessage decodeServerMessage(const QByteArray& body)
{
    ServerMessage m;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return m;
    const QJsonObject o = doc.object();
    const QJsonValue message = o.value(QLatin1String("message"));
    if (message.isString())
        m.message = message.toString();
    const QJsonValue code = o.value(QLatin1String("code"));
    if (code.isString())
        m.code = code.toString();
    else if (code.isDouble())
        m.code = QString::number(code.toDouble());
    return m;
}

QByteArray encodeDraft(const Draft& draft)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), draft.name);
    if (!draft.description.isEmpty())
        o.insert(QLatin1String("description"), draft.description);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodePatch(const Patch& patch)
{
    QJsonObject o;
    if (patch.name)
        o.insert(QLatin1String("name"), *patch.name);
    if (patch.description)
        o.insert(QLatin1String("description"), *patch.description);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace keycard::json
