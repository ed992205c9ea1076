// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Prints the workbench window's figures (not a test; nothing here asserts a time):
//   - cold start to the first painted main window: the event-workbench executable run several times
//     with --quit-after-first-paint, median wall time from process start to its report;
//   - per keystroke on a 500 KB batch in the JSON tab: the synchronous GUI part of a key press, and
//     the parse + check + size + locate work that follows it off the GUI thread;
//   - resident memory at idle with the built-in sandbox running (VmRSS);
//   - a keystroke in a batch call's form field on a 500 KB batch: the GUI thread's part;
//   - resident memory after 100 undoable edits of a 3 MB batch (the undo history shares what each
//     edit did not change).
// Usage: bench_gui [path/to/event-workbench]  (Release build for meaningful numbers)
#include "compose/composecheck.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "ui/composerpanel.h"
#include "ui/jsoneditor.h"
#include "ui/mainwindow.h"
#include "util/heaptuning.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace ewb;

namespace {
QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A window on throwaway folders, as a first start would have it.
WorkbenchOptions throwawayOptions(const QTemporaryDir &dir, bool startSandbox)
{
    WorkbenchOptions options;
    options.configFolder = dir.filePath(QStringLiteral("c"));
    options.dataFolder = dir.filePath(QStringLiteral("d"));
    options.startSandbox = startSandbox;
    return options;
}

void coldStart(const QString &exe)
{
    if (!QFile::exists(exe)) {
        out << "cold start: skipped, no executable at " << exe << Qt::endl;
        return;
    }
    std::vector<double> wall, inProcess;
    for (int run = 0; run < 9; ++run) {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(exe,
            {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--config-dir"),
                dir.filePath(QStringLiteral("c")), QStringLiteral("--data-dir"),
                dir.filePath(QStringLiteral("d"))});
        p.waitForFinished(30000);
        const double ms = clock.nsecsElapsed() / 1e6;
        const QByteArray text = p.readAllStandardOutput();
        const qsizetype at = text.indexOf("first-paint-ms ");
        if (at < 0)
            continue;
        wall.push_back(ms);
        inProcess.push_back(text.mid(at + 15).trimmed().toDouble());
    }
    out << "cold start to first paint (median of " << wall.size() << "): " << median(wall)
        << " ms wall (process start to exit after the first paint), " << median(inProcess)
        << " ms from main()" << Qt::endl;
}

QString batchText(qsizetype targetBytes)
{
    Payload batch(CallType::Batch);
    int i = 0;
    while (qsizetype(batch.toWire().size()) < targetBytes) {
        JsonObject item;
        item.insert(QStringLiteral("type"), QStringLiteral("track"));
        item.insert(QStringLiteral("userId"), QStringLiteral("user-%1").arg(i));
        item.insert(QStringLiteral("event"), QStringLiteral("Order Completed"));
        JsonObject props;
        props.insert(QStringLiteral("revenue"), 12.5 + i);
        props.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        props.insert(QStringLiteral("sku"), QStringLiteral("SKU-%1-ABCDEFGHIJKLMNOPQRSTUVWXYZ").arg(i));
        item.insert(QStringLiteral("properties"), props);
        item.insert(QStringLiteral("timestamp"), QStringLiteral("2024-05-02T09:30:00.000Z"));
        batch.batchItems().push_back(JsonValue(item));
        ++i;
    }
    return QString::fromUtf8(writeJson(JsonValue(batch.body()), JsonStyle::Pretty));
}

void keystrokes()
{
    const QString text = batchText(500 * 1000);
    std::vector<double> check;
    for (int run = 0; run < 15; ++run) {
        QString edited = text;
        edited.replace(edited.indexOf(u"user-7"), 6, QStringLiteral("user-%1").arg(run % 10));
        QElapsedTimer clock;
        clock.start();
        const ComposeCheck result = checkComposeText(edited, CallType::Batch);
        check.push_back(clock.nsecsElapsed() / 1e6);
        if (!result.parsed)
            out << "unexpected: the benchmark batch did not parse" << Qt::endl;
    }

    QTemporaryDir dir;
    MainWindow window(throwawayOptions(dir, false));
    window.show();
    window.composer()->showJsonTab(true);
    JsonEditor *editor = window.composer()->jsonEditor();
    editor->setPlainText(text);
    QTest::qWait(500);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(text.indexOf(u"user-7") + 5));
    editor->setTextCursor(cursor);
    editor->setFocus();
    std::vector<double> key, endToEnd;
    QElapsedTimer sinceKey;
    double answeredAt = 0;
    QObject::connect(window.composer(), &ComposerPanel::checked, &window,
        [&] { answeredAt = sinceKey.nsecsElapsed() / 1e6; });
    for (int run = 0; run < 15; ++run) {
        answeredAt = 0;
        sinceKey.start();
        QTest::keyClick(editor, Qt::Key_1);
        key.push_back(sinceKey.nsecsElapsed() / 1e6);
        // An event loop that ends on the answer: polling would add its own interval to the figure.
        QEventLoop loop;
        QObject::connect(window.composer(), &ComposerPanel::checked, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (answeredAt == 0)
            loop.exec();
        endToEnd.push_back(answeredAt);
    }
    const qsizetype wire = window.composer()->document()->payload().toWire().size();
    out << "keystroke on a batch of " << wire / 1000 << " KB on the wire (" << text.toUtf8().size() / 1000
        << " KB as pretty text, " << window.composer()->document()->payload().batchItems().size()
        << " calls) in the JSON tab (medians of 15):" << Qt::endl
        << "  GUI thread, the key press itself: " << median(key) << " ms" << Qt::endl
        << "  check and size (parse, rules, sizes, locating diagnostics), background thread: "
        << median(check) << " ms" << Qt::endl
        << "  key press to diagnostics and meter updated, including the 150 ms typing debounce: "
        << median(endToEnd) << " ms" << Qt::endl;
}

// The longest time the GUI thread did not get back to its event loop while a 5 MB one-line batch was
// pasted into the JSON tab, checked, and shown indented: what a person would feel as a freeze.
void bigPaste()
{
    QTemporaryDir dir;
    MainWindow window(throwawayOptions(dir, false));
    window.show();
    window.composer()->showJsonTab(true);
    QTest::qWait(200);
    const QString text = QString::fromUtf8(writeJson(parseJson(batchText(5 * 1024 * 1024).toUtf8()).value()));
    QApplication::clipboard()->setText(text);
    JsonEditor *editor = window.composer()->jsonEditor();
    editor->selectAll();

    QElapsedTimer total, sinceTick;
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    total.start();
    sinceTick.start();
    ticker.start();
    editor->paste();
    longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6);
    const bool done = QTest::qWaitFor(
        [&] {
            return !editor->isLoading() && editor->blockCount() > 1000 &&
                window.composer()->lastCheck().parsed;
        },
        60000);
    out << "5 MB one-line paste into the JSON tab: checked and shown indented after "
        << total.nsecsElapsed() / 1e6 << " ms" << (done ? "" : " (NOT finished within 60 s)")
        << "; longest GUI-thread stall meanwhile " << longest << " ms" << Qt::endl;
}

