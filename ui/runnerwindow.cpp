// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "runnerwindow.h"

#include "collections/collection.h"
#include "countsuffix.h"
#include "keyboardaccess.h"
#include "net/httpclient.h"
#include "palette.h"
#include "responseview.h"
#include "runner/collectionrunner.h"
#include "runner/rundata.h"
#include "runner/runreport.h"
#include "sources/keystore.h"
#include "wraplabel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace ewb {

namespace {

// Failures and requests not sent only, when asked.
class FailuresFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFailuresOnly(bool on)
    {
        m_on = on;
        invalidateFilter();
    }

    // What did not pass reads at a glance: the verdict in the palette's error tone, the row in bold.
    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool passed = QSortFilterProxyModel::data(index, RunResultsModel::PassedRole).toBool();
        if (role == Qt::ForegroundRole && index.column() == RunResultsModel::Verdict)
            return toneColor(passed ? Tone::Success : Tone::Error);
        if (role == Qt::FontRole && !passed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_on || !sourceModel()->index(row, 0, parent).data(RunResultsModel::PassedRole).toBool();
    }

private:
    bool m_on = false;
};

} // namespace

RunnerWindow::RunnerWindow(RunnerParts parts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_parts(std::move(parts))
{
    setObjectName(QStringLiteral("runnerWindow"));
    setWindowTitle(tr("Runner — Event Workbench"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("runnerCollection"));
    m_collection->setToolTip(tr("The collection to run: one open in the window, or a folder opened here"));
    auto *choose = new QPushButton(tr("Open Folder…"), this);
    choose->setToolTip(tr("Run a collection folder that is not open in the window"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Run the collection in"));
        if (!folder.isEmpty())
            selectCollection(folder);
    });
    auto *collectionRow = new QHBoxLayout;
    collectionRow->addWidget(m_collection, 1);
    collectionRow->addWidget(choose);
    auto *collectionLabel = new QLabel(tr("&Collection:"), this);
    collectionLabel->setBuddy(m_collection);
    form->addRow(collectionLabel, collectionRow);

    m_items = new QLineEdit(this);
    m_items->setObjectName(QStringLiteral("runnerItems"));
    m_items->setPlaceholderText(tr("every request; or folders and requests by name, separated by commas"));
    enableClearButton(m_items);
    auto *itemsLabel = new QLabel(tr("O&nly:"), this);
    itemsLabel->setBuddy(m_items);
    form->addRow(itemsLabel, m_items);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("runnerTarget"));
    m_target->setToolTip(
        tr("Where the requests go: the built-in sandbox or a source (its key from the keychain)"));
    form->addRow(tr("&Target:"), m_target);
    m_environment = new QLabel(this);
    m_environment->setObjectName(QStringLiteral("runnerEnvironment"));
    form->addRow(tr("Environment:"), m_environment);

    m_dataFile = new QLineEdit(this);
    m_dataFile->setObjectName(QStringLiteral("runnerDataFile"));
    m_dataFile->setPlaceholderText(
        tr("none (CSV, JSON or JSONL: one iteration per row, columns as variables)"));
    enableClearButton(m_dataFile);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setToolTip(tr("Choose the data file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Data file: one iteration per row"),
            QString(), tr("Data files (*.csv *.json *.jsonl *.ndjson);;All files (*)"));
        if (!file.isEmpty())
            setDataFile(file);
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataFile, 1);
    dataRow->addWidget(browse);
    auto *dataLabel = new QLabel(tr("&Data file:"), this);
    dataLabel->setBuddy(m_dataFile);
    form->addRow(dataLabel, dataRow);

    m_iterations = new QSpinBox(this);
    m_iterations->setObjectName(QStringLiteral("runnerIterations"));
    m_iterations->setRange(1, 1000000);
    m_iterations->setToolTip(tr("With a data file: one iteration per row, at most this many rows"));
    const auto rows = [this](int n) {
        return m_dataFile->text().trimmed().isEmpty() ? QString() : tr(" row(s)", nullptr, n);
    };
    setCountSuffix(m_iterations, rows);
    connect(m_dataFile, &QLineEdit::textChanged, this, [this, rows](const QString &text) {
        const bool withData = !text.trimmed().isEmpty();
        m_iterations->setPrefix(withData ? tr("at most ") : QString());
        m_iterations->setSuffix(rows(m_iterations->value()));
        // Every row, unless told otherwise; back to one iteration without a data file.
        if (withData && m_iterations->value() == 1)
            m_iterations->setValue(m_iterations->maximum());
        else if (!withData && m_iterations->value() == m_iterations->maximum())
            m_iterations->setValue(1);
    });
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("runnerConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setToolTip(tr("Iterations in flight at once; each iteration's requests go in order. "
                                 "One rate limit (1,000 requests/s) holds for the whole run."));
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_iterations);
    auto *concurrencyLabel = new QLabel(tr("C&oncurrency:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    numbers->addSpacing(12);
    numbers->addWidget(concurrencyLabel);
    numbers->addWidget(m_concurrency);
    numbers->addStretch(1);
    auto *iterationsLabel = new QLabel(tr("&Iterations:"), this);
    iterationsLabel->setBuddy(m_iterations);
    form->addRow(iterationsLabel, numbers);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("runnerRun"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the collection as saved on disk (Ctrl+Return; Escape stops, Ctrl+W closes)"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("runnerStop"));
    m_stop->setToolTip(tr("Cancel what is in flight and mark the run partial (Escape)"));
    m_export = new QPushButton(tr("&Export Report…"), this);
    m_export->setObjectName(QStringLiteral("runnerExport"));
    m_export->setToolTip(tr("Write the last run's report: JUnit (.xml), JSON or HTML"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runnerProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    m_summary = new WrapLabel(this);
    m_summary->setObjectName(QStringLiteral("runnerSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_failuresOnly = new QCheckBox(tr("Show &failures only"), this);
    m_failuresOnly->setObjectName(QStringLiteral("runnerFailuresOnly"));
    m_failuresOnly->setToolTip(tr("List only the requests that failed or were not sent"));
    layout->addWidget(m_failuresOnly);

    auto *filter = new FailuresFilter(this);
    m_filter = filter;
    m_filter->setSourceModel(&m_results);
    connect(m_failuresOnly, &QCheckBox::toggled, this, [filter](bool on) { filter->setFailuresOnly(on); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runnerResults"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setAccessibleDescription(
        tr("Each request of each iteration; the selected one's exchange is shown below"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // read-only rows: arrows go through them, Tab moves on
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RunResultsModel::Request, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RunResultsModel::Verdict, QHeaderView::Stretch);
    m_table->setColumnWidth(RunResultsModel::Request, m_table->fontMetrics().averageCharWidth() * 36);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RunnerWindow::showSelected);
    m_response = new ResponseView(this);
    m_response->setObjectName(QStringLiteral("runnerResponse"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_response);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &RunnerWindow::run);
    connect(m_stop, &QPushButton::clicked, this, &RunnerWindow::stop);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the run's report"),
            QStringLiteral("report.xml"), tr("JUnit XML (*.xml);;JSON (*.json);;HTML page (*.html)"));
        if (file.isEmpty())
            return;
        if (Status s = exportReport(file); !s)
            QMessageBox::warning(this, tr("Export Report"), s.error().message);
        else
            m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                tr("Report written to %1.").arg(QDir::toNativeSeparators(file)));
    });
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runKey, &QShortcut::activated, this, [this] {
        if (!isRunning())
            run();
    });
    // Escape stops a run; it never closes the window (it used to, even when it was meant for an
    // open drop-down list).
    auto *stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopKey, &QShortcut::activated, this, [this] {
        if (isRunning())
            stop();
    });
    // Closed from the keyboard as the Backfill window is (its close asks first while running).
    auto *closeKey = new QShortcut(QKeySequence::Close, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);
    setRunning(false);
    m_export->setEnabled(false);
    m_summary->setText(
        tr("Runs every request of the collection in order, for each iteration, and checks each "
           "answer: 2xx, no validation errors, and against the sandbox, every call accepted."));
    m_response->showPlaceholder(tr("Select a result to see what was sent and what came back."));
    m_table->setMinimumHeight(120);
    m_response->setMinimumHeight(120);
    split->setSizes({360, 240});
    refreshChoices();
    // Within the screen, however tall the panes would like to be (a 1024x700 screen included).
    const QRect screen = (parentWidget() ? parentWidget()->screen() : this->screen())->availableGeometry();
    resize(std::min(900, screen.width() - 40), std::min(640, screen.height() - 60));
}

RunnerWindow::~RunnerWindow() = default;

void RunnerWindow::refreshChoices()
{
    const QString collection = m_collection->currentData().toString();
    m_collection->clear();
    for (const QString &folder : m_parts.collectionFolders()) {
        Result<Collection> header = loadCollectionHeader(folder);
        m_collection->addItem(header ? header->name : QFileInfo(folder).fileName(), folder);
        m_collection->setItemData(
            m_collection->count() - 1, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
    }
    if (!collection.isEmpty())
        selectCollection(collection);

    const QString target = m_target->currentData().toString();
    m_target->clear();
    for (const Source &s : m_parts.sources())
        m_target->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.baseUrl().toString()), s.id.toString());
    const std::optional<Source> chosen = m_parts.selectedSource ? m_parts.selectedSource() : std::nullopt;
    const int index = m_target->findData(target.isEmpty() && chosen ? chosen->id.toString() : target);
    m_target->setCurrentIndex(std::max(0, index));

    const std::optional<Environment> env = m_parts.environment ? m_parts.environment() : std::nullopt;
    m_environment->setText(env ? tr("%1 (the window's active environment)").arg(env->name)
                               : tr("none (choose one in the main window)"));
}

