// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

#include <array>
#include <optional>

namespace ewb {

// The six calls of the Data Pipelines API, and the batch that carries several of them.
enum class CallType { Identify, Track, Page, Screen, Group, Alias, Batch };

inline constexpr std::array<CallType, 7> allCallTypes = {CallType::Identify, CallType::Track, CallType::Page,
    CallType::Screen, CallType::Group, CallType::Alias, CallType::Batch};

// "identify", "track", ...: the value of a call's "type" field and the last part of its path.
QString callTypeName(CallType type);
// "Identify", "Track", ...: for people.
QString callTypeTitle(CallType type);
std::optional<CallType> callTypeFromName(QStringView name);
// "/identify": the path below the base URL (".../v1").
QString callTypePath(CallType type);
// The undocumented one-letter paths the browser and mobile SDKs use: "/i", "/t", ..., "/b".
QString callTypeShortPath(CallType type);
std::optional<CallType> callTypeFromPath(QStringView path);

} // namespace ewb
