#pragma once

#include <QtGlobal>

// Bounds on what the server may send before the app trusts it (ARCHITECTURE.md, "Everything the
// server sends is bounded"). One place, so that the transport, the models and the dialogs agree.
// (Not named limits.h: src/core is on the include path, and <climits> includes <limits.h>.)
namespace keycard::limits {

// The largest answer body read, in bytes (after Content-Encoding is undone). Reading stops and
// the reply is aborted as soon as it is passed; a Content-Length above it is refused up front.
// Not retried: the same request would bring the same answer.
inline constexpr qint64 kMaxAnswerBytes = 8 * 1024 * 1024;

// The longest one attempt may take from sending to the last byte, however steadily bytes
// trickle in (the inactivity time-out only catches silence). A safe request that runs out of
// time is tried again within the retry budget; a create is not (its outcome is unknown).
inline constexpr int kMaxAttemptMs = 60 * 1000;

// The longest text a table cell shows (DisplayRole) before it is elided with "…": names, IDs,
// labels and client IDs...
inline constexpr int kMaxCellTextChars = 256;
// ...and descriptions (the API accepts up to 500 characters).
inline constexpr int kMaxCellDescriptionChars = 500;

// The longest text shown whole: tooltips, the edit dialog, and what the filter searches.
// Anything beyond is cut (with "…") so that text layout never sees a megabyte-long string.
inline constexpr int kMaxFullTextChars = 4000;

} // namespace keycard::limits
