// Cursors both ways: the local server's codec decoding attacker-controlled cursor text, and the
// client carrying any cursor text in `after`/`before` to the server unchanged. The first 8
// bytes are a list position, the rest is cursor text (UTF-8) and also names the list.
#include "apiurl.h"
#include "cursorcodec.h"
#include "fuzzcheck.h"
#include "httprequestreader.h"

#include <QUrlQuery>
#include <QtEndian>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace keycard;

namespace {

// The request the server reads for `url`, sent as QNetworkAccessManager sends it.
std::optional<fake::ApiRequest> serverSide(const QUrl& url)
{
    fake::HttpRequestReader reader;
    reader.feed("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    return reader.next();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fake::CursorCodec codec;
    if (size < 8)
        return 0;
    const quint64 seq = qFromBigEndian<quint64>(data);
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data) + 8, qsizetype(size - 8));
    const QString scope = QStringLiteral("organizations/") + text.left(8);

    // Whatever a client sends, decoding never crashes; a cursor of its own list decodes to its
    // position and is refused by any other list.
    codec.decode(scope, text);
    const QString cursor = codec.encode(scope, seq);
    FUZZ_CHECK(codec.decode(scope, cursor) == seq);
    FUZZ_CHECK(!codec.decode(scope + QLatin1Char('x'), cursor));

    // The client percent-encodes any cursor text; the server reads back exactly that text.
    PageRequest page;
    page.limit = int(seq % 300) - 100;
    page.after = cursor;
    page.before = text;
    const QUrl base(QStringLiteral("http://127.0.0.1:1/api/"));
    const QUrl url = apiUrl(base, {QStringLiteral("organizations")}, &page, true);
    FUZZ_CHECK(url.isValid());
    const auto request = serverSide(url);
    FUZZ_CHECK(request.has_value());
    FUZZ_CHECK(request->path == QStringLiteral("/api/organizations"));
    const int limit = request->query.queryItemValue(QStringLiteral("limit")).toInt();
    FUZZ_CHECK(limit >= 1 && limit <= 100 && limit == sentPageLimit(page));
    const QString after =
        request->query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    FUZZ_CHECK(after == cursor);
    FUZZ_CHECK(codec.decode(scope, after) == seq);
    // Qt's percent-decoding, which the server's reading shares with QHttpServerRequest, turns a
    // noncharacter (U+FFFE, U+FFFF, ...) into replacement characters although the client
    // encoded it correctly: such text arrives changed (and no cursor of the server holds one).
    const auto ucs4 = text.toUcs4();
    const bool nonCharacter = std::any_of(ucs4.cbegin(), ucs4.cend(),
                                          [](char32_t c) { return QChar::isNonCharacter(c); });
    if (!text.isEmpty() && !nonCharacter) {
        FUZZ_CHECK(request->query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded) ==
                   text);
    }
    return 0;
}
