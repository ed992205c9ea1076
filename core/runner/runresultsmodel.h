// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "stepresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace ewb {

// The results of a run as they come in, for the window's Runner: one row per request and
// iteration. Bounded: the bodies of passing requests are kept for the first keptPassingBodies
// of them only (a 100,000-iteration run must not hold every body); failures keep theirs always,
// since they are what a person opens.
class RunResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunResultsModel)

public:
    enum Column { Request, Iteration, Status, Verdict, Time, ColumnCount };
    enum Role { PassedRole = Qt::UserRole + 1 }; // bool, for the failures-only filter
    static constexpr int keptPassingBodies = 2000;

    explicit RunResultsModel(QObject *parent = nullptr);

    void clear();
    void add(StepResult step);
    const StepResult &step(int row) const { return m_steps.at(size_t(row)); }
    const std::vector<StepResult> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StepResult> m_steps;
    int m_passingWithBodies = 0;
};

} // namespace ewb
