#include "sandboxpanel.h"

#include "json/jsonwriter.h"
#include "palette.h"
#include "sandbox/sandbox.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ewb {

namespace {
// The panel keeps the newest calls; the sandbox itself keeps many more.
constexpr int maxShown = 2000;
} // namespace

SandboxPanel::SandboxPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sandboxPanel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sandboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("sandboxEvents"));
    m_events->setHeaderLabels({tr("Time"), tr("Type"), tr("Result")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("sandboxPayload"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select a call to see what the sandbox stored."));
    connect(m_events, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const qint64 index = item->data(0, Qt::UserRole).toLongLong() - m_dropped;
        if (index < 0 || index >= m_recorded.size())
            return;
        const RecordedEvent &e = m_recorded[index];
        QString text = e.accepted ? QString() : tr("Dropped: %1\n%2\n\n").arg(e.reason, e.message);
        text += e.payload.isString() ? e.payload.toString()
                                     : QString::fromUtf8(writeJson(e.payload, JsonStyle::Pretty));
        m_payload->setPlainText(text);
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_events);
    split->addWidget(m_payload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

void SandboxPanel::attach(Sandbox *sandbox)
{
    m_status->setText(
        tr("Listening on %1 (any key is accepted). Calls sent to \"Local sandbox\" appear here.")
            .arg(sandbox->baseUrl().toString()));
    connect(sandbox, &Sandbox::eventRecorded, this, &SandboxPanel::addEvent);
}

void SandboxPanel::showNotRunning(const QString &why)
{
    m_status->setText(tr("The built-in sandbox is not running: %1").arg(why));
}

void SandboxPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The result colours were picked for the previous palette.
    for (int i = 0; i < m_events->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_events->topLevelItem(i);
        item->setForeground(2, toneColor(item->data(2, Qt::UserRole).toBool() ? Tone::Success : Tone::Error));
    }
}

int SandboxPanel::eventCount() const
{
    return m_events->topLevelItemCount();
}

void SandboxPanel::addEvent(const RecordedEvent &event)
{
    // Items hold the event's sequence number, not its place in the list: dropping the oldest then
    // costs nothing (it renumbered every item, 2,000 of them for each event of a backfill).
    if (m_recorded.size() >= maxShown) {
        m_recorded.removeFirst();
        ++m_dropped;
        delete m_events->takeTopLevelItem(m_events->topLevelItemCount() - 1);
    }
    m_recorded.append(event);
    const QString result = event.accepted ? tr("accepted") : tr("dropped: %1").arg(event.reason);
    auto *item =
        new QTreeWidgetItem({event.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"), event.type, result});
    item->setData(0, Qt::UserRole, qint64(m_dropped + m_recorded.size() - 1));
    item->setData(2, Qt::UserRole, event.accepted);
    item->setForeground(2, toneColor(event.accepted ? Tone::Success : Tone::Error));
    item->setToolTip(2, event.message);
    m_events->insertTopLevelItem(0, item); // newest first
}

} // namespace ewb
