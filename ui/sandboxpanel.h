#pragma once

#include "sandbox/recordedevent.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace ewb {

class Sandbox;

// The calls the built-in sandbox received, live: time, type, accepted or dropped with the reason.
// Selecting one shows the payload as stored.
class SandboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPanel)

public:
    explicit SandboxPanel(QWidget *parent = nullptr);

    void attach(Sandbox *sandbox);
    void showNotRunning(const QString &why);
    int eventCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addEvent(const RecordedEvent &event);

    QLabel *m_status;
    QTreeWidget *m_events;
    QPlainTextEdit *m_payload;
    QList<RecordedEvent> m_recorded;
    qint64 m_dropped = 0; // events let go from the front of m_recorded
};

} // namespace ewb
