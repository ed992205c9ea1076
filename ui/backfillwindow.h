// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "backfill/backfilljob.h"
#include "sources/source.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ewb {

class HttpClient;
class KeyStore;
class ThroughputChart;
class WrapLabel;

// What the main window lends the Backfill window.
struct BackfillParts
{
    HttpClient *client = nullptr;
    KeyStore *keys = nullptr;
    QString dataFolder; // where the journals are kept
    std::function<std::vector<Source>()> sources; // the sandbox first
    std::function<std::optional<Source>()> selectedSource;
    std::function<void(const QString &text, CallType type)> openInComposer;
};

// The window's `ewb backfill` (core/backfill): pick a file; the first rows as the calls they make,
// checked, with the CSV mapping edited on screen; a dry run; the target; Start, Pause (stops and
// keeps the journal), Resume, Cancel (stops and forgets); a progress bar and the rate; the rejected
// rows, each openable in the composer. A backfill paused, or cut short by closing the window, is
// offered for Resume the next time the same file is picked. Nothing blocks the window: the preview
// reads on a worker thread, the sending happens on the event loop.
class BackfillWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillWindow)

public:
    explicit BackfillWindow(BackfillParts parts, QWidget *parent = nullptr);
    ~BackfillWindow() override;

    void refreshChoices();
    void setFile(const QString &path);
    void setMapping(const QString &spec);
    void setType(std::optional<CallType> type);
    void dryRun();
    void start(); // or Resume, when the file has an interrupted backfill
    void pause();
    void cancel();
    bool isRunning() const;
    // Closing while a backfill runs asks first (tests turn it off).
    void setConfirmClose(bool on) { m_confirmClose = on; }
    bool canResume() const;
    QString summaryText() const;
    QTableWidget *rejects() const { return m_rejects; }
    QTableWidget *preview() const { return m_preview; }
    ThroughputChart *chart() const { return m_chart; }

signals:
    void finished(const ewb::BackfillSummary &summary);
    void previewed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Result<BackfillOptions> options() const;
    void schedulePreview();
    void showPreview(const Result<std::vector<CheckedRow>> &rows);
    void begin(bool dry, bool resume);
    void run(BackfillOptions options, bool resume);
    void finish(const BackfillSummary &summary);
    void setRunning(bool running);
    void updateButtons();
    QString journalPath() const;

    BackfillParts m_parts;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QCheckBox *m_destructive;
    QComboBox *m_format;
    QComboBox *m_type;
    QLineEdit *m_mapping;
    QComboBox *m_target;
    QTableWidget *m_preview;
    QPushButton *m_dryRun;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    WrapLabel *m_status;
    ThroughputChart *m_chart;
    QTableWidget *m_rejects;
    QPushButton *m_openRejected;
    std::unique_ptr<BackfillJob> m_job;
    bool m_confirmClose = true;
    bool m_forget = false; // Cancel: remove the journal when the job has stopped
    int m_previewGeneration = 0;
    QTimer *m_previewTimer;
};

} // namespace ewb
