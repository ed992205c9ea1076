// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backfillwindow.h"

#include "json/jsonwriter.h"
#include "palette.h"
#include "sources/keystore.h"
#include "throughputchart.h"
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
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace ewb {

namespace {

constexpr int previewRows = 20;

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false); // read-only rows: arrows go through them, Tab moves on
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    // One line of text a row: the default height fits two, and showed five rows of twenty.
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setMinimumHeight(100);
    return t;
}

} // namespace

BackfillWindow::BackfillWindow(BackfillParts parts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_parts(std::move(parts))
{
    setObjectName(QStringLiteral("backfillWindow"));
    setWindowTitle(tr("Backfill — Event Workbench"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("backfillFile"));
    m_file->setPlaceholderText(tr("JSONL, JSON or CSV (gzip too): the history to send"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("backfillBrowse"));
    m_browse->setToolTip(tr("Choose the file to send"));
    QPushButton *browse = m_browse;
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("History to send"), QString(),
            tr("History (*.jsonl *.ndjson *.json *.csv *.gz);;All files (*)"));
        if (!file.isEmpty())
            setFile(file);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("backfillFormat"));
    m_format->setToolTip(tr("How the file is read: by its name's extension, or as chosen here"));
    m_format->addItem(tr("From the name"), int(BackfillInput::Format::Auto));
    m_format->addItem(tr("JSONL: a call per line"), int(BackfillInput::Format::Lines));
    m_format->addItem(tr("JSON: an array of calls"), int(BackfillInput::Format::Array));
    m_format->addItem(tr("CSV with a header row"), int(BackfillInput::Format::Csv));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("backfillType"));
    m_type->setToolTip(tr("The call type of rows that do not say (a CSV's rows)"));
    m_type->addItem(tr("each row's own \"type\""), QString());
    for (CallType t : {CallType::Identify, CallType::Track, CallType::Page, CallType::Screen, CallType::Group,
             CallType::Alias})
        m_type->addItem(callTypeName(t), callTypeName(t));
    auto *shape = new QHBoxLayout;
    shape->addWidget(m_format, 1);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    shape->addWidget(typeLabel);
    shape->addWidget(m_type, 1);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, shape);

    m_mapping = new QLineEdit(this);
    m_mapping->setObjectName(QStringLiteral("backfillMapping"));
    m_mapping->setPlaceholderText(
        tr("CSV columns to fields, e.g. userId=user_id, event=name, properties.*=*"));
    m_mapping->setToolTip(
        tr("FIELD=COLUMN, separated by commas; FIELD is a dotted path, :number, :bool or "
           ":json types it; PATH.*=* takes every other column. Empty: columns named as fields."));
    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(m_mapping);
    form->addRow(mappingLabel, m_mapping);

    m_destructive =
        new QCheckBox(tr("Send events that delete or suppress (User Deleted, Device Deleted…)"), this);
    m_destructive->setObjectName(QStringLiteral("backfillAllowDestructive"));
    m_destructive->setToolTip(tr("Off: such rows are not sent and are listed below"));
    form->addRow(QString(), m_destructive);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("backfillTarget"));
    m_target->setToolTip(tr("Where the calls go: the built-in sandbox or a source"));
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    layout->addLayout(form);

    m_preview = makeTable(this, QStringLiteral("backfillPreview"),
        {tr("Line"), tr("Type"), tr("Person"), tr("Check"), tr("The call as it will be sent")});
    m_preview->setAccessibleName(tr("Preview: the first rows as they will be sent"));
    m_preview->setAccessibleDescription(
        tr("Each row's line, type, person, check and the call as it will be sent"));
    const int character = m_preview->fontMetrics().averageCharWidth(); // widths that grow with the font
    m_preview->setColumnWidth(0, character * 8);
    m_preview->setColumnWidth(1, character * 11);
    m_preview->setColumnWidth(2, character * 15);
    m_preview->setColumnWidth(3, character * 32);

    auto *buttons = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("&Dry Run"), this);
    m_dryRun->setObjectName(QStringLiteral("backfillDryRun"));
    m_dryRun->setToolTip(tr("Check and plan the whole file; send nothing"));
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("backfillStart"));
    m_start->setToolTip(tr("Send the file to the target, resuming where a paused backfill stopped"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("backfillPause"));
    m_pause->setToolTip(tr("Stop, keeping what was acknowledged: Resume goes on from there"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("backfillCancel"));
    m_cancel->setToolTip(
        tr("Stop and forget this backfill (its messageIds still keep a new start from doubling)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backfillProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p% of the file read"));
    for (QPushButton *b : {m_dryRun, m_start, m_pause, m_cancel})
        buttons->addWidget(b);
    buttons->addWidget(m_progress, 1);
    m_chart = new ThroughputChart(this);
    m_status = new WrapLabel(this);
    m_status->setObjectName(QStringLiteral("backfillStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rejects = makeTable(
        this, QStringLiteral("backfillRejects"), {tr("Line"), tr("Why it was not sent"), tr("Row")});
    m_rejects->setAccessibleName(tr("Rows not sent"));
    m_rejects->setAccessibleDescription(
        tr("Each row that was not sent, why, and the row; Enter opens it in the composer"));
    m_rejects->setColumnWidth(0, character * 8);
    m_rejects->setColumnWidth(1, character * 56);
    m_openRejected = new QPushButton(tr("Open &in Composer"), this);
    m_openRejected->setObjectName(QStringLiteral("backfillOpenRejected"));
    m_openRejected->setToolTip(tr("Open the selected row in the composer, as the call its mapping made"));
    m_openRejected->setEnabled(false);
    connect(m_rejects, &QTableWidget::itemSelectionChanged, this,
        [this] { m_openRejected->setEnabled(!m_rejects->selectedItems().isEmpty()); });
    connect(m_openRejected, &QPushButton::clicked, this, [this] {
        const int row = m_rejects->currentRow();
        if (row < 0 || !m_parts.openInComposer)
            return;
        const QString type = m_type->currentData().toString();
        m_parts.openInComposer(m_rejects->item(row, 2)->data(Qt::UserRole).toString(),
            callTypeFromName(type).value_or(CallType::Track));
    });
    connect(m_rejects, &QTableWidget::cellDoubleClicked, m_openRejected, &QPushButton::click);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("The first rows, as the backfill will send them:"), top));
    topLayout->addWidget(m_preview, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_chart);
    auto *rejectsHeader = new QHBoxLayout;
    rejectsHeader->addWidget(new QLabel(tr("Rows not sent:"), bottom), 1);
    rejectsHeader->addWidget(m_openRejected);
    bottomLayout->addLayout(rejectsHeader);
    bottomLayout->addWidget(m_rejects, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    layout->addWidget(split, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &BackfillWindow::schedulePreview);
    // Another input: what was shown of the last one goes (it read as if it were this file's).
    const auto inputChanged = [this] {
        if (isRunning())
            return;
        m_rejects->setRowCount(0);
        m_progress->setValue(0);
        m_previewTimer->start();
    };
    for (QLineEdit *edit : {m_file, m_mapping})
        connect(edit, &QLineEdit::textChanged, this, inputChanged);
    for (QComboBox *combo : {m_format, m_type})
        connect(combo, &QComboBox::currentIndexChanged, this, inputChanged);
    connect(m_destructive, &QCheckBox::toggled, this, inputChanged);
    connect(m_dryRun, &QPushButton::clicked, this, &BackfillWindow::dryRun);
    connect(m_start, &QPushButton::clicked, this, &BackfillWindow::start);
    connect(m_pause, &QPushButton::clicked, this, &BackfillWindow::pause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Cancel the backfill"),
                tr("Forget where this backfill got to? Start then sends the whole file again (its messageIds "
                   "keep "
                   "the API from keeping a call twice)."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            cancel();
    });
    auto *closeKey = new QShortcut(QKeySequence::Close, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);

    m_status->setText(
        tr("Pick a file. Every row is checked before anything is sent; rows that would be dropped "
           "are listed below and never sent."));
    refreshChoices();
    setRunning(false);
    const QRect screen = (parentWidget() ? parentWidget()->screen() : this->screen())->availableGeometry();
    resize(std::min(900, screen.width() - 40), std::min(640, screen.height() - 60));
}

BackfillWindow::~BackfillWindow() = default;

void BackfillWindow::refreshChoices()
{
    const QString current = m_target->currentData().toString();
    m_target->clear();
    for (const Source &s : m_parts.sources())
        m_target->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.baseUrl().toString()), s.id.toString());
    const std::optional<Source> chosen = m_parts.selectedSource ? m_parts.selectedSource() : std::nullopt;
    const int index = m_target->findData(current.isEmpty() && chosen ? chosen->id.toString() : current);
    m_target->setCurrentIndex(std::max(0, index));
}

