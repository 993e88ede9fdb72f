#include "jsondecoder.h"
#include "jsontree.h"
#include "logging.h"
#include "qtcompat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace keycard::json {

namespace {

enum class Need { Required, Optional };

QDateTime parseTimestampBytes(QByteArrayView text);

// Reads fields with their paths, remembering the first problem. Objects and values are nodes
// of the body's JsonTree (kNone: absent).
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

    // Parses the whole body; the root object or kNone after a failure.
    int root(const QByteArray& body)
    {
        if (body.trimmed().isEmpty()) {
            fail(QString(), QStringLiteral("the answer is empty"));
            return JsonTree::kNone;
        }
        if (!m_tree.parse(body)) {
            fail(QString(), QStringLiteral("the answer is not valid JSON (%1 at offset %2)")
                                .arg(m_tree.errorString())
                                .arg(m_tree.errorOffset()));
            return JsonTree::kNone;
        }
        if (m_tree.type(JsonTree::kRoot) != JsonTree::Type::Object) {
            fail(QString(), QStringLiteral("the answer is not a JSON object"));
            return JsonTree::kNone;
        }
        return JsonTree::kRoot;
    }

    const JsonTree& tree() const { return m_tree; }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    // The value at key, or kNone when absent/null (failing when Required).
    int value(int o, const QString& path, const char* key, Need need)
    {
        const int v = o == JsonTree::kNone ? JsonTree::kNone : m_tree.find(o, QLatin1String(key));
        if (v == JsonTree::kNone || m_tree.isNull(v)) {
            if (need == Need::Required)
                fail(join(path, QLatin1String(key)),
                     v == JsonTree::kNone ? QStringLiteral("required field missing")
                                          : QStringLiteral("required field is null"));
            return JsonTree::kNone;
        }
        return v;
    }

    QString string(int o, const QString& path, const char* key, Need need, bool nonEmpty = false)
    {
        const int v = value(o, path, key, need);
        if (v == JsonTree::kNone)
            return {};
        if (m_tree.type(v) != JsonTree::Type::String) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected a string"));
            return {};
        }
        QString s = m_tree.toString(v);
        if (nonEmpty && s.isEmpty())
            fail(join(path, QLatin1String(key)), QStringLiteral("must not be empty"));
        return s;
    }

    bool boolean(int o, const QString& path, const char* key, Need need)
    {
        const int v = value(o, path, key, need);
        if (v == JsonTree::kNone)
            return false;
        if (m_tree.type(v) != JsonTree::Type::Bool) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected true or false"));
            return false;
        }
        return m_tree.toBool(v);
    }

    int integer(int o, const QString& path, const char* key, Need need, int absent)
    {
        const int v = value(o, path, key, need);
        if (v == JsonTree::kNone)
            return absent;
        const bool isNumber = m_tree.type(v) == JsonTree::Type::Number;
        const double d = isNumber ? m_tree.toDouble(v) : 0;
        if (!isNumber || d != double(qint64(d)) || d < 0 || d > 1e9) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected a whole number"));
            return absent;
        }
        return int(d);
    }

    QDateTime timestamp(int o, const QString& path, const char* key, Need need)
    {
        const int v = value(o, path, key, need);
        if (v == JsonTree::kNone)
            return {};
        if (m_tree.type(v) != JsonTree::Type::String) {
            fail(join(path, QLatin1String(key)), QStringLiteral("expected a date-time string"));
            return {};
        }
        // Read straight from the body's bytes: this runs for every date of every row.
        const QDateTime t = m_tree.hasEscapes(v) ? parseTimestamp(m_tree.toString(v))
                                                 : parseTimestampBytes(m_tree.raw(v));
        if (!t.isValid())
            fail(join(path, QLatin1String(key)), QStringLiteral("not a valid date-time"));
        return t;
    }

    Permissions permissions(int o, const QString& path)
    {
        Permissions p;
        const int v = value(o, path, "permissions", Need::Optional);
        if (v == JsonTree::kNone)
            return p;
        // Paths are only spelled out for an error: this runs for every row of every page.
        const auto here = [&] {
            return join(path, QStringLiteral("permissions"));
        };
        if (m_tree.type(v) != JsonTree::Type::Object) {
            fail(here(), QStringLiteral("expected an object"));
            return p;
        }
        // Every row of a page usually carries the same grants: decode them once and share.
        const QByteArrayView raw = m_tree.raw(v);
        if (m_lastPermissions.present && raw == m_lastPermissionsJson)
            return m_lastPermissions;
        // As a QJsonObject would: a repeated key counts once (its last value), and the first
        // problem reported is the one under the smallest key.
        QString failedResource, failedAction, failedProblem;
        bool failed = false, failedInActions = false;
        for (int rk = m_tree.firstChild(v); rk != JsonTree::kNone; rk = m_tree.next(rk + 1, v)) {
            if (!isLastOfKey(rk, v))
                continue;
            const QString resource = m_tree.toString(rk);
            if (failed && resource >= failedResource)
                continue;
            const int actions = rk + 1;
            if (m_tree.type(actions) != JsonTree::Type::Object) {
                failed = true;
                failedResource = resource;
                failedInActions = false;
                failedProblem = QStringLiteral("expected an object");
                continue;
            }
            QHash<QString, bool> granted;
            granted.reserve(m_tree.count(actions));
            bool actionFailed = false;
            QString badAction;
            for (int ak = m_tree.firstChild(actions); ak != JsonTree::kNone;
                 ak = m_tree.next(ak + 1, actions)) {
                if (!isLastOfKey(ak, actions))
                    continue;
                const QString action = m_tree.toString(ak);
                if (m_tree.type(ak + 1) != JsonTree::Type::Bool) {
                    if (!actionFailed || action < badAction)
                        badAction = action;
                    actionFailed = true;
                    continue;
                }
                granted.insert(action, m_tree.toBool(ak + 1));
            }
            if (actionFailed) {
                failed = true;
                failedResource = resource;
                failedAction = badAction;
                failedInActions = true;
                failedProblem = QStringLiteral("expected true or false");
                continue;
            }
            if (!failed)
                p.grants.insert(resource, granted);
        }
        if (failed) {
            const QString at = join(here(), failedResource);
            fail(failedInActions ? join(at, failedAction) : at, failedProblem);
            return Permissions();
        }
        p.present = true;
        m_lastPermissionsJson = raw;
        m_lastPermissions = p;
        return p;
    }

    int object(int v, const QString& path)
    {
        if (v == JsonTree::kNone || m_tree.type(v) != JsonTree::Type::Object) {
            fail(path, QStringLiteral("expected an object"));
            return JsonTree::kNone;
        }
        return v;
    }

