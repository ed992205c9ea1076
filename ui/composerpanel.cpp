// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "composerpanel.h"

#include "batchcomposer.h"
#include "callform.h"
#include "compose/backgroundchecker.h"
#include "compose/batchedit.h"
#include "compose/calltypeswitch.h"
#include "diagnosticslist.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "jsoneditor.h"
#include "keyboardaccess.h"
#include "palette.h"
#include "sizemeter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ewb {

namespace {
enum Tab { FormTab, JsonTab };
// Scrolls up and down only, and is as wide as what it holds needs (room kept for its scroll
// bar), as a plain layout would be: the window's width stays what it was.
class VerticalScroll final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override { return withWidth(QScrollArea::minimumSizeHint(), true); }
    QSize sizeHint() const override { return withWidth(QScrollArea::sizeHint(), false); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry(); // another call type: other labels, another width
        return QScrollArea::eventFilter(watched, event);
    }

private:
    QSize withWidth(QSize hint, bool minimum) const
    {
        if (!widget())
            return hint;
        const int inside = minimum ? widget()->minimumSizeHint().width() : widget()->sizeHint().width();
        hint.setWidth(inside + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
        return hint;
    }
};

// Small documents are checked almost at once; big ones wait for a pause in typing.
int debounceFor(qsizetype chars)
{
    return chars < 100'000 ? 60 : chars < 1'000'000 ? 150 : 400;
}
} // namespace

ComposerPanel::ComposerPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("composerPanel"));
    m_checker = new BackgroundChecker(this);
    connect(m_checker, &BackgroundChecker::checked, this, &ComposerPanel::checkResult);

    // The call-type picker: a row of buttons, Ctrl+1..7.
    auto *picker = new QHBoxLayout;
    picker->setSpacing(2);
    m_types = new QButtonGroup(this);
    int shortcut = 1;
    for (CallType type : allCallTypes) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("callType_") + callTypeName(type));
        button->setText(callTypeTitle(type));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(60); // seven of them fit the composer beside the docks at 1024 px
        button->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(shortcut)));
        button->setToolTip(tr("%1 call (Ctrl+%2)").arg(callTypeTitle(type)).arg(shortcut));
        ++shortcut;
        m_types->addButton(button, int(type));
        picker->addWidget(button);
    }
    picker->addStretch();
    stylePicker();
    connect(m_types, &QButtonGroup::idClicked, this, [this](int id) { pickCallType(CallType(id)); });

    m_form = new CallForm(QStringLiteral("callForm"), this);
    connect(
        m_form, &CallForm::edited, this, [this](const Payload &p, const QString &description, int mergeId) {
            m_document.edit(p, RequestDocument::Origin::Form, description, mergeId);
        });
    m_batch = new BatchComposer(this);
    connect(m_batch, &BatchComposer::edited, this,
        [this](const Payload &p, const QString &description, int mergeId) {
            m_document.edit(p, RequestDocument::Origin::Form, description, mergeId);
        });
    m_formStack = new QStackedWidget(this);
    // The form scrolls rather than set the window's height: with a larger system font (125% on a
    // 1366x768 laptop) its rows made the window taller than the screen, its bottom cut off.
    auto *formScroll = new VerticalScroll(this);
    formScroll->setObjectName(QStringLiteral("callFormScroll"));
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    keepFocusVisible(formScroll);
    m_formStack->addWidget(formScroll);
    m_formStack->addWidget(m_batch);
    // A stack is as wide as its widest page; only the page shown may count, or the batch
    // composer's width would be forced on single calls too and the window not fit a laptop screen.
    const auto sizeToCurrentPage = [this](int current) {
        for (int i = 0; i < m_formStack->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_formStack->widget(i)->setSizePolicy(policy, policy);
        }
        m_formStack->adjustSize();
    };
    connect(m_formStack, &QStackedWidget::currentChanged, this, sizeToCurrentPage);
    sizeToCurrentPage(m_formStack->currentIndex());

    m_json = new JsonEditor(this);
    m_json->setDark(isDarkPalette());
    auto *jsonPage = new QWidget(this);
    auto *format = new QPushButton(tr("Format"), jsonPage);
    format->setObjectName(QStringLiteral("formatJson"));
    format->setToolTip(tr("Indent the JSON (Ctrl+Shift+F)"));
    connect(format, &QPushButton::clicked, this, &ComposerPanel::formatJson);
    auto *minify = new QPushButton(tr("Minify"), jsonPage);
    minify->setObjectName(QStringLiteral("minifyJson"));
    minify->setToolTip(tr("Write the JSON as it goes on the wire (Ctrl+Shift+M)"));
    connect(minify, &QPushButton::clicked, this, &ComposerPanel::minifyJson);
    auto *jsonButtons = new QHBoxLayout;
    jsonButtons->addWidget(format);
    jsonButtons->addWidget(minify);
    jsonButtons->addStretch();
    m_resolvedToggle = new QCheckBox(tr("Show variables resolved"), jsonPage);
    m_resolvedToggle->setObjectName(QStringLiteral("showResolved"));
    m_resolvedToggle->setToolTip(
        tr("Show the JSON as it will be sent, {{variables}} replaced (secrets masked); "
           "read-only while on"));
    connect(m_resolvedToggle, &QCheckBox::toggled, this, &ComposerPanel::setShowResolved);
    jsonButtons->addWidget(m_resolvedToggle);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 4, 0, 0);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addLayout(jsonButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("composerTabs"));
    m_tabs->addTab(m_formStack, tr("Form"));
    m_tabs->addTab(jsonPage, tr("JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == JsonTab && m_jsonStale)
            updateJsonText();
        if (tab == FormTab && m_document.payload().isBatch()) {
            m_batch->setPayload(m_document.payload());
            if (m_check.parsed)
                m_batch->showSizes(m_check.check.size);
        }
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &ComposerPanel::syncText);
    connect(m_json, &QPlainTextEdit::textChanged, this, &ComposerPanel::jsonTyped);
    connect(m_json, &JsonEditor::largeTextLoaded, this, [this](bool indented) {
        if (m_settingJsonLarge) {
            m_settingJsonLarge = false; // the document's own text, swapped in: check it with its ranges
            m_checker->checkPayload(m_document.payload(), m_json->toPlainText());
        } else {
            jsonTyped(); // a big paste: check it like typing
            if (indented)
                emit notice(tr("The pasted JSON was indented: one line of megabytes makes the editor slow. "
                               "Minify puts it on one line again."));
        }
    });

    m_diagnostics = new DiagnosticsList(this);
    connect(m_diagnostics, &DiagnosticsList::jumpRequested, this, &ComposerPanel::jumpTo);
    m_meter = new SizeMeter(this);
    // Shown only when a check takes more than a moment (a multi-megabyte paste): the window stays
    // usable meanwhile, and this says why the diagnostics have not caught up yet.
    m_busy = new QLabel(tr("Working on a large document… the window stays usable meanwhile."), this);
    m_busy->setObjectName(QStringLiteral("checkingLabel"));
    m_busy->hide();
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    connect(m_json, &JsonEditor::loadingStarted, m_busy, &QWidget::show);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_busy);
    bottomLayout->addWidget(m_meter);
    bottomLayout->addWidget(m_diagnostics, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("composerSplitter"));
    split->addWidget(m_tabs);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 200});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(picker);
    layout->addWidget(split, 1);

    connect(&m_document, &RequestDocument::changed, this, &ComposerPanel::documentChanged);
    m_document.load(newCall(CallType::Track));
}

