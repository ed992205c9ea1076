// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "replayactions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace ewb {

namespace {

// The texts of the functions below, which belong to no QObject (lupdate reads the context here).
class Replay
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Replay)
};

} // namespace

bool saveReplayAsRequests(const ReplayCalls &replay, const ReplayHooks &hooks, QString *note)
{
    const std::vector<SavedRequest> requests = replayRequests(replay.calls);
    const qint64 left = qint64(replay.calls.size()) + replay.skipped - qint64(requests.size());
    if (requests.empty()) {
        *note =
            Replay::tr("Nothing to save: the selected calls have no body, or no call type that can be read.");
        return false;
    }
    if (!hooks.saveRequests || !hooks.saveRequests(requests))
        return false;
    if (left > 0)
        *note = Replay::tr(
            "Saved %1; %Ln of the selected calls had no body or call type to save.", nullptr, int(left))
                    .arg(Replay::tr("%Ln request(s)", nullptr, int(requests.size())));
    return true;
}

Result<QString> exportReplay(const ReplayCalls &replay, const QString &file)
{
    if (replay.calls.empty())
        return Error {QStringLiteral("replay.empty"),
            Replay::tr("Nothing to export: the selected calls have no body to send again.")};
    if (Status written = writeReplayFile(file, replay.calls); !written)
        return written.error();
    const QString where = QDir::toNativeSeparators(file);
    QString text = Replay::tr("Wrote %Ln call(s) to %1, for ewb backfill.", nullptr, int(replay.calls.size()))
                       .arg(where);
    if (replay.skipped > 0)
        text +=
            QLatin1Char(' ') + Replay::tr("%Ln without a body were left out.", nullptr, int(replay.skipped));
    return text;
}

QString exportReplayInteractive(
    QWidget *parent, const ReplayCalls &replay, const ReplayHooks &hooks, const QString &suggested)
{
    if (replay.calls.empty())
        return exportReplay(replay, QString()).error().message;
    const QString file = hooks.askExportFile
        ? hooks.askExportFile(suggested)
        : QFileDialog::getSaveFileName(parent, Replay::tr("Export as JSONL"), suggested,
              Replay::tr("JSON lines (*.jsonl *.ndjson);;All files (*)"));
    if (file.isEmpty())
        return {};
    Result<QString> done = exportReplay(replay, file);
    return done ? done.value() : Replay::tr("Not exported: %1").arg(done.error().message);
}

} // namespace ewb
