// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "runner/runresultsmodel.h"
#include "sources/source.h"
#include "variables/environment.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace ewb {

class CollectionRunner;
class HttpClient;
class KeyStore;
class ResponseView;
class RunData;
class WrapLabel;

// What the main window lends the Runner.
struct RunnerParts
{
    HttpClient *client = nullptr;
    KeyStore *keys = nullptr;
    std::function<QStringList()> collectionFolders; // the open collections
    std::function<std::vector<Source>()> sources; // what Send can go to, the sandbox first
    std::function<std::optional<Source>()> selectedSource; // the window's target, chosen first
    std::function<std::optional<Environment>()> environment; // the active one, secrets filled
};

// The window's collection runner (what `ewb run` does): choose a collection, target, data file and
// iterations; Run and Stop; a progress bar and a live table of results that filters to failures;
// the selected result's exchange below; Export Report. The run happens on the event loop
// (core/runner), and the data file is checked on a worker thread: the window never blocks.
class RunnerWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerWindow)

public:
    explicit RunnerWindow(RunnerParts parts, QWidget *parent = nullptr);
    ~RunnerWindow() override;

    // Refreshes the collections and targets offered (when the window is shown again).
    void refreshChoices();
    void selectCollection(const QString &folder);
    void setDataFile(const QString &path);
    void setIterations(int n);
    // Only these folders or requests of the collection (names or relative paths); empty: all.
    void setItems(const QStringList &items);
    void run();
    void stop();
    bool isRunning() const;
    // Writes the results so far as a report; the kind follows the extension (.xml, .json, .html).
    Status exportReport(const QString &path);
    RunResultsModel *results() { return &m_results; }
    QString summaryText() const;

signals:
    void runFinished(const ewb::RunSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void start(std::unique_ptr<RunData> dataFile, RunTarget target);
    void finishRun(const RunSummary &summary);
    void showSelected();
    void setRunning(bool running);
    void fail(const QString &message);

    RunnerParts m_parts;
    RunResultsModel m_results;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_collection;
    QLineEdit *m_items;
    QComboBox *m_target;
    QLabel *m_environment;
    QLineEdit *m_dataFile;
    QSpinBox *m_iterations;
    QSpinBox *m_concurrency;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_export;
    QProgressBar *m_progress;
    WrapLabel *m_summary;
    QCheckBox *m_failuresOnly;
    QTableView *m_table;
    ResponseView *m_response;
    std::unique_ptr<CollectionRunner> m_runner;
    std::optional<RunSummary> m_lastSummary;
    bool m_preparing = false;
    int m_generation = 0; // a late data-file check or key read from an earlier Run is dropped
};

} // namespace ewb
