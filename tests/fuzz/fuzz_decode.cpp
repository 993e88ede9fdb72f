// Every answer decoder over one input. The first byte picks the limit the page decoders are
// given (1..100, as the client sends); the rest is the body.
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

    checkPage(json::decodeOrganizationPage(body, requestId, limit), limit);
    checkPage(json::decodeServiceAccountPage(body, requestId, limit), limit);
    checkPage(json::decodeCredentialPage(body, requestId, limit), limit);
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