ComposerPanel::~ComposerPanel() = default;

void ComposerPanel::pickCallType(CallType type)
{
    if (Result<Payload> now = flush(); !now) {
        // Switching would throw away what was typed: the text stays, and says why it cannot switch.
        m_types->button(int(m_document.payload().type()))->setChecked(true);
        emit notice(tr("Not switched to %1: %2").arg(callTypeTitle(type), now.error().message));
        return;
    }
    const Payload &before = m_document.payload();
    const qsizetype calls = before.isBatch() ? before.batchItems().size() : 0;
    m_document.edit(switchCallType(before, type), RequestDocument::Origin::Load,
        tr("Switch to %1").arg(callTypeTitle(type)));
    if (calls > 1 && type != CallType::Batch)
        emit notice(
            tr("Switched to %1 with call 1 of the batch's %2; Undo (Ctrl+Z) brings the other %n back.",
                nullptr, int(calls - 1))
                .arg(callTypeTitle(type))
                .arg(calls));
    if (m_document.payload().type() == type)
        m_types->button(int(type))->setChecked(true);
}

void ComposerPanel::showJsonTab(bool json)
{
    m_tabs->setCurrentIndex(json ? JsonTab : FormTab);
}

void ComposerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        stylePicker();
}

// The picked call type must be obvious in both looks: Fusion's checked tool button is a shade
// away from the others (in the dark look, none). The palette's highlight marks it instead.
void ComposerPanel::stylePicker()
{
    const QPalette p = palette();
    const QString sheet =
        QStringLiteral("QToolButton { padding: 3px 6px; border: 1px solid %1; border-radius: 3px; "
                       "background: %2; color: %3; }"
                       "QToolButton:hover { border-color: %4; }"
                       "QToolButton:checked { background: %4; color: %5; border-color: %4; }")
            .arg(p.color(QPalette::Mid).name(), p.color(QPalette::Button).name(),
                p.color(QPalette::ButtonText).name(), p.color(QPalette::Highlight).name(),
                p.color(QPalette::HighlightedText).name());
    for (QAbstractButton *button : m_types->buttons())
        button->setStyleSheet(sheet);
}

