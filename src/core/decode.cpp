#include "jsondecoder.h"
#include "logging.h"
#include "qtcompat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <simdjson.h>
#include <string_view>
#include <vector>

namespace keycard::json {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

enum class Need { Required, Optional };

// Bounds from openapi.yaml: Id and the page cursors are 1 to 255 characters, descriptions at
// most 500. Names, labels and client IDs have none there; the answer size bounds them.
constexpr qsizetype kMaxIdLength = 255;
constexpr qsizetype kMaxCursorLength = 255;
constexpr qsizetype kMaxDescriptionLength = 500;
// The contract does not bound expires_in; a longer lifetime than this (about 31 years) is
// read as this, so that the token provider's arithmetic in milliseconds stays in range.
constexpr qint64 kMaxExpiresIn = 1000000000;

QDateTime parseTimestampBytes(QByteArrayView text);

QByteArrayView bytes(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// Characters (code points) in valid UTF-8: every byte that does not continue a sequence.
qsizetype characters(std::string_view s)
{
    qsizetype n = 0;
    for (const char c : s)
        n += (uchar(c) & 0xC0) != 0x80;
    return n;
}

// A member of an object the decoder reads: found by one pass over the object's keys.
struct Slot
{
    std::string_view key;
    element value;
    bool present = false;
};

template <size_t N>
using Slots = std::array<Slot, N>;

template <size_t N>
Slots<N> fieldsNamed(const std::array<std::string_view, N>& keys)
{
    Slots<N> s;
    for (size_t i = 0; i < N; ++i)
        s[i].key = keys[i];
    return s;
}

// The last permissions object decoded, as its keys and booleans in order: every row of a page
// usually carries the same grants, decoded once and shared. Each row's object is compared with
// it in one walk, stopping at the first difference (walking both objects, as before, cost 16 M
// instructions for 10,000 rows). The keys point into the parser's document.
class GrantsLayout final
{
public:
    // Empty unless `v` is an object of objects of booleans.
    static GrantsLayout of(element v)
    {
        GrantsLayout layout;
        simdjson::dom::object resources;
        if (v.get_object().get(resources))
            return {};
        for (const simdjson::dom::key_value_pair resource : resources) {
            simdjson::dom::object actions;
            if (resource.value.get_object().get(actions))
                return {};
            layout.m_resources.push_back({resource.key, {}});
            for (const simdjson::dom::key_value_pair action : actions) {
                bool allowed = false;
                if (action.value.get_bool().get(allowed))
                    return {};
                layout.m_resources.back().actions.emplace_back(action.key, allowed);
            }
        }
        layout.m_valid = true;
        return layout;
    }

    bool matches(element v) const
    {
        simdjson::dom::object resources;
        if (!m_valid || v.get_object().get(resources))
            return false;
        size_t r = 0;
        for (const simdjson::dom::key_value_pair resource : resources) {
            simdjson::dom::object actions;
            if (r == m_resources.size() || resource.key != m_resources[r].key ||
                resource.value.get_object().get(actions))
                return false;
            const auto& expected = m_resources[r++].actions;
            size_t a = 0;
            for (const simdjson::dom::key_value_pair action : actions) {
                bool allowed = false;
                if (a == expected.size() || action.key != expected[a].first ||
                    action.value.get_bool().get(allowed) || allowed != expected[a].second)
                    return false;
                ++a;
            }
            if (a != expected.size())
                return false;
        }
        return r == m_resources.size();
    }

private:
    struct Resource
    {
        std::string_view key;
        std::vector<std::pair<std::string_view, bool>> actions;
    };
    std::vector<Resource> m_resources;
    bool m_valid = false;
};

// Where a value sits in the answer ("items[3]"), spelled out only for an error: building the
// text for every item of every page cost as much as decoding one of its strings.
class Path final
{
public:
    Path() = default;
    explicit Path(const QString& base, qsizetype index = -1) : m_base(base), m_index(index) {}

    QString text() const
    {
        return m_index < 0 ? m_base : m_base + u'[' + QString::number(m_index) + u']';
    }

private:
    QString m_base;
    qsizetype m_index = -1;
};

// Parses the body and reads fields with their paths, remembering the first problem.
class Reader final
{
public:
    explicit Reader(const QString& requestId) : m_requestId(requestId) {}

    bool failed() const { return m_failed; }

    void fail(const QString& where, const QString& problem)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = ApiError(ApiError::Kind::Decode);
        m_error.setField(where).setRequestId(m_requestId);
        m_error.setDetail(where.isEmpty() ? problem : where + QStringLiteral(": ") + problem);
        qCWarning(lcDecode).noquote()
            << "answer breaks the contract:" << m_error.detail() << "request" << m_requestId;
    }

    ApiError error() const { return m_error; }

    // Parses the whole body (strictly: see jsondecoder.h); its root object, or nothing after
    // a failure.
    std::optional<element> root(const QByteArray& body)
    {
        QByteArrayView text(body);
        if (text.startsWith("\xEF\xBB\xBF")) // RFC 8259 lets a parser skip it; strings keep theirs
            text = text.sliced(3);
        if (text.trimmed().isEmpty()) {
            fail(QString(), QStringLiteral("the answer is empty"));
            return std::nullopt;
        }
        element root;
        simdjson::dom::parser& parser = parserFor(size_t(text.size()));
        // simdjson reads past the end, so it parses a padded copy. Reading in place when the
        // body's allocation had room saved only 1% of decoding a 42 KB page.
        auto error = parser.parse(text.data(), size_t(text.size()), true).get(root);
        if (error) {
            fail(QString(), QStringLiteral("the answer is not valid JSON (%1)")
                                .arg(QLatin1String(simdjson::error_message(error))));
            return std::nullopt;
        }
        if (root.type() != element_type::OBJECT) {
            fail(QString(), QStringLiteral("the answer is not a JSON object"));
            return std::nullopt;
        }
        return root;
    }

    static QString join(const QString& where, std::string_view key)
    {
        const QString k = QString::fromUtf8(bytes(key));
        return where.isEmpty() ? k : where + QLatin1Char('.') + k;
    }

    static QString join(const Path& path, std::string_view key) { return join(path.text(), key); }

    // Finds the members named in out by one pass over the object at v (which must be one). A
    // key the decoder reads must not repeat: which of two values would count is not obvious.
    // Members it does not read are not looked at.
    template <size_t N>
    bool members(element v, const Path& path, Slots<N>& out)
    {
        simdjson::dom::object o;
        if (v.get_object().get(o)) {
            fail(path.text(), QStringLiteral("expected an object"));
            return false;
        }
        for (const simdjson::dom::key_value_pair member : o) {
            for (Slot& slot : out) {
                if (slot.key != member.key)
                    continue;
                if (slot.present) {
                    fail(join(path, member.key), QStringLiteral("the key appears more than once"));
                    return false;
                }
                slot.value = member.value;
                slot.present = true;
                break;
            }
        }
        return true;
    }

    // The slot's value, or nothing when absent or null (failing when Required).
    std::optional<element> value(const Slot& slot, const Path& path, Need need)
    {
        if (!slot.present || slot.value.is_null()) {
            if (need == Need::Required)
                fail(join(path, slot.key), slot.present ? QStringLiteral("required field is null")
                                                        : QStringLiteral("required field missing"));
            return std::nullopt;
        }
        return slot.value;
    }

    // A string of minLength..maxLength characters (maxLength < 0: unbounded).
    QString string(const Slot& slot, const Path& path, Need need, qsizetype minLength = 0,
                   qsizetype maxLength = -1)
    {
        const auto v = value(slot, path, need);
        if (!v)
            return {};
        std::string_view s;
        if (v->get_string().get(s)) {
            fail(join(path, slot.key), QStringLiteral("expected a string"));
            return {};
        }
        if (minLength > 0 && s.empty()) {
            fail(join(path, slot.key), QStringLiteral("must not be empty"));
            return {};
        }
        if (maxLength >= 0 && qsizetype(s.size()) > maxLength) {
            const qsizetype length = characters(s);
            if (length > maxLength) {
                fail(join(path, slot.key), QStringLiteral("%1 characters, more than the %2 allowed")
                                               .arg(length)
                                               .arg(maxLength));
                return {};
            }
        }
        return text(s);
    }

    bool boolean(const Slot& slot, const Path& path, Need need)
    {
        const auto v = value(slot, path, need);
        if (!v)
            return false;
        bool b = false;
        if (v->get_bool().get(b))
            fail(join(path, slot.key), QStringLiteral("expected true or false"));
        return b;
    }

    // A whole number from 0 up; above max it reads as max. The range is checked on the value
    // as parsed (64-bit integer or double) before any conversion.
    qint64 wholeNumber(const Slot& slot, const Path& path, Need need, qint64 absent, qint64 max)
    {
        const auto v = value(slot, path, need);
        if (!v)
            return absent;
        switch (v->type()) {
        case element_type::INT64: {
            const int64_t n = v->get_int64().value_unsafe();
            if (n >= 0)
                return std::min<int64_t>(n, max);
            break;
        }
        case element_type::UINT64: {
            const uint64_t n = v->get_uint64().value_unsafe();
            return n > uint64_t(max) ? max : qint64(n);
        }
        case element_type::DOUBLE: {
            const double d = v->get_double().value_unsafe();
            if (std::isfinite(d) && d >= 0 && std::floor(d) == d)
                return d >= double(max) ? max : qint64(d);
            break;
        }
        default:
            break;
        }
        fail(join(path, slot.key), QStringLiteral("expected a whole number from 0 up"));
        return absent;
    }

    QDateTime timestamp(const Slot& slot, const Path& path, Need need)
    {
        const auto v = value(slot, path, need);
        if (!v)
            return {};
        std::string_view s;
        if (v->get_string().get(s)) {
            fail(join(path, slot.key), QStringLiteral("expected a date-time string"));
            return {};
        }
        const QDateTime t = parseTimestampBytes(bytes(s));
        if (!t.isValid())
            fail(join(path, slot.key), QStringLiteral("not a valid date-time"));
        return t;
    }

    Permissions permissions(const Slot& slot, const Path& path)
    {
        Permissions p;
        const auto v = value(slot, path, Need::Optional);
        if (!v)
            return p;
        if (m_lastPermissions.present && m_lastLayout.matches(*v))
            return m_lastPermissions;
        // Paths are only spelled out for an error: this runs for every row of every page.
        const auto here = [&] {
            return join(path, "permissions");
        };
        simdjson::dom::object resources;
        if (v->get_object().get(resources)) {
            fail(here(), QStringLiteral("expected an object"));
            return p;
        }
        for (const simdjson::dom::key_value_pair resource : resources) {
            if (!isKnownResource(resource.key)) {
                // Checked for shape, not kept: a server may send any number of resource types,
                // and keeping them all cost 120 MB and a stalled window for 32,000 keys a row.
                if (!isGrantObject(resource.value)) {
                    fail(join(here(), resource.key), QStringLiteral("expected an object of true "
                                                                    "or false"));
                    return Permissions();
                }
                continue;
            }
            const QString name = text(resource.key);
            if (p.grants.contains(name)) {
                fail(join(here(), resource.key), QStringLiteral("the key appears more than once"));
                return Permissions();
            }
            simdjson::dom::object actions;
            if (resource.value.get_object().get(actions)) {
                fail(join(here(), resource.key), QStringLiteral("expected an object"));
                return Permissions();
            }
            QHash<QString, bool> granted;
            for (const simdjson::dom::key_value_pair action : actions) {
                const auto at = [&] {
                    return join(join(here(), resource.key), action.key);
                };
                bool allowed = false;
                if (action.value.get_bool().get(allowed)) {
                    fail(at(), QStringLiteral("expected true or false"));
                    return Permissions();
                }
                const QString actionName = text(action.key);
                if (granted.contains(actionName)) {
                    fail(at(), QStringLiteral("the key appears more than once"));
                    return Permissions();
                }
                granted.insert(actionName, allowed);
            }
            p.grants.insert(name, granted);
        }
        p.present = true;
        m_lastLayout = GrantsLayout::of(*v);
        m_lastPermissions = p;
        return p;
    }

private:
    static constexpr size_t kMaxDepth = 64; // a page nests five deep

    // The resource types whose permissions the app acts on (see RowPermissions and MainWindow).
    static bool isKnownResource(std::string_view key)
    {
        return key == "organizations" || key == "service_accounts" || key == "credentials";
    }

    static bool isGrantObject(simdjson::dom::element value)
    {
        simdjson::dom::object actions;
        if (value.get_object().get(actions))
            return false;
        for (const simdjson::dom::key_value_pair action : actions)
            if (!action.value.is_bool())
                return false;
        return true;
    }

    // UTF-8 (valid: simdjson checked it) to QString, keeping a leading U+FEFF: without
    // ConvertInitialBom, QString::fromUtf8 and QStringDecoder drop it as a byte order mark.
    // IDs, names and timestamps are mostly ASCII: those are copied as Latin-1, which allocates
    // the string once at its size (the decoder allocates for the worst case, then shrinks).
    QString text(std::string_view s)
    {
        if (isAscii(s))
            return QString::fromLatin1(s.data(), qsizetype(s.size()));
        return m_utf8.decode(bytes(s));
    }

    static bool isAscii(std::string_view s)
    {
        const char* p = s.data();
        const char* const end = p + s.size();
        constexpr quint64 kHighBits = 0x8080808080808080ULL;
        for (; end - p >= 8; p += 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & kHighBits)
                return false;
        }
        for (; p != end; ++p)
            if (uchar(*p) & 0x80)
                return false;
        return true;
    }

