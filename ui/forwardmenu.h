// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sources/source.h"

#include <QMenu>
#include <QUuid>

#include <functional>
#include <vector>

class QActionGroup;

namespace ewb {

class KeyStore;
class Sandbox;

// Sandbox > Forward Accepted Calls To: the built-in sandbox as a live debugger in front of the real
// API (docs/sandbox.md, "Forwarding to Customer.io"). Lists the stored sources; picking one reads
// its key from the keychain (asynchronously) and has the sandbox forward what it accepts there.
// Off at every start, whatever was chosen before: a restart must never aim an app's test traffic
// at production unasked.
class ForwardMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardMenu)

public:
    using SourceList = std::function<std::vector<Source>()>;
    ForwardMenu(KeyStore *keys, SourceList sources, QWidget *parent = nullptr);

    void setSandbox(Sandbox *sandbox);
    // The source forwarded to; null when off.
    QUuid forwardingTo() const { return m_current; }

signals:
    // "Forwarding accepted calls to prod (https://cdp.customer.io/v1)", "Forwarding is off", or why
    // it could not start: for the status bar.
    void statusChanged(const QString &text);

private:
    void rebuild();
    void choose(const Source &source);
    void turnOff();
    void showChecked();

    KeyStore *m_keys;
    SourceList m_sources;
    Sandbox *m_sandbox = nullptr;
    QActionGroup *m_group;
    QAction *m_dropped;
    QUuid m_current;
    QUuid m_pending; // being started (its key is being read)
};

} // namespace ewb
