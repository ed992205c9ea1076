// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "redaction.h"

namespace ewb {

namespace {
qsizetype skipSpace(const QByteArray &text, qsizetype at)
{
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
        ++at;
    return at;
}

// The index just past the string that opens at `open` (a quote), honouring escapes; -1 if it does
// not end.
qsizetype stringEnd(const QByteArray &text, qsizetype open)
{
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}
} // namespace

QByteArray replaceWriteKeys(
    QByteArray json, const std::function<QByteArray(const QByteArray &value)> &replacement)
{
    static const QByteArray name = "\"writeKey\"";
    qsizetype from = 0;
    while ((from = json.indexOf(name, from)) >= 0) {
        qsizetype at = skipSpace(json, from + name.size());
        from += name.size();
        if (at >= json.size() || json[at] != ':')
            continue;
        at = skipSpace(json, at + 1);
        if (at >= json.size() || json[at] != '"')
            continue;
        qsizetype end = stringEnd(json, at);
        const bool cut = end < 0; // cut off inside the key: all of it goes
        if (cut)
            end = json.size();
        const QByteArray value = json.mid(at + 1, end - at - (cut ? 1 : 2));
        QByteArray with(1, '"');
        with.append(replacement(value)).append('"');
        json.replace(at, end - at, with);
        from = at + with.size();
    }
    return json;
}

QByteArray redactWriteKeys(QByteArray json)
{
    return replaceWriteKeys(std::move(json), [](const QByteArray &) { return QByteArray("<redacted>"); });
}

} // namespace ewb