    QString m_requestId;
    bool m_failed = false;
    ApiError m_error;
    // A parser's buffers (about 15 bytes for each byte of the body) were allocated and freed
    // for every page; bodies up to kReusedCapacity share one parser per thread that keeps them.
    // A Reader parses once and nothing it calls decodes, so the shared parser is never in use
    // twice. Larger bodies get their own, freed with the Reader.
    simdjson::dom::parser& parserFor(size_t size)
    {
        thread_local simdjson::dom::parser shared;
        simdjson::dom::parser* parser = &shared;
        size_t capacity = kMinReusedCapacity;
        while (capacity < size)
            capacity *= 2;
        if (capacity > kReusedCapacity) {
            m_ownParser = std::make_unique<simdjson::dom::parser>();
            parser = m_ownParser.get();
            capacity = size;
        }
        // A failure to allocate leaves the parser empty: parse() tries again and reports it.
        if (parser->capacity() < capacity || parser->max_depth() != kMaxDepth) {
            [[maybe_unused]] const simdjson::error_code allocated =
                parser->allocate(capacity, kMaxDepth);
        }
        return *parser;
    }

    static constexpr size_t kMinReusedCapacity = 64 * 1024;
    static constexpr size_t kReusedCapacity = 512 * 1024;

    std::unique_ptr<simdjson::dom::parser> m_ownParser;
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                    QStringDecoder::Flag::ConvertInitialBom};
    GrantsLayout m_lastLayout; // in the parser's document
    Permissions m_lastPermissions;
};

