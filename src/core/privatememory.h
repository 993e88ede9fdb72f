#pragma once

namespace keycard {

// Keeps this process's memory, which holds client secrets and access tokens, out of files and
// other processes: no core dump is written when it crashes (the kernel's, systemd-coredump's or a
// crash reporter's), and on Linux other processes of the same user cannot attach a debugger to it
// or read /proc/<pid>/mem. Called first in main(). Sanitizer builds keep their process traceable:
// LeakSanitizer inspects it with ptrace.
void keepMemoryPrivate();

} // namespace keycard