void BackfillWindow::setFile(const QString &path)
{
    m_file->setText(path);
}

void BackfillWindow::setMapping(const QString &spec)
{
    m_mapping->setText(spec);
}

void BackfillWindow::setType(std::optional<CallType> type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type ? callTypeName(*type) : QString())));
}

Result<BackfillOptions> BackfillWindow::options() const
{
    BackfillOptions o;
    o.input = m_file->text().trimmed();
    if (o.input.isEmpty())
        return Error {QStringLiteral("backfill.file"), tr("pick a file first")};
    o.format = BackfillInput::Format(m_format->currentData().toInt());
    o.mappingSpec = m_mapping->text();
    Result<CsvMapping> mapping = CsvMapping::parse(o.mappingSpec);
    if (!mapping)
        return mapping.error();
    o.mapping = mapping.value();
    o.rules.type = callTypeFromName(m_type->currentData().toString());
    o.rules.allowDestructive = m_destructive->isChecked();
    return o;
}

QString BackfillWindow::journalPath() const
{
    Result<BackfillOptions> o = options();
    return o ? BackfillJournal::pathFor(m_parts.dataFolder, backfillIdentity(o.value())) : QString();
}

bool BackfillWindow::canResume() const
{
    const QString path = journalPath();
    return !path.isEmpty() && QFileInfo::exists(path);
}

