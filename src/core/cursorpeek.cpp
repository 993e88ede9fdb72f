#include "cursorpeek.h"

#include <simdjson.h>

namespace keycard {

namespace {
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

QString peekNextCursor(const QByteArray& body)
{
    // page_info follows the items, and what may follow it (the list's permissions) is short:
    // only the end of the answer is searched and parsed. Parsing the whole answer a second
    // time, even with simdjson's On-Demand parser, cost about 200,000 instructions a page of
    // 100, as much as the raw network loop's whole work for that page.
    constexpr qsizetype kTailBytes = 4096;
    const QByteArrayView tail = QByteArrayView(body).last(qMin(body.size(), kTailBytes));
    const qsizetype at = tail.lastIndexOf(QByteArrayView("\"page_info\":"));
    if (at <= 0)
        return {};
    // A key of an object follows '{' or ','; a quote after anything else (a backslash) is
    // inside a string.
    qsizetype before = at - 1;
    while (before > 0 && isJsonSpace(tail[before]))
        --before;
    if (tail[before] != ',' && tail[before] != '{')
        return {};
    // '{' and the answer from that key on are a JSON object of their own only when the key is
    // one of the answer's outermost object: a nested one leaves its containers' closers over,
    // and the strict parser refuses the text.
    const QByteArray text = '{' + tail.sliced(at).toByteArray();
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(text.constData(), size_t(text.size()), true).get(root))
        return {};
    bool next = false;
    if (root["page_info"]["has_next_page"].get_bool().get(next) || !next)
        return {};
    constexpr size_t kMaxCursorBytes = 255; // openapi.yaml: cursors are 1 to 255 characters
    std::string_view cursor;
    if (root["page_info"]["end_cursor"].get_string().get(cursor) || cursor.empty() ||
        cursor.size() > kMaxCursorBytes)
        return {};
    return QString::fromUtf8(cursor.data(), qsizetype(cursor.size()));
}

} // namespace keycard