void RunnerWindow::selectCollection(const QString &folder)
{
    int index = m_collection->findData(folder);
    if (index < 0) {
        Result<Collection> header = loadCollectionHeader(folder);
        m_collection->addItem(header ? header->name : QFileInfo(folder).fileName(), folder);
        index = m_collection->count() - 1;
    }
    m_collection->setCurrentIndex(index);
}

void RunnerWindow::setDataFile(const QString &path)
{
    m_dataFile->setText(path);
}

void RunnerWindow::setItems(const QStringList &items)
{
    m_items->setText(items.join(QStringLiteral(", ")));
}

void RunnerWindow::setIterations(int n)
{
    m_iterations->setValue(n);
}

bool RunnerWindow::isRunning() const
{
    return m_preparing || (m_runner && m_runner->isRunning());
}

void RunnerWindow::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_collection->setEnabled(!running);
    m_items->setEnabled(!running);
    m_target->setEnabled(!running);
    m_dataFile->setEnabled(!running);
    m_iterations->setEnabled(!running);
    m_concurrency->setEnabled(!running);
}

void RunnerWindow::fail(const QString &message)
{
    m_preparing = false;
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->setText(tr("Not run: %1").arg(message));
}

void RunnerWindow::run()
{
    if (isRunning())
        return;
    const QString folder = m_collection->currentData().toString();
    if (folder.isEmpty()) {
        fail(tr("open a collection first (or Open Folder…)."));
        return;
    }
    const std::vector<Source> sources = m_parts.sources();
    const QString targetId = m_target->currentData().toString();
    const auto source = std::find_if(
        sources.begin(), sources.end(), [&](const Source &s) { return s.id.toString() == targetId; });
    if (source == sources.end()) {
        fail(tr("choose a target."));
        return;
    }
    m_preparing = true;
    setRunning(true);
    m_results.clear();
    m_response->showPlaceholder(tr("Select a result to see what was sent and what came back."));
    m_lastSummary.reset();
    m_export->setEnabled(false);
    m_progress->setRange(0, 0); // busy while the data file is checked and the key read
    m_summary->setText(tr("Preparing…"));
    const int generation = ++m_generation;

    // The data file is read whole once to check every row: on a worker thread, so a large file
    // does not freeze the window. Then the key is read (the keychain answers asynchronously).
    const QString dataPath = m_dataFile->text().trimmed();
    const Source target = *source;
    auto *check = QThread::create([this, dataPath, generation, target] {
        Result<std::unique_ptr<RunData>> opened = dataPath.isEmpty()
            ? Result<std::unique_ptr<RunData>>(std::unique_ptr<RunData>())
            : RunData::open(dataPath);
        auto shared = std::make_shared<Result<std::unique_ptr<RunData>>>(std::move(opened));
        QMetaObject::invokeMethod(this, [this, shared, generation, target] {
            if (generation != m_generation || !m_preparing)
                return;
            if (!*shared) {
                fail(shared->error().message);
                return;
            }
            m_parts.keys->readKey(target.id, this, [this, shared, generation, target](Result<QString> key) {
                if (generation != m_generation || !m_preparing)
                    return;
                if (!key) {
                    fail(tr("the key of “%1”: %2").arg(target.name, key.error().message));
                    return;
                }
                start(std::move(shared->value()),
                    RunTarget {target.name, target.baseUrl(), key.value(), target.strictMode});
            });
        });
    });
    connect(check, &QThread::finished, check, &QObject::deleteLater);
    check->start();
}

