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

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHighlighting();

    QWidget *m_lineNumbers;
    JsonHighlighter *m_highlighter;
    bool m_dark = false;
};

} // namespace ewb
