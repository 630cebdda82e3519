#pragma once

// What every libFuzzer target of tests/fuzz shares: the Qt application object some code
// needs (translations, QLocale, the event dispatcher), the input as text, and a check that
// stops the run with a message when an invariant breaks (libFuzzer then saves the input).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pac::fuzz {

// Created once, before the first input (LLVMFuzzerInitialize), and never destroyed: the
// fuzzer exits with exit(), not by returning from main.
inline void ensureApplication(int *argc, char ***argv)
{
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", file, line, what);
    std::abort();
}

} // namespace pac::fuzz

#define PAC_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::pac::fuzz::fail(#condition, __FILE__, __LINE__);                                     \
    } while (false)