void ComposerPanel::setSplitting(bool on)
{
    m_meter->setSplitting(on);
}

void ComposerPanel::focusTab(bool json)
{
    showJsonTab(json);
    if (json)
        m_json->setFocus(Qt::ShortcutFocusReason);
    else
        focusInto(m_formStack->currentWidget()); // its first field: the form itself takes no keys
}

QWidget *ComposerPanel::problemsView() const
{
    return m_diagnostics;
}

void ComposerPanel::focusEditor()
{
    focusTab(m_tabs->currentIndex() == JsonTab);
}

void ComposerPanel::focusProblems()
{
    if (!m_diagnostics->currentItem() && m_diagnostics->topLevelItemCount() > 0)
        m_diagnostics->setCurrentItem(m_diagnostics->topLevelItem(0));
    m_diagnostics->setFocus(Qt::ShortcutFocusReason);
}

void ComposerPanel::goToProblem(int delta)
{
    if (!m_diagnostics->step(delta)) {
        emit notice(tr("No problems: this call is ready to send."));
        return;
    }
    // The focus has gone to the field: the list's line says what is wrong with it.
    emit notice(m_diagnostics->currentProblem());
}

void ComposerPanel::documentChanged(RequestDocument::Origin origin)
{
    const Payload &p = m_document.payload();
    m_types->button(int(p.type()))->setChecked(true);
    if (origin != RequestDocument::Origin::Form) {
        m_formStack->setCurrentIndex(p.isBatch() ? 1 : 0);
        if (p.isBatch()) {
            if (m_tabs->currentIndex() == FormTab) // otherwise when the form is shown again
                m_batch->setPayload(p);
        } else
            m_form->setPayload(p);
    } else if (p.isBatch() != (m_formStack->currentIndex() == 1)) {
        m_formStack->setCurrentIndex(p.isBatch() ? 1 : 0);
    }
    if (origin == RequestDocument::Origin::Json) {
        emit draftChanged();
        return; // the JSON text is the user's own and was just checked
    }
    m_jsonStale = true;
    if (m_tabs->currentIndex() == JsonTab)
        updateJsonText();
    m_textGeneration = 0;
    m_checker->checkPayload(p, m_jsonStale ? QString() : m_json->toPlainText());
    m_busyDelay->start();
    emit draftChanged();
}

void ComposerPanel::updateJsonText()
{
    if (m_showResolved) {
        // Not the user's text: it stays stale, so edits and marks keep going to the payload.
        DynamicValues dynamic;
        const PreparedRequest resolved = resolveComposePayload(
            m_document.payload(), m_variables, dynamic, VariableResolver::Secrets::Mask);
        showText(QString::fromUtf8(
            writeJson(JsonValue(resolved.payload ? resolved.payload->body() : m_document.payload().body()),
                JsonStyle::Pretty)));
        m_json->setMarks({}, {});
        return;
    }
    const QString text =
        QString::fromUtf8(writeJson(JsonValue(m_document.payload().body()), JsonStyle::Pretty));
    m_settingJsonLarge = text.size() > JsonEditor::largeText; // checked once it is swapped in
    showText(text);
    m_jsonStale = false;
    if (!m_settingJsonLarge)
        m_checker->checkPayload(m_document.payload(), m_json->toPlainText());
    m_busyDelay->start();
}

void ComposerPanel::showText(const QString &text)
{
    m_settingJson = true;
    m_json->replaceText(text);
    m_settingJson = false;
    m_shownText = text;
    m_textDirty = false;
}

void ComposerPanel::jsonTyped()
{
    if (m_settingJson || m_showResolved)
        return;
    m_textDirty = true;
    m_debounce->start(debounceFor(m_json->document()->characterCount()));
}

void ComposerPanel::syncText()
{
    m_debounce->stop();
    if (!m_textDirty)
        return;
    m_textDirty = false;
    const QString text = m_json->toPlainText();
    // Not every textChanged() is typing: re-highlighting for a new palette sends one too, even
    // while the editor still holds a text the payload has moved on from. Only a changed text is.
    if (!m_document.hasPendingText() && text == m_shownText)
        return;
    m_jsonStale = false;
    m_checkedRevision = m_document.setText(text);
    m_textGeneration = m_checker->checkText(text, m_document.payload().type());
    m_busyDelay->start();
    emit draftChanged();
}

