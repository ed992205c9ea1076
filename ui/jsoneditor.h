// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "compose/jsontextlocator.h"
#include "validation/diagnostic.h"

#include <QPlainTextEdit>

namespace ewb {

class JsonHighlighter;

// The JSON tab's editor: line numbers, highlighting, and each diagnostic underlined where it is
// written. Highlighting is switched off for very large documents, where it would cost more than
// it shows.
class JsonEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditor)

public:
    explicit JsonEditor(QWidget *parent = nullptr);

    // Replaces the text as one undoable edit, keeping the cursor's line where it can.
    void replaceText(const QString &text);
    void setMarks(const QList<TextRange> &ranges, const QList<Severity> &severities);
    void selectRange(const TextRange &range);
    void setDark(bool dark);
    // Texts this long are laid out in a QTextDocument built on a worker thread and swapped in:
    // inserting megabytes into the editor on the GUI thread freezes the window for seconds.
    static constexpr qsizetype largeText = 1'000'000;
    bool isLoading() const { return m_loadTicket != m_loadedTicket; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

signals:
    void loadingStarted();
    // A large text was swapped in (by a paste or replaceText); textChanged() is not emitted for it.
    // indented: it was one long line of JSON and is shown indented (see loadInBackground).
    void largeTextLoaded(bool indented);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateHighlighting();
    void loadInBackground(QString text);
    void adopt(QTextDocument *document, quint64 ticket, bool indented);

    QWidget *m_lineNumbers;
    JsonHighlighter *m_highlighter;
    bool m_dark = false;
    QTextDocument *m_adopted = nullptr;
    quint64 m_loadTicket = 0;
    quint64 m_loadedTicket = 0;
};

} // namespace ewb
