#include "httprequestreader.h"

#include <QUrl>
#include <algorithm>
#include <utility>

namespace keycard::fake {

namespace {
// RFC 9110, 5.6.2: the characters of a method or a header name.
bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasControlCharacters(const QByteArray& text, bool allowTab)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && !(allowTab && c == '\t')) || byte == 0x7f)
            return true;
    }
    return false;
}

// Where the blank line that ends a request head ends, searching from `from`; -1 when the head
// is not complete yet. Bare LF line ends are accepted as RFC 9112, 2.2 allows.
qsizetype headEnd(const QByteArray& buffer, qsizetype* from)
{
    for (qsizetype i = buffer.indexOf('\n', *from); i >= 0; i = buffer.indexOf('\n', i + 1)) {
        if (i + 1 >= buffer.size()) {
            *from = i;
            return -1;
        }
        if (buffer.at(i + 1) == '\n')
            return i + 2;
        if (buffer.at(i + 1) == '\r') {
            if (i + 2 >= buffer.size()) {
                *from = i;
                return -1;
            }
            if (buffer.at(i + 2) == '\n')
                return i + 3;
        }
    }
    *from = buffer.size();
    return -1;
}
} // namespace

void HttpRequestReader::feed(const QByteArray& bytes)
{
    if (m_closed || failed())
        return;
    m_buffer.append(bytes);
}

std::optional<ApiRequest> HttpRequestReader::next()
{
    if (m_closed || failed())
        return std::nullopt;
    if (!m_haveHead && !readHead())
        return std::nullopt;
    if (m_buffer.size() < m_bodyLength)
        return std::nullopt;

    ApiRequest request = std::move(m_request);
    request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_request = {};
    m_haveHead = false;
    m_bodyLength = 0;
    m_continuePending = false;
    m_scanned = 0;
    if (request.header("Connection").compare("close", Qt::CaseInsensitive) == 0) {
        m_closed = true;
        m_buffer.clear();
    }
    return request;
}

bool HttpRequestReader::takeContinue()
{
    return std::exchange(m_continuePending, false);
}

bool HttpRequestReader::readHead()
{
    // RFC 9112, 2.2: empty lines before a request line are ignored.
    qsizetype start = 0;
    while (start < m_buffer.size() && (m_buffer.at(start) == '\r' || m_buffer.at(start) == '\n'))
        ++start;
    if (start > 0) {
        m_buffer.remove(0, start);
        m_scanned = 0;
    }

    const qsizetype end = headEnd(m_buffer, &m_scanned);
    if (end < 0 ? m_buffer.size() > kMaxHeadBytes : end > kMaxHeadBytes) {
        fail(431, QStringLiteral("Request line and headers exceed %1 bytes").arg(kMaxHeadBytes));
        return false;
    }
    if (end < 0)
        return false;

    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end);
    m_scanned = 0;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (!parseRequestLine(lines.constFirst()))
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty() && !parseHeaderLine(lines.at(i)))
            return false;
    }
    if (!checkBody())
        return false;
    m_haveHead = true;
    return true;
}

bool HttpRequestReader::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/') ||
        hasControlCharacters(parts.at(1), false)) {
        fail(400, QStringLiteral("Malformed request line"));
        return false;
    }
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0") {
        fail(400, QStringLiteral("Unsupported HTTP version"));
        return false;
    }
    QByteArray target = parts.at(1);
    const qsizetype fragment = target.indexOf('#');
    if (fragment >= 0)
        target.truncate(fragment);
    // Decoded as QHttpServerRequest did: the path fully decoded (so %2F becomes a slash), the
    // query as a QUrlQuery. Path and query are set apart so "//x" never reads as a host.
    const qsizetype question = target.indexOf('?');
    QUrl url;
    url.setPath(QString::fromUtf8(question < 0 ? target : target.left(question)),
                QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(QString::fromUtf8(target.mid(question + 1)), QUrl::TolerantMode);
    if (!url.isValid()) {
        fail(400, QStringLiteral("Malformed request target"));
        return false;
    }
    m_request.method = parts.at(0);
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    return true;
}

bool HttpRequestReader::parseHeaderLine(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (colon <= 0 || !isToken(name) || hasControlCharacters(value, true)) {
        fail(400, QStringLiteral("Malformed header line"));
        return false;
    }
    m_request.headers.append({name, value});
    return true;
}

bool HttpRequestReader::checkBody()
{
    if (!m_request.header("Transfer-Encoding").isEmpty()) {
        fail(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
        return false;
    }
    QByteArray length;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!length.isNull() && value != length) {
            fail(400, QStringLiteral("Conflicting Content-Length headers"));
            return false;
        }
        length = value;
    }
    if (length.isNull())
        return true;
    const bool digits =
        !length.isEmpty() &&
        std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
        fail(400, QStringLiteral("Malformed Content-Length"));
        return false;
    }
    bool ok = false;
    const qulonglong size = length.toULongLong(&ok);
    if (!ok || size > qulonglong(kMaxBodyBytes)) {
        fail(413, QStringLiteral("Request body exceeds %1 bytes").arg(kMaxBodyBytes));
        return false;
    }
    m_bodyLength = qsizetype(size);
    m_continuePending =
        m_bodyLength > m_buffer.size() &&
        m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    return true;
}

void HttpRequestReader::fail(int status, const QString& message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_request = {};
    m_haveHead = false;
}

} // namespace keycard::fake
