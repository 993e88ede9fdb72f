// The local server's request reading, fed in pieces. The first 4 bytes give the sizes of the
// pieces (1..256, in turn); the rest is what arrives on one connection. Whatever the pieces,
// the requests read are the same as when everything arrives at once.
#include "fuzzcheck.h"
#include "httprequestreader.h"

#include <QList>
#include <cstddef>
#include <cstdint>

using keycard::fake::ApiRequest;
using keycard::fake::HttpRequestReader;

namespace {

void drain(HttpRequestReader& reader, QList<ApiRequest>* requests)
{
    reader.takeContinue();
    while (auto request = reader.next()) {
        FUZZ_CHECK(request->body.size() <= HttpRequestReader::kMaxBodyBytes);
        requests->append(std::move(*request));
    }
    if (reader.failed()) {
        const int status = reader.errorStatus();
        FUZZ_CHECK(status == 400 || status == 413 || status == 431 || status == 501);
        FUZZ_CHECK(!reader.next());
    }
}

bool same(const ApiRequest& a, const ApiRequest& b)
{
    return a.method == b.method && a.path == b.path && a.query == b.query &&
           a.headers == b.headers && a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    const QByteArray stream(reinterpret_cast<const char*>(data) + 4, qsizetype(size - 4));

    HttpRequestReader inPieces;
    QList<ApiRequest> pieced;
    qsizetype bodyBytes = 0;
    for (qsizetype at = 0, turn = 0; at < stream.size(); ++turn) {
        const qsizetype piece = 1 + data[turn % 4];
        inPieces.feed(stream.mid(at, piece));
        at += piece;
        drain(inPieces, &pieced);
    }
    for (const auto& request : std::as_const(pieced))
        bodyBytes += request.body.size();
    FUZZ_CHECK(bodyBytes <= stream.size());

    HttpRequestReader atOnce;
    QList<ApiRequest> whole;
    atOnce.feed(stream);
    drain(atOnce, &whole);

    FUZZ_CHECK(pieced.size() == whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        FUZZ_CHECK(same(pieced.at(i), whole.at(i)));
    FUZZ_CHECK(inPieces.errorStatus() == atOnce.errorStatus());
    return 0;
}
