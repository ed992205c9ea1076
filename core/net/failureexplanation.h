// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httpresult.h"
#include "outgoingrequest.h"

#include <QString>

namespace ewb {

struct Explanation
{
    QString headline; // one line: "401 Unauthorized: the API key was rejected"
    QString explanation; // what it means and what to do, in plain words
};

// Explains a finished result (status, network error, TLS problems, strict-mode errors in the body,
// attempts made) for a person. Pure: every wording is tested from a table, offline.
Explanation explainResult(const HttpResult &result, const OutgoingRequest &request);

// "the certificate is self-signed", "it has expired", ...: the TLS problems in plain words.
QString describeSslErrors(const QList<QSslError::SslError> &errors, const QString &host);

} // namespace ewb
