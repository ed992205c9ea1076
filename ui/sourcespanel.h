// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sources/source.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;

namespace ewb {

class ConnectionProbe;
class WrapLabel;
class FallbackKeyStore;
class HttpClient;
class SourceStore;
struct ProbeResult;

// The sources calls can go to: add, edit, remove, pick one, and Test Connection with its verdict
// and what to do next. The built-in sandbox, when running, is listed first. Keys go to the key
// store; when there is no keychain a banner says keys are kept for this session only.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)

public:
    SourcesPanel(SourceStore *store, FallbackKeyStore *keys, HttpClient *client, QWidget *parent = nullptr);
    ~SourcesPanel() override;

    void setSandboxSource(const std::optional<Source> &sandbox);
    std::optional<Source> selectedSource() const;
    bool isSandbox(const Source &source) const;
    // Selects id without it counting as the user's choice; the sandbox when id is not listed.
    void select(const QUuid &id);
    void showKeychainUnavailable(const QString &message);
    void testConnection(); // of the selected source

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The selected source changed, for whatever reason (null when none).
    void selectionChanged(const QUuid &id);
    // The user picked id in the list: the one choice worth remembering.
    void chosen(const QUuid &id);
    void message(const QString &text);

private:
    void refresh();
    void addSource();
    void editSource();
    void removeSource();
    void showVerdict(const ProbeResult &result);
    void saveStore();
    void clearVerdict();

    SourceStore *m_store;
    FallbackKeyStore *m_keys;
    ConnectionProbe *m_probe;
    std::optional<Source> m_sandbox;
    WrapLabel *m_banner;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    WrapLabel *m_verdict;
    WrapLabel *m_whatToDo;
    bool m_selecting = false;
    bool m_probing = false;
    std::optional<Source> m_probed; // the source the running test is about, as it was then
};

} // namespace ewb
