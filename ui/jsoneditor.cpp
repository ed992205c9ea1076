// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsoneditor.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "jsonhighlighter.h"
#include "palette.h"

#include <QApplication>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QThread>

namespace ewb {

namespace {
// Past this many characters highlighting is switched off: QSyntaxHighlighter colours the whole
// document on the GUI thread, which freezes the window for seconds on a 5 MB paste.
constexpr qsizetype maxHighlightedChars = 1'000'000;

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(JsonEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    JsonEditor *m_editor;
};
} // namespace

JsonEditor::JsonEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("jsonEditor"));
    setAccessibleName(tr("JSON"));
    setAccessibleDescription(tr("The call as JSON. Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move on to the "
                                "next and the previous control."));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    m_lineNumbers = new LineNumberArea(this);
    m_highlighter = new JsonHighlighter(this);
    m_highlighter->setDocument(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
        [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    // The caret's line number stands out while the editor has the focus (see paintLineNumbers).
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumbers, qOverload<>(&QWidget::update));
}

// Tab indents, as in any code editor; Ctrl+Tab and Ctrl+Shift+Tab take the focus out, as GTK's
// text views do, so that the keyboard is never trapped in here. (Unhandled, Ctrl+Tab reached the
// composer's tabs and flipped to the form.)
bool JsonEditor::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            (key->modifiers() & Qt::ControlModifier)) {
            const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(!back); // QPlainTextEdit's own says no while Tab indents
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void JsonEditor::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    m_lineNumbers->update();
}

void JsonEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    m_lineNumbers->update();
}

int JsonEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void JsonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void JsonEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().alternateBase());
    const QColor number = palette().color(QPalette::PlaceholderText);
    // With the focus here, the caret's line in the text's own colour and bold: where typing goes,
    // visible between the caret's blinks.
    const int caretLine = hasFocus() ? textCursor().blockNumber() : -1;
    QFont caretFont = font();
    caretFont.setBold(true);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const bool caret = block.blockNumber() == caretLine;
        painter.setPen(caret ? palette().color(QPalette::Text) : number);
        painter.setFont(caret ? caretFont : font());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        block = block.next();
        top += height;
    }
}

void JsonEditor::insertFromMimeData(const QMimeData *source)
{
    // A paste that replaces everything (or fills an empty editor) with megabytes: load it off the
    // GUI thread. Smaller pastes, and pastes into the middle of a text, go the ordinary way.
    if (source->hasText()) {
        const QString text = source->text();
        const bool replacesAll = !textCursor().hasSelection()
            ? document()->isEmpty()
            : textCursor().selectedText().size() + 1 >= document()->characterCount();
        if (text.size() > largeText && replacesAll) {
            loadInBackground(text);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void JsonEditor::loadInBackground(QString text)
{
    const quint64 ticket = ++m_loadTicket;
    setReadOnly(true);
    emit loadingStarted();
    QPointer<JsonEditor> self(this);
    QThread *guiThread = thread();
    const QFont textFont = font();
    QThread *worker = QThread::create([text = std::move(text), self, guiThread, textFont, ticket]() mutable {
        // Megabytes on a few lines cost most of a second to lay out on the GUI thread when shown,
        // and again on every keystroke; indented, the same JSON lays out in a blink. So a long-lined
        // text that parses is shown indented (the payload is the same); one that does not parse is
        // shown as it is, since its lines are the only clue to where it breaks.
        bool indented = false;
        if (text.size() > 20'000LL * (text.count(u'\n') + 1)) {
            const Result<JsonValue> parsed = parseJson(text.toUtf8());
            if (parsed) {
                text = QString::fromUtf8(writeJson(parsed.value(), JsonStyle::Pretty));
                indented = true;
            }
        }
        auto *doc = new QTextDocument;
        doc->setDefaultFont(textFont);
        doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        doc->setUndoRedoEnabled(false); // one step, like a paste; the composer's undo covers it
        doc->setPlainText(text);
        doc->setUndoRedoEnabled(true);
        doc->moveToThread(guiThread);
        QMetaObject::invokeMethod(
            qApp,
            [self, doc, ticket, indented] {
                if (self)
                    self->adopt(doc, ticket, indented);
                else
                    delete doc;
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void JsonEditor::adopt(QTextDocument *doc, quint64 ticket, bool indented)
{
    if (ticket != m_loadTicket) { // a newer load or edit came first
        delete doc;
        return;
    }
    setExtraSelections({}); // they hold cursors into the old document
    m_highlighter->setDocument(nullptr);
    doc->setParent(this);
    // The editor's first document belongs to its text control, which deletes it here; the ones
    // adopted later belong to this editor.
    QTextDocument *previous = m_adopted;
    setDocument(doc);
    m_adopted = doc;
    delete previous;
    m_loadedTicket = ticket;
    setReadOnly(false);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateHighlighting();
    emit largeTextLoaded(indented);
}

void JsonEditor::replaceText(const QString &text)
{
    if (text.size() > largeText) {
        loadInBackground(text);
        return;
    }
    if (text == toPlainText())
        return;
    m_loadedTicket = ++m_loadTicket; // cancels a load in flight
    const int line = textCursor().blockNumber();
    const int scroll = verticalScrollBar()->value();
    updateHighlighting();
    if (text.size() > maxHighlightedChars)
        m_highlighter->setDocument(nullptr);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    QTextCursor at(document()->findBlockByNumber(qMin(line, blockCount() - 1)));
    setTextCursor(at);
    verticalScrollBar()->setValue(scroll);
}

void JsonEditor::updateHighlighting()
{
    const bool wanted = document()->characterCount() <= maxHighlightedChars;
    if (wanted && !m_highlighter->document())
        m_highlighter->setDocument(document());
    else if (!wanted && m_highlighter->document())
        m_highlighter->setDocument(nullptr);
}

void JsonEditor::setMarks(const QList<TextRange> &ranges, const QList<Severity> &severities)
{
    updateHighlighting();
    QList<QTextEdit::ExtraSelection> marks;
    const int length = document()->characterCount();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const TextRange &r = ranges[i];
        if (!r.isValid() || r.start >= length)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(int(r.start));
        mark.cursor.setPosition(int(qMin<qsizetype>(r.start + qMax<qsizetype>(1, r.length), length - 1)),
            QTextCursor::KeepAnchor);
        const Severity severity = severities.value(i, Severity::Error);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(severity == Severity::Error ? toneColor(Tone::Error)
                : severity == Severity::Warning                   ? toneColor(Tone::Warning)
                                                                  : palette().color(QPalette::Link));
        marks.append(mark);
    }
    setExtraSelections(marks);
}

void JsonEditor::selectRange(const TextRange &range)
{
    if (!range.isValid())
        return;
    QTextCursor cursor(document());
    const int length = document()->characterCount();
    cursor.setPosition(int(qMin<qsizetype>(range.start, length - 1)));
    cursor.setPosition(int(qMin<qsizetype>(range.start + range.length, length - 1)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void JsonEditor::setDark(bool dark)
{
    m_dark = dark;
    m_highlighter->setDark(dark);
}

} // namespace ewb
