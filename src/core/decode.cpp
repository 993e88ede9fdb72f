#include "jsondecoder.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

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
        const QString k = QLatin1String(key);
        const auto it = o.constFind(k);
        if (it == o.constEnd() || it->isNull() || it->isUndefined()) {
            if (need == Need::Required)
                fail(join(path, k), it == o.constEnd() ? QStringLiteral("required field missing")
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
        const QString here = join(path, QStringLiteral("permissions"));
        if (!v->isObject()) {
            fail(here, QStringLiteral("expected an object"));
            return p;
        }
        const QJsonObject resources = v->toObject();
        for (auto r = resources.constBegin(); r != resources.constEnd(); ++r) {
            const QString rpath = join(here, r.key());
            if (!r->isObject()) {
                fail(rpath, QStringLiteral("expected an object"));
                return p;
            }
            const QJsonObject actions = r->toObject();
            QHash<QString, bool> granted;
            for (auto a = actions.constBegin(); a != actions.constEnd(); ++a) {
                if (!a->isBool()) {
                    fail(join(rpath, a.key()), QStringLiteral("expected true or false"));
                    return p;
                }
                granted.insert(a.key(), a->toBool());
            }
            p.grants.insert(r.key(), granted);
        }
        p.present = true;
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
                const QString path = QStringLiteral("items[%1]").arg(i);
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

QDateTime parseTimestamp(const QString& text)
{
    // RFC 3339: date 'T' time, optional fraction of any length, then Z or an offset.
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt "
                       "](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs(fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt());
    QDateTime t(date, time, Qt::UTC);
    const QString zone = m.captured(4);
    if (!zone.isEmpty() && zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
        const int sign = zone.at(0) == QLatin1Char('-') ? -1 : 1;
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        t = t.addSecs(-sign * (hours * 3600 + minutes * 60));
    }
    return t;
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
