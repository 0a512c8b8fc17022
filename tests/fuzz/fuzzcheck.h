#pragma once
// Shared by the fuzz targets: invariant checks that libFuzzer reports as crashes (with the input saved), and the
// input as a QByteArray without a copy.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A failed invariant prints itself and aborts; libFuzzer reports that as a crash.
#define FUZZ_CHECK(condition) ((condition) ? void(0) : jwfuzz::fail(#condition, __FILE__, __LINE__))

namespace jwfuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, what);
    std::abort();
}

// A message for the user: present, and one line.
inline bool oneLine(const QString &text)
{
    return !text.isEmpty() && !text.contains(u'\n');
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace jwfuzz
