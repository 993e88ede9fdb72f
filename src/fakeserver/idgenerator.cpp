#include "idgenerator.h"

namespace keycard::fake {

namespace {
constexpr char kAlphabet[] = "useandom26T198340PXpxJACKVERYMINDBUSHWOLFGQZbfghjklqvwyzrict";
constexpr int kAlphabetSize = sizeof(kAlphabet) - 1;
} // namespace

QString IdGenerator::next(int length)
{
    QString id;
    id.reserve(length);
    for (int i = 0; i < length; ++i)
        id.append(QLatin1Char(kAlphabet[m_random.bounded(kAlphabetSize)]));
    return id;
}

} // namespace keycard::fake
