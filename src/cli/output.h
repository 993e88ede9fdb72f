#pragma once

#include <QByteArrayView>
#include <QString>
#include <cstdio>

namespace keycard::cli {

// Writes all of `bytes` to `stream` and flushes it. Returns 0 when they all arrived, else the
// errno: the reader has gone (`keycardctl … | head`), the disk is full, the device failed.
int writeAll(FILE* stream, QByteArrayView bytes);

// A reader that stopped reading (EPIPE): not worth a message, as with any Unix tool.
bool readerLeft(int error);

// The text of an errno, for a message.
QString errorText(int error);

// stdout is a pipe whose reader has already gone: whatever is written there is lost.
bool stdoutReaderGone();

} // namespace keycard::cli
