#include "cursorpeek.h"

#include <simdjson.h>

namespace keycard {

QString peekNextCursor(const QByteArray& body)
{
    // A page of 100 is about 40 KB. The parser keeps buffers for the largest body it has read,
    // so a huge (hostile) answer gets no guess rather than a parser that holds on to megabytes.
    constexpr qsizetype kMaxPeekedBytes = 512 * 1024;
    if (body.size() > kMaxPeekedBytes)
        return {};
    // simdjson's On-Demand parser finds page_info after the items without building them.
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return {};
    simdjson::ondemand::object info;
    if (doc.find_field_unordered("page_info").get_object().get(info))
        return {};
    bool next = false;
    if (info.find_field_unordered("has_next_page").get_bool().get(next) || !next)
        return {};
    constexpr size_t kMaxCursorBytes = 255; // openapi.yaml: cursors are 1 to 255 characters
    std::string_view cursor;
    if (info.find_field_unordered("end_cursor").get_string().get(cursor) || cursor.empty() ||
        cursor.size() > kMaxCursorBytes)
        return {};
    return QString::fromUtf8(cursor.data(), qsizetype(cursor.size()));
}

} // namespace keycard
