#pragma once

#include "validation/diagnostic.h"

#include <QTreeWidget>

namespace ewb {

// Every problem the checks found, worst first in document order; activating one asks the
// composer to jump to its place.
class DiagnosticsList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsList)

public:
    explicit DiagnosticsList(QWidget *parent = nullptr);

    // syntaxMessage, when not empty, is shown alone: the text is not a payload yet.
    void showDiagnostics(const Diagnostics &diagnostics, const QString &syntaxMessage);

signals:
    void jumpRequested(int index); // -1: the syntax error

private:
    QString m_empty;
};

} // namespace ewb
