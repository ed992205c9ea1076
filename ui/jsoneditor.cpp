#include "jsoneditor.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

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
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    m_lineNumbers = new LineNumberArea(this);
    m_highlighter = new JsonHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
        [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
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
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        block = block.next();
        top += height;
    }
}

void JsonEditor::replaceText(const QString &text)
{
    if (text == toPlainText())
        return;
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
        mark.format.setUnderlineColor(severity == Severity::Error ? QColor(0xd0, 0x20, 0x20)
                : severity == Severity::Warning                   ? QColor(0xe0, 0x90, 0x00)
                                                                  : QColor(0x30, 0x80, 0xd0));
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
