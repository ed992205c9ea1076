// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "calltype.h"

namespace ewb {

QString callTypeName(CallType type)
{
    switch (type) {
    case CallType::Identify: return QStringLiteral("identify");
    case CallType::Track: return QStringLiteral("track");
    case CallType::Page: return QStringLiteral("page");
    case CallType::Screen: return QStringLiteral("screen");
    case CallType::Group: return QStringLiteral("group");
    case CallType::Alias: return QStringLiteral("alias");
    case CallType::Batch: return QStringLiteral("batch");
    }
    return {};
}

QString callTypeTitle(CallType type)
{
    QString name = callTypeName(type);
    name[0] = name[0].toUpper();
    return name;
}

std::optional<CallType> callTypeFromName(QStringView name)
{
    for (CallType t : allCallTypes) {
        if (callTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString callTypePath(CallType type)
{
    return QLatin1Char('/') + callTypeName(type);
}

QString callTypeShortPath(CallType type)
{
    return QLatin1Char('/') + callTypeName(type).left(1);
}

std::optional<CallType> callTypeFromPath(QStringView path)
{
    for (CallType t : allCallTypes) {
        if (path == callTypePath(t) || path == callTypeShortPath(t))
            return t;
    }
    return std::nullopt;
}

} // namespace ewb