void RunnerWindow::start(std::unique_ptr<RunData> dataFile, RunTarget target)
{
    QStringList items;
    for (const QString &item : m_items->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    Result<RunPlan> plan = loadRunPlan(m_collection->currentData().toString(), items);
    if (!plan) {
        fail(plan.error().message);
        return;
    }
    QStringList problems;
    for (const CollectionProblem &p : plan->problems)
        problems.append(p.toString());
    RunOptions options;
    options.iterations = m_iterations->value();
    options.iterationsGiven = dataFile != nullptr && m_iterations->value() < m_iterations->maximum();
    options.concurrency = m_concurrency->value();
    options.target = std::move(target);
    if (m_parts.environment)
        options.environment = m_parts.environment();
    // The runner reads the data file a row at a time; it lives as long as the run.
    RunData *rows = dataFile.release();
    options.data = rows;
    m_runner =
        std::make_unique<CollectionRunner>(m_parts.client, std::move(plan).value(), std::move(options));
    connect(m_runner.get(), &QObject::destroyed, [rows] { delete rows; });
    m_progress->setRange(0, m_runner->plannedRequests());
    m_progress->setValue(0);
    connect(m_runner.get(), &CollectionRunner::stepFinished, this, [this](const StepResult &step) {
        m_results.add(step);
        m_progress->setValue(m_progress->value() + 1);
    });
    connect(m_runner.get(), &CollectionRunner::finished, this, &RunnerWindow::finishRun);
    m_preparing = false;
    m_summary->setText(problems.isEmpty()
            ? tr("Running %n request(s)…", nullptr, m_runner->plannedRequests())
            : tr("Running; not run, cannot be read: %1").arg(problems.join(QStringLiteral("; "))));
    m_runner->start();
}

void RunnerWindow::stop()
{
    if (m_preparing) {
        ++m_generation;
        fail(tr("stopped."));
        return;
    }
    if (m_runner && m_runner->isRunning())
        m_runner->stop(tr("Stop was pressed"));
}

QString RunnerWindow::summaryText() const
{
    return m_summary->text();
}

void RunnerWindow::finishRun(const RunSummary &summary)
{
    m_lastSummary = summary;
    setRunning(false);
    m_export->setEnabled(true);
    const QString iterations = tr("%n iteration(s)", nullptr, summary.iterations);
    const QString seconds = QLocale().toString(double(summary.ms) / 1000.0, 'f', 2);
    QString text = summary.allPassed()
        ? tr("All passed: %n request(s) in %1, %2 s.", nullptr, summary.total()).arg(iterations, seconds)
        : tr("%1 passed, %2 failed, %3 not sent in %4, %5 s.")
              .arg(QString::number(summary.passed), QString::number(summary.failed),
                  QString::number(summary.notSent), iterations, seconds);
    if (summary.partial)
        text += QLatin1Char(' ') + tr("Stopped before the end (%1).").arg(summary.stopReason);
    m_summary->setText(text);
    if (!m_table->currentIndex().isValid())
        m_response->showPlaceholder(tr("Select a result to see what was sent and what came back."));
    emit runFinished(summary);
}

void RunnerWindow::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const StepResult &step = m_results.step(current.row());
    if (step.verdict == StepResult::Verdict::NotSent) {
        m_response->showFailure(tr("Not sent: %1").arg(step.failures.join(QStringLiteral("; "))));
        return;
    }
    m_response->showResult(step.request, step.result, 1, 1, QString());
}

Status RunnerWindow::exportReport(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const RunReport::Kind kind = suffix == u"json" ? RunReport::Kind::Json
        : suffix == u"html" || suffix == u"htm"    ? RunReport::Kind::Html
                                                   : RunReport::Kind::JUnit;
    Result<std::unique_ptr<RunReport>> report = RunReport::create(kind, path);
    if (!report)
        return report.error();
    for (const StepResult &step : m_results.steps()) {
        if (Status s = report.value()->add(step); !s)
            return s;
    }
    RunSummary summary = m_lastSummary.value_or(RunSummary {});
    return report.value()->finish(summary);
}

void RunnerWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window ends the run; its results stay for when it is opened again.
    stop();
    event->accept();
}

} // namespace ewb