private:
    // True when no later member of object repeats keyNode's key.
    bool isLastOfKey(int keyNode, int object) const
    {
        for (int k = m_tree.next(keyNode + 1, object); k != JsonTree::kNone;
             k = m_tree.next(k + 1, object)) {
            if (m_tree.keysEqual(k, keyNode))
                return false;
        }
        return true;
    }

    QString m_requestId;
    bool m_failed = false;
    ApiError m_error;
    JsonTree m_tree;
    QByteArrayView m_lastPermissionsJson; // into m_tree's body
    Permissions m_lastPermissions;
};

Organization readOrganization(Reader& r, int o, const QString& path)
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

ServiceAccount readServiceAccount(Reader& r, int o, const QString& path)
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

Credential readCredential(Reader& r, int o, const QString& path)
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
    const int root = r.root(body);
    const JsonTree& tree = r.tree();
    Page<T> page;
    if (!r.failed()) {
        const int items = r.value(root, QString(), "items", Need::Required);
        const bool isArray = items != JsonTree::kNone && tree.type(items) == JsonTree::Type::Array;
        if (items != JsonTree::kNone && !isArray)
            r.fail(QStringLiteral("items"), QStringLiteral("expected an array"));
        if (isArray) {
            page.items.reserve(tree.count(items));
            qsizetype i = 0;
            for (int e = tree.firstChild(items); e != JsonTree::kNone && !r.failed();
                 e = tree.next(e, items), ++i) {
                const QString path = QStringLiteral("items[") + QString::number(i) + u']';
                const int o = r.object(e, path);
                if (!r.failed())
                    page.items.append(readItem(r, o, path));
            }
        }
    }
    if (!r.failed()) {
        const int info = r.value(root, QString(), "page_info", Need::Required);
        if (info != JsonTree::kNone) {
            const QString path = QStringLiteral("page_info");
            const int o = r.object(info, path);
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
    const int root = r.root(body);
    T item;
    if (!r.failed())
        item = readItem(r, root, QString());
    if (r.failed())
        return Result<T>::failure(r.error());
    return Result<T>::success(std::move(item));
}

} // namespace

namespace {
char16_t unit(QStringView text, qsizetype at)
{
    return text[at].unicode();
}

char16_t unit(QByteArrayView text, qsizetype at)
{
    return char16_t(uchar(text[at]));
}

// Reads `count` ASCII digits at `at`; -1 when any is not a digit.
template <typename View>
int digits(View text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unit(text, at + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// Any character that is not ASCII makes the text invalid, so UTF-8 bytes and UTF-16 units read
// the same.
template <typename View>
QDateTime parseTimestampIn(View t)
{
    // RFC 3339: yyyy-MM-dd 'T' HH:mm:ss, an optional fraction of any length, then Z or an
    // offset. Read by hand: this runs for every date of every row, and a regular expression
    // made it the slowest part of decoding a page.
    if (t.size() < 19 || unit(t, 4) != u'-' || unit(t, 7) != u'-' || unit(t, 13) != u':' ||
        unit(t, 16) != u':')
        return {};
    if (unit(t, 10) != u'T' && unit(t, 10) != u't' && unit(t, 10) != u' ')
        return {};
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype at = 19;
    int millis = 0;
    if (at < t.size() && unit(t, at) == u'.') {
        const qsizetype start = ++at;
        while (at < t.size() && unit(t, at) >= u'0' && unit(t, at) <= u'9')
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
        const View zone = t.sliced(at);
        if (zone.size() == 1 && (unit(zone, 0) == u'Z' || unit(zone, 0) == u'z')) {
            // UTC
        } else if ((unit(zone, 0) == u'+' || unit(zone, 0) == u'-') &&
                   (zone.size() == 5 || zone.size() == 6)) {
            const bool colon = zone.size() == 6;
            if (colon && unit(zone, 3) != u':')
                return {};
            const int hours = digits(zone, 1, 2);
            const int minutes = digits(zone, colon ? 4 : 3, 2);
            if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
                return {};
            offsetSeconds = (unit(zone, 0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result = compat::utcDateTime(date, time);
    return offsetSeconds == 0 ? result : result.addSecs(-offsetSeconds);
}

QDateTime parseTimestampBytes(QByteArrayView text)
{
    return parseTimestampIn(text);
}
} // namespace

QDateTime parseTimestamp(const QString& text)
{
    return parseTimestampIn(QStringView(text));
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
    return decodeOne<NewCredential>(body, requestId, [](Reader& r, int o, const QString& path) {
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
    return decodeOne<TokenAnswer>(body, requestId, [](Reader& r, int o, const QString& path) {
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