Organization readOrganization(Reader& r, element o, const Path& path)
{
    auto m = fieldsNamed<7>(
        {"id", "created_at", "label", "name", "sso_enabled", "updated_at", "permissions"});
    Organization org;
    if (!r.members(o, path, m))
        return org;
    org.id = r.string(m[0], path, Need::Required, 1, kMaxIdLength);
    org.createdAt = r.timestamp(m[1], path, Need::Required);
    org.label = r.string(m[2], path, Need::Required);
    org.name = r.string(m[3], path, Need::Required);
    org.ssoEnabled = r.boolean(m[4], path, Need::Required);
    org.updatedAt = r.timestamp(m[5], path, Need::Required);
    org.permissions = r.permissions(m[6], path);
    return org;
}

ServiceAccount readServiceAccount(Reader& r, element o, const Path& path)
{
    auto m =
        fieldsNamed<6>({"id", "created_at", "name", "updated_at", "description", "permissions"});
    ServiceAccount a;
    if (!r.members(o, path, m))
        return a;
    a.id = r.string(m[0], path, Need::Required, 1, kMaxIdLength);
    a.createdAt = r.timestamp(m[1], path, Need::Required);
    a.name = r.string(m[2], path, Need::Required);
    a.updatedAt = r.timestamp(m[3], path, Need::Required);
    a.description = r.string(m[4], path, Need::Optional, 0, kMaxDescriptionLength);
    a.permissions = r.permissions(m[5], path);
    return a;
}

