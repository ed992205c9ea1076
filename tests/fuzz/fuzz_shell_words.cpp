// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The shell-word splitter under the curl import, and its inverse: a word quoted by shellQuote
// (code snippets, ewb's messages) must split back into exactly that word.
#include "fuzzcheck.h"
#include "interchange/shellwords.h"

#include <cstddef>
#include <cstdint>

using namespace ewb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(QByteArrayView(data, qsizetype(size)));

    // The whole input as one word.
    Result<QStringList> one = splitShellWords(shellQuote(text));
    fuzz::check(one.ok(), "a quoted word splits");
    fuzz::check(one.value() == QStringList {text}, "a quoted word splits into itself");

    Result<QStringList> words = splitShellWords(text);
    if (!words.ok()) {
        fuzz::check(!words.error().message.isEmpty(), "a refused command says why");
        return 0;
    }
    // The words it found, each quoted and joined with spaces, split into the same words.
    QStringList quoted;
    for (const QString &word : words.value())
        quoted.append(shellQuote(word));
    Result<QStringList> again = splitShellWords(quoted.join(QLatin1Char(' ')));
    fuzz::check(again.ok(), "quoted words split");
    fuzz::check(again.value() == words.value(), "quoted words split into the same words");
    return 0;
}
