// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "validation/sizebudget.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;
class QSplitter;

namespace ewb {

class CallForm;
class KeyValueTable;

// A batch: its list of calls (add, duplicate, remove, reorder), the selected call in the same
// form single calls use, the context and integrations every call shares, each call's size, and
// how an oversize batch would be split.
class BatchComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchComposer)

public:
    explicit BatchComposer(QWidget *parent = nullptr);

    void setPayload(const Payload &batch);
    // Sizes from the latest check, for the list and the split preview.
    void showSizes(const SizeReport &size);
    int currentItem() const;
    bool focusPointer(const QString &pointer);

signals:
    void edited(const ewb::Payload &payload, const QString &description, int mergeId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(Qt::Orientation orientation); // the list beside the form, or above it
    void refreshList();
    void selectItem(int index);
    void edit(const QString &description, int mergeId = -1);
    void editList(const QString &description, int select);

    Payload m_batch;
    SizeReport m_size;
    QListWidget *m_list;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_formScroll = nullptr;
    CallForm *m_form;
    KeyValueTable *m_context;
    KeyValueTable *m_integrations;
    QLabel *m_split;
    bool m_updating = false;
};

} // namespace ewb
