#pragma once

#include "fault.h"
#include "httpreply.h"

#include <QJsonObject>

class QTcpSocket;

namespace keycard::fake::hostile {

// Writes `reply` (a successful JSON answer: a list page or a token) bent by one of the hostile
// fault kinds (Fault::Kind::HugeString ... ManyPermissionKeys; DuplicateIds is shaped earlier by
// duplicateIds()). Large bodies are streamed, so the server never holds them whole.
void send(QTcpSocket* socket, const HttpReply& reply, const Fault& fault, bool closeAfter);

// A list page whose items are all `item` (twice) and whose cursor is the real page's, so every
// page repeats the same ID under a fresh cursor, and more pages always follow.
QByteArray duplicateIds(const QByteArray& body, const QJsonObject& item);

// The gzip (RFC 1952) or zlib (RFC 1950, HTTP's "deflate") stream of `prefix`, then
// `fillerBytes` spaces, then `suffix`, made as it is written: repeated full-flushed deflate
// blocks of spaces, so a stream that inflates to gigabytes costs a few kilobytes to make.
StreamedBody compressionBomb(const QByteArray& prefix, qint64 fillerBytes, const QByteArray& suffix,
                             bool zlibFormat);

} // namespace keycard::fake::hostile
