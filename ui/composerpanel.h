#pragma once

#include "compose/composecheck.h"
#include "composerdocument.h"

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
// sync through one ComposerDocument, with the diagnostics list and the size meter updated on
// every edit. Checks run on a background thread; JSON typing is debounced.
class ComposerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerPanel)

public:
    explicit ComposerPanel(QWidget *parent = nullptr);
    ~ComposerPanel() override;

    ComposerDocument *document() { return &m_document; }
    const ComposeCheck &lastCheck() const { return m_check; }
    JsonEditor *jsonEditor() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }

    void pickCallType(CallType type);
    void showJsonTab(bool json);
    void formatJson();
    void minifyJson();
    // The text the user is editing, for the draft; not necessarily a valid payload.
    QString draftText() const;
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

private:
    void documentChanged(ComposerDocument::Origin origin);
    void jsonTyped();
    void checkResult(const ComposeCheck &result);
    void jumpTo(int index);
    void updateJsonText();
    void showCheck();

    ComposerDocument m_document;
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
    bool m_jsonStale = true;
    quint64 m_textGeneration = 0;
    ComposeVariables m_variables;
    bool m_showResolved = false;
    QCheckBox *m_resolvedToggle = nullptr;
};

} // namespace ewb
