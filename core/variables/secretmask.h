// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "variable.h"

#include <QByteArray>
#include <QStringList>

namespace ewb {

// The one masking policy for secret variables: every copy of a request that is kept or shown
// (history, logs, the response view, Copy as curl, reports) goes through apply(), in ewb and in
// the window alike, so a secret's value never reaches a file or the screen. A value.
class SecretMask
{
public:
    // The secret ones among variables, those that have a value.
    void addVariables(const Variables &variables);
    void addValue(const QString &value);
    bool isEmpty() const { return m_forms.isEmpty(); }

    // Every occurrence of a secret's value replaced by maskedSecret(): as written and as it appears
    // inside a JSON string (escaped), so a body holding it either way is masked.
    QByteArray apply(QByteArray text) const;
    QString apply(const QString &text) const;

    bool operator==(const SecretMask &) const = default;

private:
    QList<QByteArray> m_forms; // longest first, so a secret inside another is masked whole
};

} // namespace ewb