// Also reads the secret of a create's answer when secret is given.
Credential readCredential(Reader& r, element o, const Path& path, SecretString* secret = nullptr)
{
    auto m = fieldsNamed<8>({"id", "client_id", "created_at", "name", "description", "last_used_at",
                             "permissions", "client_secret"});
    Credential c;
    if (!r.members(o, path, m))
        return c;
    c.id = r.string(m[0], path, Need::Required, 1, kMaxIdLength);
    c.clientId = r.string(m[1], path, Need::Required);
    c.createdAt = r.timestamp(m[2], path, Need::Required);
    c.name = r.string(m[3], path, Need::Required);
    c.description = r.string(m[4], path, Need::Optional, 0, kMaxDescriptionLength);
    c.lastUsedAt = r.timestamp(m[5], path, Need::Optional);
    c.permissions = r.permissions(m[6], path);
    if (secret) {
        QString s = r.string(m[7], path, Need::Required, 1);
        *secret = SecretString(s);
        SecretString::wipe(s);
    }
    return c;
}

template <typename T, typename ReadItem>
Result<Page<T>> decodePage(const QByteArray& body, const QString& requestId, int limit,
                           ReadItem readItem)
{
    Reader r(requestId);
    const auto root = r.root(body);
    auto m = fieldsNamed<3>({"items", "page_info", "permissions"});
    Page<T> page;
    if (root && r.members(*root, Path(), m)) {
        if (const auto items = r.value(m[0], Path(), Need::Required)) {
            simdjson::dom::array array;
            if (items->get_array().get(array)) {
                r.fail(QStringLiteral("items"), QStringLiteral("expected an array"));
            } else if (const size_t count = array.size(); count > size_t(std::max(limit, 0))) {
                r.fail(
                    QStringLiteral("items"),
                    QStringLiteral("%1 items, more than the %2 asked for").arg(count).arg(limit));
            } else {
                page.items.reserve(qsizetype(count));
                qsizetype i = 0;
                for (const element e : array) {
                    const Path path(QStringLiteral("items"), i++);
                    T item = readItem(r, e, path);
                    if (r.failed())
                        break;
                    page.items.append(std::move(item));
                }
            }
        }
    }
    if (!r.failed()) {
        if (const auto info = r.value(m[1], Path(), Need::Required)) {
            const Path path(QStringLiteral("page_info"));
            auto p =
                fieldsNamed<4>({"has_next_page", "has_prev_page", "end_cursor", "start_cursor"});
            if (r.members(*info, path, p)) {
                page.pageInfo.hasNextPage = r.boolean(p[0], path, Need::Required);
                page.pageInfo.hasPrevPage = r.boolean(p[1], path, Need::Required);
                page.pageInfo.endCursor = r.string(p[2], path, Need::Optional, 1, kMaxCursorLength);
                page.pageInfo.startCursor =
                    r.string(p[3], path, Need::Optional, 1, kMaxCursorLength);
            }
        }
    }
    if (!r.failed())
        page.permissions = r.permissions(m[2], Path());
    if (r.failed())
        return Result<Page<T>>::failure(r.error());
    return Result<Page<T>>::success(std::move(page));
}

