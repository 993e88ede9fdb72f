#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of a harness: when it does not hold, say which and abort, so libFuzzer saves the
// input (and the replay test fails). Unlike assert(), it stays on in optimised builds.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
