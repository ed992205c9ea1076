// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "compose/composecheck.h"
#include "workbench/requestdocument.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace ewb {

class BackgroundChecker;
class BatchComposer;
class CallForm;
class DiagnosticsList;
class JsonEditor;
class SizeMeter;

// The composer: the call-type picker, the form (or the batch composer) and the JSON tab, kept in
// sync through one RequestDocument (core/workbench), with the diagnostics list and the size meter updated on
// every edit. Checks run on a background thread; JSON typing is debounced.
class ComposerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerPanel)

public:
    explicit ComposerPanel(QWidget *parent = nullptr);
    ~ComposerPanel() override;

    RequestDocument *document() { return &m_document; }
    const ComposeCheck &lastCheck() const { return m_check; }
    JsonEditor *jsonEditor() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *problemsView() const;

    void pickCallType(CallType type);
    void showJsonTab(bool json);
    // Shows the tab and puts the keyboard focus in it (View > Form, View > JSON): typing goes there.
    void focusTab(bool json);
    // The keyboard focus to the tab shown (View > Go To > Composer).
    void focusEditor();
    // The keyboard focus to the problems list, its first problem current when none is.
    void focusProblems();
    // Goes to the next (1) or previous (-1) problem: selects it in the list and puts the focus on
    // its field or its place in the JSON (F8, Shift+F8). Says so when there is none.
    void goToProblem(int delta);
    // Send splits oversize batches: the size meter says so.
    void setSplitting(bool on);
    void formatJson();
    void minifyJson();
    // Makes what the JSON tab shows the document's payload, now (RequestDocument::flush): called
    // before anything acts on the request. Fails, saying where, when the text does not parse.
    Result<Payload> flush();
    // The text the user is editing, for the draft; not necessarily a valid payload.
    QString draftText();
    // Restores a draft: a payload when it parses, the raw text in the JSON tab otherwise.
    void restoreDraft(const QByteArray &text, CallType fallbackType);

    // --- variables (issue 5) ---
    // What `{{name}}` resolves to: checks, gauges and diagnostics see the resolved payload.
    void setVariables(const ComposeVariables &variables);
    const ComposeVariables &variables() const { return m_variables; }
    // The JSON tab shows the payload with its variables resolved (secrets masked), read-only.
    void setShowResolved(bool on);
    bool showsResolved() const { return m_showResolved; }

signals:
    void checked();
    void draftChanged();
    void showResolvedChanged(bool on);
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void stylePicker();
    void documentChanged(RequestDocument::Origin origin);
    void jsonTyped();
    void syncText();
    void showText(const QString &text);
    void checkResult(const ComposeCheck &result);
    void jumpTo(int index);
    void updateJsonText();
    void showCheck();

    RequestDocument m_document;
    BackgroundChecker *m_checker;
    ComposeCheck m_check;
    QButtonGroup *m_types;
    QTabWidget *m_tabs;
    QStackedWidget *m_formStack;
    CallForm *m_form;
    BatchComposer *m_batch;
    JsonEditor *m_json;
    DiagnosticsList *m_diagnostics;
    SizeMeter *m_meter;
    QTimer *m_debounce;
    QLabel *m_busy;
    QTimer *m_busyDelay;
    bool m_settingJson = false;
    bool m_settingJsonLarge = false;
    bool m_jsonStale = true; // the editor does not show the payload (it was edited elsewhere)
    bool m_textDirty = false; // typed in since the document last had the editor's text
    QString m_shownText; // what the panel last put in the editor: a signal with it is not an edit
    quint64 m_textGeneration = 0;
    quint64 m_checkedRevision = 0; // the document's text revision that m_textGeneration checks
    ComposeVariables m_variables;
    bool m_showResolved = false;
    QCheckBox *m_resolvedToggle = nullptr;
};

} // namespace ewb
