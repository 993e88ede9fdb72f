#include "privatememory.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define KEYCARD_LEAK_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define KEYCARD_LEAK_CHECKED 1
#endif
#endif

namespace keycard {

void keepMemoryPrivate()
{
#if defined(Q_OS_UNIX)
    // Both limits: a raised soft limit could bring core files back.
    const rlimit noCoreFiles{0, 0};
    setrlimit(RLIMIT_CORE, &noCoreFiles);
#endif
#if defined(Q_OS_LINUX) && !defined(KEYCARD_LEAK_CHECKED)
    // Stronger than the limit: the kernel then writes no core at all, not even to a pipe that
    // ignores RLIMIT_CORE, and refuses ptrace and /proc/<pid>/mem to other unprivileged processes.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace keycard
