#pragma once

#include <QByteArrayView>
#include <QString>
#include <cstdio>

namespace keycard::cli {

// Writes all of `bytes` to `stream` and flushes it. False when they did not all arrive: the
// reader has gone (`keycardctl … | head`), the disk is full, the device failed. `error` (when
// given) receives the errno.
bool writeAll(FILE* stream, QByteArrayView bytes, int* error = nullptr);

// A reader that stopped reading (EPIPE): not worth a message, as with any Unix tool.
bool readerLeft(int error);

// The text of an errno, for a message.
QString errorText(int error);

// stdout is a pipe whose reader has already gone: whatever is written there is lost.
bool stdoutReaderGone();

} // namespace keycard::cli