void BackfillWindow::schedulePreview()
{
    updateButtons();
    Result<BackfillOptions> o = options();
    if (!o) {
        m_preview->setRowCount(0);
        m_status->setText(tr("Cannot preview: %1").arg(o.error().message));
        return;
    }
    const int generation = ++m_previewGeneration;
    // A JSON array is read whole to show its first rows: on a worker thread, so the window stays live.
    BackfillOptions opts = o.value();
    auto *reader = QThread::create([this, opts, generation] {
        auto rows = std::make_shared<Result<std::vector<CheckedRow>>>(previewBackfill(opts, previewRows));
        QMetaObject::invokeMethod(this, [this, rows, generation] {
            if (generation == m_previewGeneration)
                showPreview(*rows);
        });
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

void BackfillWindow::showPreview(const Result<std::vector<CheckedRow>> &rows)
{
    m_preview->setRowCount(0);
    m_preview->scrollToTop();
    if (!rows) {
        m_status->setText(tr("Cannot preview: %1").arg(rows.error().message));
        emit previewed();
        return;
    }
    for (const CheckedRow &row : rows.value()) {
        const int r = m_preview->rowCount();
        m_preview->insertRow(r);
        const auto cell = [&](int column, const QString &text) {
            m_preview->setItem(r, column, new QTableWidgetItem(text));
        };
        cell(0, QString::number(row.line));
        cell(1, row.call || !row.callJson.isEmpty() ? callTypeName(row.type) : QStringLiteral("-"));
        cell(2, row.person);
        QString check = tr("valid");
        if (row.rejected())
            check = tr("not sent: %1").arg(row.errors.value(0).message);
        else if (!row.warnings.isEmpty())
            check = tr("warning: %1").arg(row.warnings.first().message);
        cell(3, check);
        m_preview->item(r, 3)->setToolTip(check);
        cell(4, QString::fromUtf8(row.rejected() ? row.raw : row.wire));
        m_preview->item(r, 4)->setToolTip(m_preview->item(r, 4)->text().left(2000));
        m_preview->item(r, 3)->setForeground(toneColor(row.rejected() ? Tone::Error
                : row.warnings.isEmpty()                              ? Tone::Success
                                                                      : Tone::Warning));
    }
    if (!m_job)
        m_status->setText(canResume() ? tr("This file's backfill was interrupted: Resume sends what was not "
                                           "acknowledged; Cancel forgets it.")
                                      : tr("The first %n row(s) are shown; Dry Run checks the whole file.",
                                            nullptr, m_preview->rowCount()));
    emit previewed();
}

void BackfillWindow::dryRun()
{
    begin(true, false);
}

void BackfillWindow::start()
{
    begin(false, canResume());
}

void BackfillWindow::begin(bool dry, bool resume)
{
    if (isRunning())
        return;
    Result<BackfillOptions> o = options();
    if (!o) {
        m_status->setText(tr("Not started: %1").arg(o.error().message));
        return;
    }
    BackfillOptions opts = o.value();
    opts.dryRun = dry;
    if (dry) {
        run(std::move(opts), false);
        return;
    }
    const std::vector<Source> sources = m_parts.sources();
    const QString id = m_target->currentData().toString();
    const auto source =
        std::find_if(sources.begin(), sources.end(), [&](const Source &s) { return s.id.toString() == id; });
    if (source == sources.end()) {
        m_status->setText(tr("Not started: choose a target."));
        return;
    }
    setRunning(true);
    m_status->setText(tr("Reading the key of “%1”…").arg(source->name));
    const Source target = *source;
    m_parts.keys->readKey(target.id, this, [this, opts, target, resume](Result<QString> key) mutable {
        if (!key) {
            setRunning(false);
            m_status->setText(tr("Not started: the key of “%1”: %2").arg(target.name, key.error().message));
            return;
        }
        opts.target = RunTarget {target.name, target.baseUrl(), key.value(), target.strictMode};
        run(std::move(opts), resume);
    });
}

void BackfillWindow::run(BackfillOptions opts, bool resume)
{
    Result<std::unique_ptr<BackfillInput>> input = BackfillInput::open(opts.input, opts.format, opts.mapping);
    if (!input) {
        setRunning(false);
        m_status->setText(tr("Not started: %1").arg(input.error().message));
        return;
    }
    std::unique_ptr<BackfillJournal> journal;
    if (!opts.dryRun) {
        const QString path = BackfillJournal::pathFor(m_parts.dataFolder, backfillIdentity(opts));
        Result<std::unique_ptr<BackfillJournal>> opened = BackfillJournal::open(path, backfillIdentity(opts));
        if (!opened) {
            setRunning(false);
            m_status->setText(tr("Not started: %1").arg(opened.error().message));
            return;
        }
        journal = std::move(opened).value();
    }
    m_rejects->setRowCount(0);
    m_forget = false;
    m_job = std::make_unique<BackfillJob>(m_parts.client, std::move(input).value(), std::move(journal), opts);
    m_chart->clear();
    connect(m_job.get(), &BackfillJob::progressed, this, [this](const BackfillProgress &p) {
        m_chart->addSample(p.elapsedMs, p.rowsSent);
        if (p.inputSize > 0)
            m_progress->setValue(int(1000.0 * double(p.inputPosition) / double(p.inputSize)));
        const double rate = p.elapsedMs > 0 ? double(p.rowsSent) * 1000.0 / double(p.elapsedMs) : 0;
        const QLocale l;
        QString text = tr("%1 rows read, %2 sent and acknowledged, %3 not sent; %4 events/s")
                           .arg(l.toString(p.rowsRead), l.toString(p.rowsSent), l.toString(p.rowsRejected),
                               l.toString(qint64(rate)));
        if (p.rowsSkipped > 0)
            text += QLatin1Char(' ') + tr("(%1 acknowledged before)").arg(l.toString(p.rowsSkipped));
        m_status->setText(text);
    });
    connect(m_job.get(), &BackfillJob::rowRejected, this,
        [this](qint64 line, const QString &why, const QByteArray &raw) {
            if (m_rejects->rowCount() >= 10000)
                return; // the rejects file (ewb backfill --rejects) is for more; the count is in the summary
            const int r = m_rejects->rowCount();
            m_rejects->insertRow(r);
            m_rejects->setItem(
                r, 0, new QTableWidgetItem(line > 0 ? QString::number(line) : QStringLiteral("-")));
            auto *reason = new QTableWidgetItem(why);
            reason->setToolTip(why);
            m_rejects->setItem(r, 1, reason);
            auto *row = new QTableWidgetItem(QString::fromUtf8(raw));
            row->setData(Qt::UserRole, QString::fromUtf8(raw));
            m_rejects->setItem(r, 2, row);
        });
    connect(m_job.get(), &BackfillJob::finished, this, &BackfillWindow::finish);
    setRunning(true);
    m_progress->setValue(0);
    if (resume && m_job)
        m_status->setText(tr("Resuming…"));
    if (Status s = m_job->start(); !s) {
        m_job.reset();
        setRunning(false);
        m_status->setText(tr("Not started: %1").arg(s.error().message));
    }
}

void BackfillWindow::finish(const BackfillSummary &summary)
{
    const BackfillProgress &p = summary.progress;
    const QLocale l;
    QString text;
    if (summary.dryRun)
        text = tr("Dry run, nothing was sent: %1, %2 valid, %3 not to be sent; %4, %5 bytes, about %6 of "
                  "sending at the rate limit.")
                   .arg(tr("%Ln row(s)", nullptr, int(p.rowsRead)), l.toString(p.rowsValid),
                       l.toString(p.rowsRejected), tr("%Ln batch(es)", nullptr, int(p.batchesPlanned)),
                       l.toString(p.bytesPlanned),
                       p.batchesPlanned < 1000 ? tr("a second")
                                               : tr("%1 s").arg(l.toString(p.batchesPlanned / 1000)));
    else if (summary.completed)
        text =
            tr("Done: %1 rows read, %2 sent and acknowledged, %3 not sent, %4 acknowledged before, in %5 s.")
                .arg(l.toString(p.rowsRead), l.toString(p.rowsSent), l.toString(p.rowsRejected),
                    l.toString(p.rowsSkipped), l.toString(double(p.elapsedMs) / 1000.0, 'f', 1));
    else
        text =
            tr("Stopped (%1): %2 rows read, %3 sent and acknowledged, %4 not sent, %5 acknowledged before, "
               "in %6 s.")
                .arg(summary.stopReason, l.toString(p.rowsRead), l.toString(p.rowsSent),
                    l.toString(p.rowsRejected), l.toString(p.rowsSkipped),
                    l.toString(double(p.elapsedMs) / 1000.0, 'f', 1));
    if (!summary.warningsByCode.isEmpty()) {
        qint64 warnings = 0;
        for (qint64 n : summary.warningsByCode)
            warnings += n;
        text += QLatin1Char(' ') +
            (summary.dryRun ? tr("%Ln warning(s) (such as rows without a timestamp): would be sent.", nullptr,
                                  int(warnings))
                            : tr("%Ln warning(s) (such as rows without a timestamp): they were sent.",
                                  nullptr, int(warnings)));
    }
    const QString journal = journalPath();
    if (!summary.dryRun && (summary.completed || m_forget))
        (void)BackfillJournal::remove(journal);
    else if (!summary.dryRun)
        text += QLatin1Char(' ') + tr("Resume goes on from here.");
    m_job.release()->deleteLater(); // finished() is being emitted from it
    m_status->setText(text);
    if (summary.completed || summary.dryRun)
        m_progress->setValue(1000);
    setRunning(false);
    emit finished(summary);
}

void BackfillWindow::pause()
{
    if (m_job)
        m_job->stop(tr("paused"));
}

void BackfillWindow::cancel()
{
    m_forget = true;
    if (m_job) {
        m_job->stop(tr("cancelled"));
        return;
    }
    (void)BackfillJournal::remove(journalPath()); // an interrupted one, not running now
    m_forget = false;
    updateButtons();
    m_status->setText(
        tr("Forgotten: Start sends the whole file again (its messageIds keep duplicates out)."));
}

bool BackfillWindow::isRunning() const
{
    return m_job && m_job->isRunning();
}

QString BackfillWindow::summaryText() const
{
    return m_status->text();
}

void BackfillWindow::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_file, m_browse, m_format, m_type, m_mapping, m_destructive, m_target, m_dryRun, m_start})
        w->setEnabled(!running);
    m_pause->setEnabled(running);
    updateButtons();
    m_cancel->setEnabled(running || canResume());
}

void BackfillWindow::updateButtons()
{
    // A run makes its journal at once: the label follows what the file had when nothing ran.
    if (!m_job) {
        m_start->setText(canResume() ? tr("&Resume") : tr("&Start"));
        m_cancel->setEnabled(canResume());
    }
}

void BackfillWindow::closeEvent(QCloseEvent *event)
{
    // Closing pauses, and says so first: the journal stays, and the same file offers Resume next time.
    if (isRunning() && m_confirmClose &&
        QMessageBox::question(this, tr("A backfill is running"),
            tr("Pause it and close? Resume goes on from where it stopped, the next time this file is "
               "picked."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    pause();
    event->accept();
}

} // namespace ewb
