#pragma once

#include <QByteArray>
#include <QString>

namespace keycard {

// The next page's cursor in a list answer, found before the answer is parsed: a guess that lets
// the next page be asked for while this one is decoded. The decoded page_info decides; a guess
// it does not confirm only costs a request called back. Empty when the answer says there is no
// next page or anything about the cursor is unusual (escapes, spaces, a cursor too long).
QString peekNextCursor(const QByteArray& body);

} // namespace keycard
