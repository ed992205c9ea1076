// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Postman collection import: a file from anyone's disk or a colleague. What it produces must be
// savable and read back as it was, and its Postman export must import again.
#include "collections/collection.h"
#include "fuzzcheck.h"
#include "interchange/postmanexport.h"
#include "interchange/postmanimport.h"
#include "json/jsonparser.h"

#include <cstddef>
#include <cstdint>

using namespace ewb;

namespace {

// A request of the collection, saved and read back, saves to the same bytes.
void checkRequestsRoundTrip(const std::vector<CollectionItem> &items)
{
    for (const CollectionItem &item : items) {
        if (item.isFolder()) {
            checkRequestsRoundTrip(item.children);
            continue;
        }
        const QByteArray saved = item.request.toFileBytes();
        Result<JsonValue> doc = parseJson(saved);
        fuzz::check(doc.ok(), "an imported request's file is JSON");
        Result<SavedRequest> back = SavedRequest::fromJson(doc.value());
        fuzz::check(back.ok(), "an imported request's file reads back");
        fuzz::check(back.value().toFileBytes() == saved, "an imported request saves the same once read back");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Result<PostmanImport> imported = importPostmanCollection(QByteArrayView(data, qsizetype(size)));
    if (!imported.ok()) {
        fuzz::check(!imported.error().code.isEmpty(), "a refused import has a code");
        return 0;
    }
    const Collection &collection = imported.value().collection;
    checkRequestsRoundTrip(collection.items);
    (void)collection.requestCount();
    const PostmanExport exported = exportPostmanCollection(collection);
    Result<PostmanImport> again = importPostmanCollection(exported.json);
    fuzz::check(again.ok(), "an export of an imported collection imports again");
    fuzz::check(again.value().collection.requestCount() == collection.requestCount(),
        "an export keeps every request");
    return 0;
}
