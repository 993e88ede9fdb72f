#include "hostile.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <zlib.h>

namespace keycard::fake::hostile {

namespace {
constexpr qint64 kRun = 64 * 1024;         // one copy of a filler piece
constexpr qint64 kBombBlock = 1024 * 1024; // spaces per full-flushed deflate block
const QString kMarker = QStringLiteral("@@KEYCARD_HOSTILE@@");
const QByteArray kQuotedMarker = QByteArrayLiteral("\"@@KEYCARD_HOSTILE@@\"");

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// `count` copies of `c`, as pieces of at most kRun bytes.
QList<BodyPiece> filler(char c, qint64 count)
{
    QList<BodyPiece> pieces;
    if (count / kRun > 0)
        pieces.append({QByteArray(kRun, c), count / kRun, {}});
    if (count % kRun > 0)
        pieces.append({QByteArray(count % kRun, c), 1, {}});
    return pieces;
}

// The object a fault bends: a list's first item, or the answer itself (a token).
bool isList(const QJsonObject& object)
{
    return !object.value(QStringLiteral("items")).toArray().isEmpty();
}

QJsonObject withInTarget(QJsonObject object, const QString& listField, const QString& tokenField,
                         const QJsonValue& value)
{
    if (!isList(object)) {
        object.insert(tokenField, value);
        return object;
    }
    QJsonArray items = object.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.first().toObject();
    first.insert(listField, value);
    items.replace(0, first);
    object.insert(QStringLiteral("items"), items);
    return object;
}

// The compact text of `object` split around the one marker in it; the marker's quotes go.
std::pair<QByteArray, QByteArray> splitAtMarker(const QJsonObject& object)
{
    const QByteArray text = compact(object);
    const qsizetype at = text.indexOf(kQuotedMarker);
    return {text.left(at), text.mid(at + kQuotedMarker.size())};
}

StreamedBody around(const std::pair<QByteArray, QByteArray>& split, QList<BodyPiece> middle)
{
    middle.prepend({split.first, 1, {}});
    middle.append({split.second, 1, {}});
    return StreamedBody(std::move(middle));
}

QByteArray deflateChunk(z_stream& stream, const QByteArray& input, int flush)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    char buffer[16384];
    do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0 || stream.avail_in > 0);
    return out;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        out[i] = char((value >> (24 - 8 * i)) & 0xff);
    return out;
}

QByteArray littleEndian32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        out[i] = char((value >> (8 * i)) & 0xff);
    return out;
}

QByteArray manyPermissionKeys(QJsonObject object, qint64 keys)
{
    const QString permissions = QStringLiteral("permissions");
    if (!object.contains(permissions))
        object.insert(permissions, QJsonObject());
    QByteArray extra;
    extra.reserve(keys * 40);
    for (qint64 i = 0; i < keys; ++i) {
        extra += "\"extra_resource_" + QByteArray::number(i) + "\":{\"read\":true}";
        if (i + 1 < keys)
            extra += ',';
    }
    QByteArray text = compact(object);
    // Into the list's permissions (the last, keys being sorted) and the first item's.
    const QByteArray key = "\"permissions\":{";
    QList<qsizetype> at{text.lastIndexOf(key)};
    const qsizetype firstItem = text.indexOf(key);
    if (firstItem >= 0 && firstItem != at.first())
        at.append(firstItem); // after the last one, so positions stay valid
    for (const qsizetype pos : std::as_const(at)) {
        const qsizetype open = pos + key.size();
        const bool empty = text.at(open) == '}';
        text.insert(open, empty ? extra : extra + ',');
    }
    return text;
}
} // namespace

StreamedBody compressionBomb(const QByteArray& prefix, qint64 fillerBytes, const QByteArray& suffix,
                             bool zlibFormat)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray block(kBombBlock, ' ');
    const QByteArray head = deflateChunk(stream, prefix, Z_FULL_FLUSH);
    // After a full flush the compressor starts afresh, so every block of spaces compresses to the
    // same bytes: the second one is repeated.
    const QByteArray first = deflateChunk(stream, block, Z_FULL_FLUSH);
    const QByteArray repeated = deflateChunk(stream, block, Z_FULL_FLUSH);
    const qint64 blocks = fillerBytes / kBombBlock;
    const QByteArray rest(fillerBytes % kBombBlock, ' ');
    const QByteArray tail = deflateChunk(stream, rest + suffix, Z_FINISH);
    deflateEnd(&stream);

    // The check value of the whole inflated stream, combined without making it.
    uLong check = zlibFormat ? adler32(0, nullptr, 0) : crc32(0, nullptr, 0);
    const auto update = [zlibFormat](uLong value, const QByteArray& bytes) {
        const auto* data = reinterpret_cast<const Bytef*>(bytes.constData());
        return zlibFormat ? adler32(value, data, uInt(bytes.size()))
                          : crc32(value, data, uInt(bytes.size()));
    };
    check = update(check, prefix);
    const uLong blockCheck =
        update(zlibFormat ? adler32(0, nullptr, 0) : crc32(0, nullptr, 0), block);
    for (qint64 i = 0; i < blocks; ++i)
        check = zlibFormat ? adler32_combine(check, blockCheck, kBombBlock)
                           : crc32_combine(check, blockCheck, kBombBlock);
    check = update(check, rest + suffix);
    const qint64 inflated = prefix.size() + fillerBytes + suffix.size();

    const QByteArray header = zlibFormat
                                  ? QByteArray("\x78\xda", 2)
                                  : QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    const QByteArray trailer = zlibFormat ? bigEndian32(quint32(check))
                                          : littleEndian32(quint32(check)) +
                                                littleEndian32(quint32(inflated & 0xffffffff));
    QList<BodyPiece> pieces{{header + head, 1, {}}};
    if (blocks > 0)
        pieces.append({first, 1, {}});
    if (blocks > 1)
        pieces.append({repeated, blocks - 1, {}});
    pieces.append({tail + trailer, 1, {}});
    return StreamedBody(std::move(pieces));
}

