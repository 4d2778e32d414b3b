#pragma once

#include <QByteArray>
#include <QGuiApplication>
#include <cstddef>
#include <cstdint>

namespace csr::fuzz {

// The fuzzer's bytes without a copy: no terminating NUL after them, so AddressSanitizer sees a
// read one past the end that a copy would hide.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Images, SVG and fonts need a QGuiApplication; headless, made once per process.
inline void startHeadlessGui()
{
    static int argc = 1;
    static char name[] = "csr_fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(argc, argv);
}

// A broken promise of the code under test: abort so that libFuzzer keeps the input.
inline void require(bool holds)
{
    if (!holds)
        __builtin_trap();
}

} // namespace csr::fuzz
