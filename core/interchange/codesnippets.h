// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"

#include <QString>

namespace ewb {

enum class SnippetLanguage { Curl, HTTPie, Node, Python };

// Where a snippet sends. The key is never part of a snippet: every one reads it from the
// environment variable keyVariable, so a snippet can be pasted anywhere.
struct SnippetTarget
{
    QString baseUrl = QStringLiteral("https://cdp.customer.io/v1");
    bool strictMode = true;
    QString keyVariable = QStringLiteral("CDP_API_KEY");
};

// Code that sends payload as the workbench would:
//  Curl, HTTPie: the exact body, Basic auth with the key from $CDP_API_KEY, X-Strict-Mode.
//  Node: the official @customerio/cdp-analytics-node library, one call per item of a batch.
//  Python: the official customerio-cdp-analytics library (from customerio import analytics),
//   snake_case arguments; fields the library sets itself (sentAt, type...) are listed in a comment.
// The library snippets cannot send X-Strict-Mode: the libraries have no such option.
QString codeSnippet(SnippetLanguage language, const Payload &payload, const SnippetTarget &target = {});

QString curlSnippet(const Payload &payload, const SnippetTarget &target = {});
QString httpieSnippet(const Payload &payload, const SnippetTarget &target = {});
QString nodeSnippet(const Payload &payload, const SnippetTarget &target = {});
QString pythonSnippet(const Payload &payload, const SnippetTarget &target = {});

} // namespace ewb
