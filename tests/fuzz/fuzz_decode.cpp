// Every answer decoder over one input. The first byte picks the limit the page decoders are
// given (1..100, as the client sends); the rest is the body. The next-page cursor peeked before
// decoding must be the one the page decoders read whenever they accept the answer.
#include "cursorpeek.h"
#include "fuzzcheck.h"
#include "jsondecoder.h"

#include <cstddef>
#include <cstdint>

using namespace keycard;

namespace {

template <typename T>
void checkPage(const Result<Page<T>>& page, int limit)
{
    if (page.ok())
        FUZZ_CHECK(page.value().items.size() <= limit);
    else
        FUZZ_CHECK(page.error().isError());
}

// A guess the decoder would not confirm costs a wasted request; one it reads differently from
// an answer it accepts would be a bug in one of the two.
template <typename T>
void checkPeek(const Result<Page<T>>& page, const QString& peeked)
{
    if (!page.ok() || !page.value().pageInfo.hasNextPage)
        return;
    FUZZ_CHECK(peeked.isEmpty() || peeked == page.value().pageInfo.endCursor);
}

template <typename T>
void checkOne(const Result<T>& result)
{
    FUZZ_CHECK(result.ok() || result.error().isError());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const int limit = 1 + data[0] % 100;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const QString requestId = QStringLiteral("fuzz");

    const QString peeked = peekNextCursor(body);
    const auto organizations = json::decodeOrganizationPage(body, requestId, limit);
    checkPage(organizations, limit);
    checkPeek(organizations, peeked);
    const auto accounts = json::decodeServiceAccountPage(body, requestId, limit);
    checkPage(accounts, limit);
    checkPeek(accounts, peeked);
    const auto credentials = json::decodeCredentialPage(body, requestId, limit);
    checkPage(credentials, limit);
    checkPeek(credentials, peeked);
    checkOne(json::decodeOrganization(body, requestId));
    checkOne(json::decodeServiceAccount(body, requestId));
    checkOne(json::decodeCredential(body, requestId));
    checkOne(json::decodeNewCredential(body, requestId));
    const auto token = json::decodeToken(body, requestId);
    checkOne(token);
    if (token.ok())
        FUZZ_CHECK(token.value().expiresInSeconds >= -1 &&
                   token.value().expiresInSeconds <= 1000000000);
    json::decodeServerMessage(body);
    return 0;
}