qint64 residentKb();

Payload batchPayload(qsizetype bytes)
{
    return Payload::fromText(batchText(bytes).toUtf8()).value();
}

// A person typing in the batch item form's event field: the whole synchronous part of each key
// press (form, document, undo step and the start of the background check) on the GUI thread.
void formKeystroke()
{
    QTemporaryDir dir;
    MainWindow window(throwawayOptions(dir, false));
    window.show();
    window.composer()->document()->load(batchPayload(500 * 1000));
    window.composer()->showJsonTab(false);
    QTest::qWait(500);
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("batchItemForm_event"));
    if (!field || !field->isVisible()) {
        out << "form keystroke: skipped, the batch item form's event field is not shown" << Qt::endl;
        return;
    }
    field->setFocus();
    field->end(false);
    std::vector<double> key;
    for (int run = 0; run < 31; ++run) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(field, Qt::Key_A);
        key.push_back(clock.nsecsElapsed() / 1e6);
        QTest::qWait(20);
    }
    out << "keystroke in a batch call's form field on a batch of "
        << window.composer()->document()->payload().toWire().size() / 1000 << " KB ("
        << window.composer()->document()->payload().batchItems().size()
        << " calls), GUI thread, median of 31: " << median(key) << " ms (max "
        << *std::max_element(key.begin(), key.end()) << " ms)" << Qt::endl;
}

// 100 edits of a 3 MB batch, each an undo step (a different call changed each time), in the
// window's own document; resident memory before and after, and what the history says it holds.
void undoMemory()
{
    QTemporaryDir dir;
    MainWindow window(throwawayOptions(dir, false));
    window.show();
    RequestDocument *doc = window.composer()->document();
    doc->load(batchPayload(3 * 1000 * 1000));
    QTest::qWait(1500); // the first check settles
    const qint64 before = residentKb();
    for (int i = 0; i < 100; ++i) {
        Payload edited = doc->payload();
        JsonArray &calls = edited.batchItems();
        calls[size_t(i * 37) % calls.size()].object().insert(
            QStringLiteral("event"), QStringLiteral("Edited %1").arg(i));
        doc->edit(edited, RequestDocument::Origin::Form, QStringLiteral("Edit"));
        QCoreApplication::processEvents();
    }
    QTest::qWait(1500); // the background checks of the last edits settle
    const qint64 after = residentKb();
    out << "100 undoable edits of a " << doc->payload().toWire().size() / 1000 << " KB batch ("
        << doc->payload().batchItems().size() << " calls): resident memory " << before / 1024.0
        << " MB before, " << after / 1024.0 << " MB after (+" << (after - before) / 1024.0
        << " MB); the undo history counts " << doc->history().stepCount() << " steps, "
        << doc->history().bytes() / 1024.0 / 1024.0 << " MB not shared" << Qt::endl;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void idleMemory()
{
    QTemporaryDir dir;
    MainWindow window(throwawayOptions(dir, true));
    window.show();
    QTest::qWait(1500);
    out << "resident memory at idle with the sandbox running: " << residentKb() / 1024.0
        << " MB (VmRSS of this process, "
        << "window shown" << (window.sandbox() ? ", sandbox listening" : ", sandbox NOT running") << ")"
        << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ewb::keepFreedMemoryForReuse(); // as event-workbench does at start-up
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString exe =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(EWB_BINARY_DIR "/app/event-workbench");
    idleMemory(); // first, before the benchmark's own allocations grow the heap
    coldStart(exe);
    keystrokes();
    formKeystroke();
    undoMemory();
    bigPaste();
    return 0;
}
