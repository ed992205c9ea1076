// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QStringList>

#include <vector>

namespace ewb {

// How the columns of a CSV file become a call, for `ewb backfill`:
//   --map userId=user_id,event=event_name,timestamp=ts,properties.total:number=total,properties.*=*
// Each entry is FIELD=COLUMN, FIELD a dotted path in the call, optionally typed (:number, :bool,
// :json; text by default); "PATH.*=*" puts every column no entry names under PATH. Without a
// mapping, each column is named by its field path ("userId", "properties.plan"). An empty cell sets
// nothing, so a row without a timestamp has none (and is warned about), never "".
struct CsvMapping
{
    enum class Kind { Text, Number, Bool, Json };
    struct Field
    {
        QStringList path; // {"properties", "total"}
        QString column;
        Kind kind = Kind::Text;
    };
    std::vector<Field> fields;
    QStringList restUnder; // the path of "PATH.*=*"; empty: unnamed columns are left out

    bool isEmpty() const { return fields.empty() && restUnder.isEmpty(); }
    // The --map text: entries separated by commas or new lines (a mapping file); # starts a comment.
    static Result<CsvMapping> parse(const QString &spec);
    // Checks the mapping against the header: every column it names must be there.
    Status check(const QStringList &header) const;
    // The call a record makes; the error names the column when a typed cell does not parse.
    Result<JsonObject> apply(const QStringList &header, const QStringList &record) const;
};

} // namespace ewb