Result<Payload> ComposerPanel::flush()
{
    syncText();
    return m_document.flush();
}

void ComposerPanel::checkResult(const ComposeCheck &result)
{
    m_busyDelay->stop();
    m_busy->hide();
    m_check = result;
    const bool fromText = result.generation == m_textGeneration;
    if (fromText && result.parsed)
        m_document.adoptParsedText(m_checkedRevision, result.payload);
    showCheck();
}

void ComposerPanel::showCheck()
{
    m_diagnostics->showDiagnostics(m_check.check.diagnostics, m_check.syntaxMessage);
    if (m_check.parsed)
        m_meter->showGauges(m_check.gauges);
    m_meter->setStale(!m_check.parsed);
    // The batch list is hidden while the JSON tab is up: refreshing 2,000 rows per keystroke there
    // would cost more than the check itself. It catches up when the form is shown.
    if (m_check.parsed && m_check.payload.isBatch() && m_formStack->currentIndex() == 1 &&
        m_tabs->currentIndex() == FormTab)
        m_batch->showSizes(m_check.check.size);
    QList<TextRange> ranges = m_check.ranges;
    QList<Severity> severities;
    for (const Diagnostic &d : m_check.check.diagnostics)
        severities.append(d.severity);
    if (!m_check.parsed) {
        ranges = {m_check.syntaxRange};
        severities = {Severity::Error};
    }
    if (!m_jsonStale)
        m_json->setMarks(ranges, severities);
    emit checked();
}

void ComposerPanel::jumpTo(int index)
{
    if (index == -1) {
        showJsonTab(true);
        m_json->selectRange(m_check.syntaxRange);
        return;
    }
    if (index < 0 || index >= m_check.check.diagnostics.size())
        return;
    const QString pointer = m_check.check.diagnostics[index].pointer;
    if (m_tabs->currentIndex() == FormTab) {
        const bool found =
            m_document.payload().isBatch() ? m_batch->focusPointer(pointer) : m_form->focusPointer(pointer);
        if (found)
            return;
        showJsonTab(true);
    }
    if (m_jsonStale)
        updateJsonText();
    m_json->selectRange(locateJsonPointer(m_json->toPlainText(), pointer));
}

void ComposerPanel::formatJson()
{
    setShowResolved(false);
    showJsonTab(true);
    Result<JsonValue> parsed = parseJson(m_json->toPlainText().toUtf8());
    if (!parsed)
        return; // the diagnostics list already says where it breaks
    m_settingJson = true;
    m_json->replaceText(QString::fromUtf8(writeJson(parsed.value(), JsonStyle::Pretty)));
    m_settingJson = false;
    m_textDirty = true;
    syncText();
}

void ComposerPanel::minifyJson()
{
    setShowResolved(false);
    showJsonTab(true);
    Result<JsonValue> parsed = parseJson(m_json->toPlainText().toUtf8());
    if (!parsed)
        return;
    m_settingJson = true;
    m_json->replaceText(QString::fromUtf8(writeJson(parsed.value(), JsonStyle::Compact)));
    m_settingJson = false;
    m_textDirty = true;
    syncText();
}

void ComposerPanel::setVariables(const ComposeVariables &variables)
{
    if (variables == m_variables)
        return;
    m_variables = variables;
    m_checker->setVariables(variables);
    if (m_showResolved && m_tabs->currentIndex() == JsonTab)
        updateJsonText();
    m_textGeneration = 0;
    m_checker->checkPayload(m_document.payload(), m_jsonStale ? QString() : m_json->toPlainText());
}

void ComposerPanel::setShowResolved(bool on)
{
    if (on == m_showResolved)
        return;
    if (on && !flush()) {
        m_resolvedToggle->setChecked(false); // the text does not parse: nothing to resolve, and it must stay
        return;
    }
    m_showResolved = on;
    m_resolvedToggle->setChecked(on);
    m_json->setReadOnly(on);
    m_jsonStale = true;
    if (m_tabs->currentIndex() == JsonTab)
        updateJsonText();
    emit showResolvedChanged(on);
}

QString ComposerPanel::draftText()
{
    syncText();
    return m_document.draftText();
}

void ComposerPanel::restoreDraft(const QByteArray &text, CallType fallbackType)
{
    m_document.loadText(QString::fromUtf8(text), fallbackType);
    if (!m_document.hasPendingText())
        return;
    // A draft that does not parse is shown as it was written, and stays the truth until fixed.
    showJsonTab(true);
    showText(m_document.pendingText());
    m_jsonStale = false;
    m_checkedRevision = m_document.textRevision();
    m_textGeneration = m_checker->checkText(m_document.pendingText(), fallbackType);
}

} // namespace ewb
