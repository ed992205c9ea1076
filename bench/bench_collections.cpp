// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Figures for collections and history (issue 5's targets: open 5,000 requests < 500 ms, search
// 100,000 history entries < 50 ms). Prints; asserts nothing. Run: build/dev/bench/bench_collections
#include "collections/collection.h"
#include "collections/filenames.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace ewb;

namespace {

long vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void print(const char *what, double value, const char *unit)
{
    std::printf("%-58s %10.1f %s\n", what, value, unit);
}

Collection bigCollection(int requests)
{
    Collection c = Collection::create(QStringLiteral("Bench"));
    c.variables = {Variable {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:8080/v1"), false}};
    for (int f = 0; f < requests / 100; ++f) {
        CollectionItem folder =
            CollectionItem::makeFolder(FolderInfo {QStringLiteral("Folder %1").arg(f), {}, {}});
        for (int r = 0; r < 100; ++r) {
            SavedRequest s;
            s.name = QStringLiteral("Track %1-%2").arg(f).arg(r);
            s.type = CallType::Track;
            s.target.baseUrl = QStringLiteral("{{baseUrl}}");
            s.setBodyText(QStringLiteral(
                R"({"userId":"user-%1","event":"Order Completed","properties":{"total":%2,"currency":"EUR","items":[{"sku":"a-%1","qty":1}]},"context":{"ip":"10.0.0.1"}})")
                              .arg(f * 100 + r)
                              .arg(r * 1.5));
            folder.children.push_back(CollectionItem::makeRequest(std::move(s)));
        }
        c.items.push_back(std::move(folder));
    }
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const long rssStart = vmRssKb();
    QElapsedTimer timer;

    // File names for N requests with the same name, N and 2N: doubling N should about double the
    // time (it was cubic: 2,000 alike took 28 s to import).
    for (int n : {2000, 4000}) {
        timer.start();
        TakenFileNames taken;
        for (int i = 0; i < n; ++i)
            (void)taken.unique(
                safeFileName(u"Track: Order Completed", QStringLiteral("request")), QStringLiteral(".json"));
        print(QStringLiteral("file names for %1 requests named alike").arg(n).toUtf8().constData(),
            double(timer.nsecsElapsed()) / 1e6, "ms");
    }

    Collection written = bigCollection(5000);
    timer.start();
    if (!saveCollection(written, dir.filePath(QStringLiteral("c"))).ok())
        return 1;
    print("write a collection of 5,000 requests", double(timer.elapsed()), "ms");
    written = Collection();

    double best = 1e9;
    Collection opened;
    for (int i = 0; i < 3; ++i) {
        timer.start();
        Result<LoadedCollection> loaded = loadCollection(dir.filePath(QStringLiteral("c")));
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        if (!loaded || loaded->collection.requestCount() != 5000)
            return 1;
        opened = std::move(loaded->collection);
    }
    print("open a collection of 5,000 requests (best of 3; target 500)", best, "ms");

    HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    history.setRetention(RetentionPolicy {0, 0});
    if (!history.open().ok())
        return 1;
    timer.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    for (int batch = 0; batch < 100; ++batch) {
        QList<HistoryEntry> entries;
        for (int i = 0; i < 1000; ++i) {
            const int n = batch * 1000 + i;
            HistoryEntry e;
            e.sentAt = start.addSecs(n);
            e.type = n % 3 ? CallType::Track : CallType::Identify;
            e.sourceName = n % 2 ? QStringLiteral("Sandbox") : QStringLiteral("Production EU");
            e.url = QStringLiteral("http://127.0.0.1:8080/v1/track");
            e.requestHeaders = {{"Content-Type", "application/json"}, {"Authorization", "Basic <redacted>"}};
            e.requestBody = QStringLiteral(
                R"({"userId":"user-%1","event":"Order Completed","properties":{"total":%2,"sku":"sku-%3"}})")
                                .arg(n)
                                .arg(n % 97)
                                .arg(n * 7919 % 100003)
                                .toUtf8();
            e.status = n % 50 ? 200 : 400;
            e.responseBody =
                e.status == 200 ? QByteArray("{}") : QByteArray(R"({"meta":{"errors":["bad"]}})");
            e.headline = e.status == 200 ? QStringLiteral("200 OK") : QStringLiteral("400 Bad Request");
            e.totalMs = n % 300;
            entries.append(e);
        }
        if (!history.addAll(entries).ok())
            return 1;
    }
    print("fill a history with 100,000 entries", double(timer.elapsed()), "ms");

    const auto searchTime = [&](const HistoryQuery &query, const char *label) {
        double fastest = 1e9;
        qsizetype found = 0;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            Result<QList<HistoryEntry>> rows = history.search(query);
            fastest = std::min(fastest, double(timer.nsecsElapsed()) / 1e6);
            found = rows ? rows->size() : -1;
        }
        std::printf("%-58s %10.2f ms  (%lld rows)\n", label, fastest, static_cast<long long>(found));
    };
    HistoryQuery rare;
    rare.text = QStringLiteral("sku-4242");
    searchTime(rare, "search 100,000: a rare id, full text (target 50)");
    HistoryQuery common;
    common.text = QStringLiteral("Order Completed");
    searchTime(common, "search 100,000: a word in every entry, first page");
    HistoryQuery filtered;
    filtered.text = QStringLiteral("user-99");
    filtered.status = StatusFilter::Success;
    filtered.type = CallType::Track;
    filtered.sourceName = QStringLiteral("Sandbox");
    searchTime(filtered, "search 100,000: text + status + type + source");
    HistoryQuery shortText;
    shortText.text = QStringLiteral("EU");
    searchTime(shortText, "search 100,000: 2 characters (LIKE fallback)");
    searchTime(HistoryQuery {}, "list 100,000: newest page, no filter");

    timer.start();
    HistoryStore reopened(dir.filePath(QStringLiteral("history.sqlite")));
    if (!reopened.open().ok())
        return 1;
    print("open the 100,000-entry history (with its integrity check)", double(timer.elapsed()), "ms");

    print("VmRSS with both loaded", double(vmRssKb()) / 1024.0, "MiB");
    print("VmRSS growth since start", double(vmRssKb() - rssStart) / 1024.0, "MiB");
    return opened.requestCount() == 5000 ? 0 : 1;
}
