#include "celltext.h"

namespace keycard::celltext {

QString elided(const QString& text, int maxChars)
{
    if (maxChars < 1)
        return QString();
    if (text.size() <= maxChars)
        return text;
    qsizetype keep = maxChars - 1; // room for the ellipsis
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace keycard::celltext
