#pragma once

#include "serverlimits.h"

#include <QString>
#include <QVariant>

namespace keycard::celltext {

// `text` cut to at most `maxChars` characters, the last of them "…" when anything was cut
// (never in the middle of a surrogate pair). Cheap for huge strings: only the kept part is
// copied.
QString elided(const QString& text, int maxChars);

// What a table cell shows of a name, ID, label or client ID.
inline QString shown(const QString& text)
{
    return elided(text, limits::kMaxCellTextChars);
}
// What a table cell shows of a description.
inline QString shownDescription(const QString& text)
{
    return elided(text, limits::kMaxCellDescriptionChars);
}
// The whole value, up to the sane length: tooltips, the edit dialog, the filter.
inline QString full(const QString& text)
{
    return elided(text, limits::kMaxFullTextChars);
}
// A tooltip with the whole value when the cell had to elide it; none otherwise.
inline QVariant tooltipIfElided(const QString& text, int shownChars = limits::kMaxCellTextChars)
{
    return text.size() > shownChars ? QVariant(full(text)) : QVariant();
}

} // namespace keycard::celltext
