#include "output.h"

#include <QtGlobal>
#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <poll.h>
#include <unistd.h>
#endif

namespace keycard::cli {

int writeAll(FILE* stream, QByteArrayView bytes)
{
    errno = 0;
    const size_t size = size_t(bytes.size());
    if (std::fwrite(bytes.data(), 1, size, stream) == size && std::fflush(stream) == 0 &&
        !std::ferror(stream))
        return 0;
    return errno != 0 ? errno : EIO;
}

bool readerLeft(int error)
{
    return error == EPIPE;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool stdoutReaderGone()
{
#if defined(Q_OS_UNIX)
    // A pipe without a reader polls as an error at once; a file or a terminal never does.
    pollfd out{STDOUT_FILENO, POLLOUT, 0};
    return ::poll(&out, 1, 0) == 1 && (out.revents & POLLERR) != 0;
#else
    return false;
#endif
}

} // namespace keycard::cli