QByteArray duplicateIds(const QByteArray& body, const QJsonObject& item)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    object.insert(QStringLiteral("items"), QJsonArray{item, item});
    QJsonObject pageInfo = object.value(QStringLiteral("page_info")).toObject();
    pageInfo.insert(QStringLiteral("has_next_page"), true);
    object.insert(QStringLiteral("page_info"), pageInfo);
    return compact(object);
}

void send(QTcpSocket* socket, const HttpReply& reply, const Fault& fault, bool closeAfter)
{
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    const qint64 size = fault.sizeOrDefault();
    HttpReply out = reply;
    switch (fault.kind) {
    case Fault::Kind::HugeString: {
        const auto split = splitAtMarker(
            withInTarget(object, QStringLiteral("name"), QStringLiteral("access_token"), kMarker));
        QList<BodyPiece> middle{{"\"", 1, {}}};
        middle += filler('x', size);
        middle.append({"\"", 1, {}});
        wire::sendStreamed(socket, out, around(split, middle), closeAfter);
        return;
    }
    case Fault::Kind::DeepNesting: {
        const auto split = splitAtMarker(
            withInTarget(object, QStringLiteral("nested"), QStringLiteral("nested"), kMarker));
        wire::sendStreamed(socket, out, around(split, filler('[', size) + filler(']', size)),
                           closeAfter);
        return;
    }
    case Fault::Kind::HugeBody: {
        const QByteArray text = compact(object);
        const qint64 padding = std::max<qint64>(0, size - text.size());
        wire::sendStreamed(socket, out, around({text.chopped(1), "}"}, filler(' ', padding)),
                           closeAfter);
        return;
    }
    case Fault::Kind::DripFeed:
        wire::sendDripped(socket, out, fault.intervalMs, closeAfter);
        return;
    case Fault::Kind::DecompressionBomb: {
        const QByteArray text = compact(object);
        out.setHeader("Content-Encoding", fault.deflate ? "deflate" : "gzip");
        wire::sendStreamed(socket, out,
                           compressionBomb(text.chopped(1), std::max<qint64>(0, size - text.size()),
                                           "}", fault.deflate),
                           closeAfter);
        return;
    }
    case Fault::Kind::ItemsBeyondLimit: {
        QJsonObject list = object;
        list.insert(QStringLiteral("items"), QJsonArray{kMarker});
        const auto split = splitAtMarker(list);
        const auto item = [](qint64 index) -> QByteArray {
            const QByteArray number = QByteArray::number(index).rightJustified(9, '0');
            return "{\"created_at\":\"2026-01-01T00:00:00Z\",\"id\":\"beyond" + number +
                   "\",\"name\":\"Beyond the limit " + number +
                   "\",\"updated_at\":\"2026-01-01T00:00:00Z\"}";
        };
        QList<BodyPiece> middle;
        if (size > 0) {
            middle.append({item(0), 1, {}});
            middle.append({"," + item(1), size - 1, [item](qint64 index) -> QByteArray {
                               return "," + item(index + 1);
                           }});
        }
        wire::sendStreamed(socket, out, around(split, middle), closeAfter);
        return;
    }
    case Fault::Kind::HugeNumbers: {
        QJsonObject bent = object;
        if (isList(object)) {
            QJsonArray items = object.value(QStringLiteral("items")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QJsonObject item = items.at(i).toObject();
                item.insert(QStringLiteral("revision"), kMarker);
                items.replace(i, item);
            }
            bent.insert(QStringLiteral("items"), items);
            QJsonObject pageInfo = object.value(QStringLiteral("page_info")).toObject();
            pageInfo.insert(QStringLiteral("total_count"), kMarker);
            bent.insert(QStringLiteral("page_info"), pageInfo);
        } else {
            bent.insert(QStringLiteral("expires_in"), kMarker);
        }
        out.body = compact(bent).replace(kQuotedMarker, fault.number);
        break;
    }
    case Fault::Kind::ManyPermissionKeys:
        out.body = manyPermissionKeys(object, size);
        break;
    default:
        break;
    }
    wire::send(socket, out, closeAfter);
}

} // namespace keycard::fake::hostile