template <typename T, typename ReadItem>
Result<T> decodeOne(const QByteArray& body, const QString& requestId, ReadItem readItem)
{
    Reader r(requestId);
    const auto root = r.root(body);
    T item;
    if (root)
        item = readItem(r, *root, Path());
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

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[size_t(month - 1)];
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year from 1), as in
// Howard Hinnant's days_from_civil.
qint64 daysSinceEpoch(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400; // y >= 0 here
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
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
    // The checks QDate and QTime make, and the instant computed directly: building those and a
    // QDateTime from them cost more than the rest of the row's decoding.
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return {};
    if (hour > 23 || minute > 59 || second > 59)
        return {};
    const qint64 seconds = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 +
                           second - offsetSeconds;
    return compat::utcFromMSecsSinceEpoch(seconds * 1000 + millis);
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

Result<Page<Organization>> decodeOrganizationPage(const QByteArray& body, const QString& requestId,
                                                  int limit)
{
    return decodePage<Organization>(body, requestId, limit, readOrganization);
}

Result<Organization> decodeOrganization(const QByteArray& body, const QString& requestId)
{
    return decodeOne<Organization>(body, requestId, readOrganization);
}

Result<Page<ServiceAccount>> decodeServiceAccountPage(const QByteArray& body,
                                                      const QString& requestId, int limit)
{
    return decodePage<ServiceAccount>(body, requestId, limit, readServiceAccount);
}

Result<ServiceAccount> decodeServiceAccount(const QByteArray& body, const QString& requestId)
{
    return decodeOne<ServiceAccount>(body, requestId, readServiceAccount);
}

Result<Page<Credential>> decodeCredentialPage(const QByteArray& body, const QString& requestId,
                                              int limit)
{
    return decodePage<Credential>(
        body, requestId, limit,
        [](Reader& r, element o, const Path& path) { return readCredential(r, o, path); });
}

Result<Credential> decodeCredential(const QByteArray& body, const QString& requestId)
{
    return decodeOne<Credential>(body, requestId, [](Reader& r, element o, const Path& path) {
        return readCredential(r, o, path);
    });
}

Result<NewCredential> decodeNewCredential(const QByteArray& body, const QString& requestId)
{
    return decodeOne<NewCredential>(body, requestId, [](Reader& r, element o, const Path& path) {
        NewCredential created;
        created.credential = readCredential(r, o, path, &created.clientSecret);
        return created;
    });
}

Result<TokenAnswer> decodeToken(const QByteArray& body, const QString& requestId)
{
    return decodeOne<TokenAnswer>(body, requestId, [](Reader& r, element o, const Path& path) {
        auto m = fieldsNamed<3>({"access_token", "token_type", "expires_in"});
        TokenAnswer answer;
        if (!r.members(o, path, m))
            return answer;
        QString token = r.string(m[0], path, Need::Required, 1);
        answer.accessToken = SecretString(token);
        SecretString::wipe(token);
        answer.tokenType = r.string(m[1], path, Need::Required);
        if (!r.failed() &&
            answer.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
            r.fail(QStringLiteral("token_type"), QStringLiteral("expected Bearer"));
        answer.expiresInSeconds = int(r.wholeNumber(m[2], path, Need::Optional, -1, kMaxExpiresIn));
        return answer;
    });
}

ServerMessage decodeServerMessage(const QByteArray& body)
{
    // Lenient: an error body may be empty, HTML or cut off; whatever is readable is kept.
    ServerMessage m;
    simdjson::dom::parser parser;
    simdjson::dom::object o;
    if (parser.allocate(size_t(body.size()), 64) ||
        parser.parse(body.constData(), size_t(body.size())).get(o))
        return m;
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    std::string_view s;
    if (!o["message"].get(s))
        m.message = utf8.decode(bytes(s));
    const auto code = o["code"];
    double number = 0;
    if (!code.get(s))
        m.code = utf8.decode(bytes(s));
    else if (code.is_number() && !code.get(number))
        m.code = QString::number(number);
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
