// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "forwardmenu.h"

#include "sandbox/sandbox.h"
#include "sources/keystore.h"

#include <QActionGroup>

namespace ewb {

ForwardMenu::ForwardMenu(KeyStore *keys, SourceList sources, QWidget *parent)
    : QMenu(tr("&Forward Accepted Calls To"), parent), m_keys(keys), m_sources(std::move(sources)),
      m_group(new QActionGroup(this)), m_dropped(new QAction(tr("Also Forward &Dropped Calls"), m_group))
{
    // Owned by the group, not the menu: QMenu::clear() in rebuild() deletes the menu's own actions.
    m_group->removeAction(m_dropped);
    setObjectName(QStringLiteral("forwardMenu"));
    setToolTipsVisible(true);
    m_dropped->setObjectName(QStringLiteral("forwardDroppedAction"));
    m_dropped->setCheckable(true);
    m_dropped->setToolTip(
        tr("Send what the sandbox dropped too, each call on its own, to see what the API says."));
    // A change of the option takes effect at once on the current target.
    connect(m_dropped, &QAction::toggled, this, [this] {
        if (!m_current.isNull())
            for (const Source &source : m_sources())
                if (source.id == m_current)
                    choose(source);
    });
    connect(this, &QMenu::aboutToShow, this, &ForwardMenu::rebuild);
    rebuild();
}

void ForwardMenu::setSandbox(Sandbox *sandbox)
{
    m_sandbox = sandbox;
    m_current = QUuid();
    rebuild();
}

void ForwardMenu::rebuild()
{
    clear();
    for (QAction *action : m_group->actions())
        m_group->removeAction(action);
    QAction *off = addAction(tr("&Nowhere (Off)"), this, &ForwardMenu::turnOff);
    off->setObjectName(QStringLiteral("forwardOff"));
    off->setCheckable(true);
    m_group->addAction(off);
    addSeparator();
    const std::vector<Source> sources = m_sources();
    for (const Source &source : sources) {
        QAction *to = addAction(tr("%1 (%2)").arg(source.name, source.baseUrl().toString()));
        to->setObjectName(QStringLiteral("forwardTo_") + source.id.toString(QUuid::WithoutBraces));
        to->setData(source.id);
        to->setCheckable(true);
        to->setToolTip(
            tr("Forward every call the sandbox accepts to this source, with its key from the keychain."));
        connect(to, &QAction::triggered, this, [this, source] { choose(source); });
        m_group->addAction(to);
    }
    if (sources.empty()) {
        QAction *none = addAction(tr("No sources yet: add one in the Sources panel"));
        none->setEnabled(false);
    }
    addSeparator();
    addAction(m_dropped);
    QAction *retry = addAction(tr("&Retry Failed Forwards"), this, [this] {
        if (m_sandbox)
            emit statusChanged(
                tr("%n failed forward(s) queued again.", nullptr, m_sandbox->retryForwarding()));
    });
    retry->setObjectName(QStringLiteral("forwardRetryAction"));
    retry->setEnabled(!m_current.isNull());
    setEnabled(m_sandbox != nullptr);
    showChecked();
}

void ForwardMenu::showChecked()
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toUuid() == m_current);
}

void ForwardMenu::choose(const Source &source)
{
    if (!m_sandbox)
        return;
    m_pending = source.id;
    const bool dropped = m_dropped->isChecked();
    m_keys->readKey(source.id, this, [this, source, dropped](Result<QString> key) {
        if (m_pending != source.id || !m_sandbox)
            return; // another choice came after this one
        m_pending = QUuid();
        if (!key) {
            showChecked();
            emit statusChanged(tr("Not forwarding to %1: %2").arg(source.name, key.error().message));
            return;
        }
        ForwardOptions options;
        options.target = RunTarget {source.name, source.baseUrl(), key.value(), source.strictMode};
        options.forwardDropped = dropped;
        if (Status started = m_sandbox->setForwarding(options); !started) {
            m_current = QUuid();
            showChecked();
            emit statusChanged(tr("Not forwarding to %1: %2").arg(source.name, started.error().message));
            return;
        }
        m_current = source.id;
        showChecked();
        emit statusChanged(
            tr("Forwarding accepted calls to %1 (%2)").arg(source.name, source.baseUrl().toString()));
    });
}

void ForwardMenu::turnOff()
{
    m_pending = QUuid();
    if (m_sandbox)
        (void)m_sandbox->setForwarding(std::nullopt); // stopping cannot fail
    m_current = QUuid();
    showChecked();
    emit statusChanged(tr("Forwarding is off"));
}

} // namespace ewb
