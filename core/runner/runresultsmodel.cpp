// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "runresultsmodel.h"

namespace ewb {

RunResultsModel::RunResultsModel(QObject *parent) : QAbstractTableModel(parent) { }

void RunResultsModel::clear()
{
    beginResetModel();
    m_steps.clear();
    m_passingWithBodies = 0;
    endResetModel();
}

void RunResultsModel::add(StepResult step)
{
    if (step.passed() && ++m_passingWithBodies > keptPassingBodies) {
        step.request.body.clear();
        step.result.body.clear();
    }
    const int row = int(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.push_back(std::move(step));
    endInsertRows();
}

int RunResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int RunResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_steps.size()))
        return {};
    const StepResult &s = m_steps[size_t(index.row())];
    if (role == PassedRole)
        return s.passed();
    if (role == Qt::ToolTipRole && !s.failures.isEmpty())
        return s.failures.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() != Request && index.column() != Verdict)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Request: return s.name;
    case Iteration: return s.iteration;
    case Status: return s.result.status ? QVariant(s.result.status) : QVariant(QStringLiteral("-"));
    case Verdict:
        return s.failures.isEmpty()
            ? StepResult::verdictText(s.verdict)
            : QStringLiteral("%1: %2").arg(StepResult::verdictText(s.verdict), s.failures.first());
    case Time: return QStringLiteral("%1 ms").arg(s.ms);
    }
    return {};
}

QVariant RunResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Request: return tr("Request");
    case Iteration: return tr("Iteration");
    case Status: return tr("Status");
    case Verdict: return tr("Verdict");
    case Time: return tr("Time");
    }
    return {};
}

} // namespace ewb
