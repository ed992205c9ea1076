// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// A pasted curl command (docs, a terminal, a colleague's chat message) read into a saved request.
// What it produces must save and read back unchanged.
#include "fuzzcheck.h"
#include "interchange/curlimport.h"
#include "json/jsonparser.h"

#include <cstddef>
#include <cstdint>

using namespace ewb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString command = QString::fromUtf8(QByteArrayView(data, qsizetype(size)));
    Result<CurlImport> imported = importCurlCommand(command);
    if (!imported.ok()) {
        fuzz::check(!imported.error().code.isEmpty(), "a refused command has a code");
        fuzz::check(!imported.error().message.isEmpty(), "a refused command says why");
        return 0;
    }
    const SavedRequest &request = imported.value().request;
    const QByteArray saved = request.toFileBytes();
    Result<JsonValue> doc = parseJson(saved);
    fuzz::check(doc.ok(), "an imported request's file is JSON");
    Result<SavedRequest> back = SavedRequest::fromJson(doc.value());
    fuzz::check(back.ok(), "an imported request's file reads back");
    fuzz::check(back.value().toFileBytes() == saved, "an imported request saves the same once read back");
    return 0;
}
