// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace ewb::cli {

// The ways a command takes an API key. Never a command-line argument: other users can read
// those (ps, /proc) and shells keep them in history.
struct KeyOptions
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::KeyOptions)

public:
    QCommandLineOption env {QStringLiteral("key-env"),
        tr("Read the API key from environment variable VAR (default: EWB_API_KEY)."), QStringLiteral("VAR")};
    QCommandLineOption stdinKey {
        QStringLiteral("key-stdin"), tr("Read the API key from the first line of standard input.")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({env, stdinKey}); }
};

// The key the options name. With neither option, EWB_API_KEY when it is set; otherwise an empty
// result (no key given), which the caller may fill from a stored source.
Result<QString> readKeyOption(const QCommandLineParser &parser, const KeyOptions &options);

} // namespace ewb::cli
