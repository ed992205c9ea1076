// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// A collection's files as a git checkout may hold them (a merge conflict, a hand edit, a file from
// someone else's tool): each input is written as collection.json and folder.json of a folder, and
// read by the loaders the window and ewb use: loadRequestFile, loadCollectionHeader, loadFolderInfo.
// A request that reads must save and read back unchanged.
#include "collections/collection.h"
#include "fuzzcheck.h"
#include "json/jsonparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace ewb;

namespace {

void writeFile(const QString &path, QByteArrayView bytes)
{
    // The fuzzer's own scratch file: plain writes, not the product's writeFileAtomically.
    QFile file(path);
    fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
    fuzz::check(file.write(bytes.data(), bytes.size()) == bytes.size(), "the scratch file is written");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir scratch; // one folder for the whole run, removed at exit
    fuzz::check(scratch.isValid(), "a scratch folder");
    const QByteArrayView bytes(data, qsizetype(size));
    const QString folder = scratch.path();
    const QString header = QDir(folder).filePath(QLatin1String(collectionFileName));
    writeFile(header, bytes);
    writeFile(QDir(folder).filePath(QLatin1String(folderFileName)), bytes);

    CollectionProblem problem;
    if (Result<SavedRequest> request = loadRequestFile(header, &problem); request.ok()) {
        const QByteArray saved = request.value().toFileBytes();
        Result<JsonValue> doc = parseJson(saved);
        fuzz::check(doc.ok(), "a saved request file is JSON");
        Result<SavedRequest> back = SavedRequest::fromJson(doc.value());
        fuzz::check(back.ok(), "a saved request file reads back");
        fuzz::check(back.value().toFileBytes() == saved, "a request read back saves the same bytes");
    } else {
        fuzz::check(!problem.message.isEmpty(), "a file that does not read says why");
        (void)problem.toString();
    }
    problem = {};
    if (Result<Collection> c = loadCollectionHeader(folder, &problem); !c.ok())
        fuzz::check(!c.error().message.isEmpty(), "a header that does not read says why");
    if (Result<FolderInfo> f = loadFolderInfo(folder, &problem); !f.ok())
        fuzz::check(!problem.message.isEmpty(), "a folder.json that does not read says where");
    return 0;
}
