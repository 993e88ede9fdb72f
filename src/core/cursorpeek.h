#pragma once

#include <QByteArray>
#include <QString>

namespace keycard {

// The next page's cursor in a list answer, found before the answer is parsed: a guess that lets
// the next page be asked for while this one is decoded. The decoded page_info decides; a guess
// it does not confirm only costs a request called back. Empty when the answer says there is no
// next page, when page_info is not near the end of the answer, or when anything about it is
// unusual (a cursor too long, a key spelled with escapes).
QString peekNextCursor(const QByteArray& body);

} // namespace keycard
