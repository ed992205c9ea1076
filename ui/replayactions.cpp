// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "replayactions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>

namespace ewb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ewb::Replay", text);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

bool saveReplayAsRequests(const ReplayCalls &replay, const ReplayHooks &hooks, QString *note)
{
    const std::vector<SavedRequest> requests = replayRequests(replay.calls);
    const qint64 left = qint64(replay.calls.size()) + replay.skipped - qint64(requests.size());
    if (requests.empty()) {
        *note = tr("Nothing to save: the selected calls have no body, or no call type that can be read.");
        return false;
    }
    if (!hooks.saveRequests || !hooks.saveRequests(requests))
        return false;
    if (left > 0)
        *note = tr("Saved %1 requests; %2 of the selected calls had no body or call type to save.")
                    .arg(number(qint64(requests.size())), number(left));
    return true;
}

Result<QString> exportReplay(const ReplayCalls &replay, const QString &file)
{
    if (replay.calls.empty())
        return Error {QStringLiteral("replay.empty"),
            tr("Nothing to export: the selected calls have no body to send again.")};
    if (Status written = writeReplayFile(file, replay.calls); !written)
        return written.error();
    const QString where = QDir::toNativeSeparators(file);
    QString text = replay.calls.size() == 1
        ? tr("Wrote 1 call to %1, for ewb backfill.").arg(where)
        : tr("Wrote %1 calls to %2, for ewb backfill.").arg(number(qint64(replay.calls.size())), where);
    if (replay.skipped > 0)
        text += QLatin1Char(' ') + tr("%1 without a body were left out.").arg(number(replay.skipped));
    return text;
}

QString exportReplayInteractive(
    QWidget *parent, const ReplayCalls &replay, const ReplayHooks &hooks, const QString &suggested)
{
    if (replay.calls.empty())
        return exportReplay(replay, QString()).error().message;
    const QString file = hooks.askExportFile
        ? hooks.askExportFile(suggested)
        : QFileDialog::getSaveFileName(
              parent, tr("Export as JSONL"), suggested, tr("JSON lines (*.jsonl *.ndjson);;All files (*)"));
    if (file.isEmpty())
        return {};
    Result<QString> done = exportReplay(replay, file);
    return done ? done.value() : tr("Not exported: %1").arg(done.error().message);
}

} // namespace ewb
