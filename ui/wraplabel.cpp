#include "wraplabel.h"

#include <QEvent>

namespace ewb {

WrapLabel::WrapLabel(QWidget *parent) : WrapLabel(QString(), parent) { }

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void WrapLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fitHeight();
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fitHeight();
}

void WrapLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

void WrapLabel::fitHeight()
{
    // The text's height at this width; depends on the width only, so this settles at once.
    const int needed = text().isEmpty() ? 0 : qMax(0, heightForWidth(width()));
    if (needed != minimumHeight())
        setMinimumHeight(needed);
}

} // namespace ewb
