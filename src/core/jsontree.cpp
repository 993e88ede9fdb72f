#include "jsontree.h"

#include <cmath>

namespace keycard::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at d[at]; -1 when they are not there.
int hex4(const char* d, qsizetype size, qsizetype at)
{
    if (size - at < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(d[at + i]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence (2 to 4 bytes) starting at d[at] (>= 0x80); 0 when it is
// not one: overlong forms, encoded surrogates and code points above U+10FFFF are refused.
int utf8Sequence(const char* d, qsizetype size, qsizetype at)
{
    const auto byte = [&](qsizetype i) {
        return at + i < size ? uchar(d[at + i]) : uchar(0);
    };
    const uchar c = byte(0);
    if (c >= 0xC2 && c <= 0xDF)
        return isContinuation(byte(1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar c1 = byte(1);
        if (c == 0xE0 && (c1 < 0xA0 || c1 > 0xBF))
            return 0;
        if (c == 0xED && (c1 < 0x80 || c1 > 0x9F))
            return 0;
        return isContinuation(c1) && isContinuation(byte(2)) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar c1 = byte(1);
        if (c == 0xF0 && (c1 < 0x90 || c1 > 0xBF))
            return 0;
        if (c == 0xF4 && (c1 < 0x80 || c1 > 0x8F))
            return 0;
        return isContinuation(c1) && isContinuation(byte(2)) && isContinuation(byte(3)) ? 4 : 0;
    }
    return 0;
}

void appendUtf8(QByteArray& out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool JsonTree::fail(const char* what, qsizetype at)
{
    m_error = QString::fromLatin1(what);
    m_errorOffset = at;
    m_nodes.clear();
    return false;
}

// d[at] is the opening quote; on success at is just past the closing one.
bool JsonTree::parseString(qsizetype& at, bool& escaped)
{
    const char* d = m_body.constData();
    const qsizetype size = m_body.size();
    escaped = false;
    ++at;
    while (at < size) {
        const char c = d[at];
        if (c == '"') {
            ++at;
            return true;
        }
        const uchar u = uchar(c);
        if (u < 0x20)
            return fail("control character in a string", at);
        if (u >= 0x80) {
            const int length = utf8Sequence(d, size, at);
            if (length == 0)
                return fail("invalid UTF-8 in a string", at);
            at += length;
            continue;
        }
        if (c != '\\') {
            ++at;
            continue;
        }
        escaped = true;
        if (at + 1 >= size)
            break;
        switch (d[at + 1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            at += 2;
            break;
        case 'u': {
            const int unit = hex4(d, size, at + 2);
            if (unit < 0)
                return fail("invalid \\u escape", at);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return fail("lone low surrogate in a \\u escape", at);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const bool pair = at + 7 < size && d[at + 6] == '\\' && d[at + 7] == 'u';
                const int low = pair ? hex4(d, size, at + 8) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail("lone high surrogate in a \\u escape", at);
                at += 12;
            } else {
                at += 6;
            }
            break;
        }
        default:
            return fail("invalid escape sequence", at);
        }
    }
    return fail("unterminated string", at);
}

bool JsonTree::parseNumber(qsizetype& at)
{
    const char* d = m_body.constData();
    const qsizetype size = m_body.size();
    const qsizetype start = at;
    if (d[at] == '-')
        ++at;
    if (at >= size || !isDigit(d[at]))
        return fail("invalid number", at);
    if (d[at] == '0') {
        ++at;
        if (at < size && isDigit(d[at]))
            return fail("invalid number (leading zero)", at);
    } else {
        while (at < size && isDigit(d[at]))
            ++at;
    }
    if (at < size && d[at] == '.') {
        ++at;
        if (at >= size || !isDigit(d[at]))
            return fail("invalid number", at);
        while (at < size && isDigit(d[at]))
            ++at;
    }
    if (at < size && (d[at] == 'e' || d[at] == 'E')) {
        ++at;
        if (at < size && (d[at] == '+' || d[at] == '-'))
            ++at;
        if (at >= size || !isDigit(d[at]))
            return fail("invalid number", at);
        while (at < size && isDigit(d[at]))
            ++at;
    }
    bool ok = false;
    const double value = QByteArray::fromRawData(d + start, at - start).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail("number out of range", start);
    return true;
}

bool JsonTree::parseLiteral(qsizetype& at, const char* word, qsizetype length)
{
    if (m_body.size() - at < length || qstrncmp(m_body.constData() + at, word, size_t(length)) != 0)
        return fail("not a JSON value", at);
    at += length;
    return true;
}

bool JsonTree::parse(const QByteArray& body, int maxDepth)
{
    m_body = body;
    m_nodes.clear();
    m_error.clear();
    m_errorOffset = -1;
    m_nodes.reserve(size_t(body.size() / 16) + 4);

    const char* d = m_body.constData();
    const qsizetype size = m_body.size();
    qsizetype at = 0;
    if (size >= 3 && uchar(d[0]) == 0xEF && uchar(d[1]) == 0xBB && uchar(d[2]) == 0xBF)
        at = 3; // byte order mark
    const auto skipSpace = [&] {
        while (at < size && isSpace(d[at]))
            ++at;
    };
    const auto addNode = [&](Type type, qsizetype begin, qsizetype end, quint8 flag) {
        Node n;
        n.begin = begin;
        n.end = end;
        n.type = quint8(type);
        n.flag = flag;
        n.next = quint32(m_nodes.size() + 1);
        m_nodes.push_back(n);
    };
    // An object member's key and colon; at is past the colon.
    const auto readKey = [&] {
        skipSpace();
        if (at >= size || d[at] != '"')
            return fail("expected a string as the member's name", at);
        const qsizetype begin = at;
        bool escaped = false;
        if (!parseString(at, escaped))
            return false;
        addNode(Type::String, begin + 1, at - 1, escaped ? 1 : 0);
        skipSpace();
        if (at >= size || d[at] != ':')
            return fail("expected a colon after the member's name", at);
        ++at;
        return true;
    };

    std::vector<quint32> open; // the containers being read, innermost last
    for (;;) {
        // A value.
        skipSpace();
        if (at >= size)
            return fail(open.empty() ? "no value" : "the document ends too early", at);
        const char c = d[at];
        const qsizetype begin = at;
        if (c == '{' || c == '[') {
            if (int(open.size()) >= maxDepth)
                return fail("nested too deeply", at);
            open.push_back(quint32(m_nodes.size()));
            addNode(c == '{' ? Type::Object : Type::Array, begin, begin, 0);
            ++at;
            skipSpace();
            if (at < size && d[at] == (c == '{' ? '}' : ']')) {
                ++at;
                Node& n = m_nodes[open.back()];
                n.end = at;
                open.pop_back();
            } else {
                if (c == '{' && !readKey())
                    return false;
                continue; // its first value
            }
        } else if (c == '"') {
            bool escaped = false;
            if (!parseString(at, escaped))
                return false;
            addNode(Type::String, begin + 1, at - 1, escaped ? 1 : 0);
        } else if (c == 't') {
            if (!parseLiteral(at, "true", 4))
                return false;
            addNode(Type::Bool, begin, at, 1);
        } else if (c == 'f') {
            if (!parseLiteral(at, "false", 5))
                return false;
            addNode(Type::Bool, begin, at, 0);
        } else if (c == 'n') {
            if (!parseLiteral(at, "null", 4))
                return false;
            addNode(Type::Null, begin, at, 0);
        } else if (c == '-' || isDigit(c)) {
            if (!parseNumber(at))
                return false;
            addNode(Type::Number, begin, at, 0);
        } else {
            return fail("not a JSON value", at);
        }

        // After a value: the next member or element, or the end of containers.
        for (;;) {
            if (open.empty()) {
                skipSpace();
                if (at != size)
                    return fail("garbage after the document", at);
                return true;
            }
            const bool isObject = m_nodes[open.back()].type == quint8(Type::Object);
            ++m_nodes[open.back()].count;
            skipSpace();
            if (at >= size)
                return fail("the document ends too early", at);
            if (d[at] == ',') {
                ++at;
                if (isObject && !readKey())
                    return false;
                break; // the next value
            }
            if (d[at] != (isObject ? '}' : ']'))
                return fail(isObject ? "expected a comma or }" : "expected a comma or ]", at);
            ++at;
            Node& n = m_nodes[open.back()];
            n.end = at;
            n.next = quint32(m_nodes.size());
            open.pop_back();
        }
    }
}

double JsonTree::toDouble(int node) const
{
    const QByteArrayView bytes = raw(node);
    return QByteArray::fromRawData(bytes.data(), bytes.size()).toDouble();
}

QString JsonTree::toString(int node) const
{
    const QByteArrayView bytes = raw(node);
    if (!hasEscapes(node))
        return QString::fromUtf8(bytes);
    // Escapes were checked by parse(): undo them into UTF-8, then convert once.
    QByteArray out;
    out.reserve(bytes.size());
    const char* d = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype at = 0; at < size;) {
        const char c = d[at];
        if (c != '\\') {
            out.append(c);
            ++at;
            continue;
        }
        const char e = d[at + 1];
        at += 2;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            uint cp = uint(hex4(d, size, at));
            at += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                const uint low = uint(hex4(d, size, at + 2));
                at += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default: // " \ /
            out.append(e);
            break;
        }
    }
    return QString::fromUtf8(out);
}

bool JsonTree::keyEquals(int keyNode, QLatin1String key) const
{
    if (hasEscapes(keyNode))
        return toString(keyNode) == key;
    const QByteArrayView bytes = raw(keyNode);
    return bytes.size() == key.size() &&
           (key.size() == 0 || memcmp(bytes.data(), key.data(), size_t(key.size())) == 0);
}

bool JsonTree::keysEqual(int keyA, int keyB) const
{
    if (hasEscapes(keyA) || hasEscapes(keyB))
        return toString(keyA) == toString(keyB);
    return raw(keyA) == raw(keyB);
}

int JsonTree::find(int object, QLatin1String key) const
{
    int found = kNone;
    for (int k = firstChild(object); k != kNone; k = next(k + 1, object)) {
        if (keyEquals(k, key))
            found = k + 1;
    }
    return found;
}

} // namespace keycard::json
