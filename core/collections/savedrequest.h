// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "expectations.h"
#include "json/jsonvalue.h"
#include "model/payload.h"
#include "util/result.h"

#include <QUuid>

#include <optional>

namespace ewb {

// How a request authenticates: the API takes the key as a Basic user name with a blank password.
// Inherit takes the enclosing folder's or collection's. Fields may hold `{{variables}}`; a literal
// key is never stored (importers move it to the keychain first).
struct Auth
{
    enum class Kind { Inherit, None, Basic };
    Kind kind = Kind::Inherit;
    QString username;
    QString password;

    static Auth basic(const QString &username, const QString &password = {})
    {
        return Auth {Kind::Basic, username, password};
    }
    // null for Inherit (the member is left out), else {"type": "none"} or
    // {"type": "basic", "username": ..., "password": ...}.
    JsonValue toJson() const;
    static Result<Auth> fromJson(const JsonValue &value);

    bool operator==(const Auth &) const = default;
};

// Where a request goes: a stored source (by name, with its id when known: the key comes from the
// keychain entry of that source) or a base URL such as "{{baseUrl}}" or "http://127.0.0.1:8080/v1"
// (the key then comes from the auth). Empty: the collection's target.
struct RequestTarget
{
    QString sourceName;
    QUuid sourceId;
    QString baseUrl;

    bool isEmpty() const { return sourceName.isEmpty() && sourceId.isNull() && baseUrl.isEmpty(); }
    JsonValue toJson() const; // null when empty
    static Result<RequestTarget> fromJson(const JsonValue &value);

    bool operator==(const RequestTarget &) const = default;
};

// One saved request: the call or batch, its type, target, auth and notes. A value.
//
// The body is kept as a JSON object when it is one; text that is not JSON as it stands (a
// `{{count}}` where a number goes) is kept as bodyText and parsed after variables are resolved.
// Files are written key-sorted so they diff well; reading one puts the top-level members (and
// those of batch items) back in the canonical wire order (Payload::fieldRank).
struct SavedRequest
{
    QString name;
    CallType type = CallType::Track;
    std::optional<JsonObject> body;
    QString bodyText;
    RequestTarget target;
    Auth auth;
    QString notes;
    Expectations expect; // what a run checks (see expectations.h)

    // Sets body or bodyText from text (body when it parses as an object).
    void setBodyText(const QString &text);
    // The body as text: pretty JSON (as written) or bodyText.
    QString bodyAsText() const;

    JsonObject toJson() const;
    static Result<SavedRequest> fromJson(const JsonValue &value);
    // Pretty, key-sorted JSON with a final newline: the file's exact bytes.
    QByteArray toFileBytes() const;

    bool operator==(const SavedRequest &) const = default;
};

// Puts the top-level members of a call, and of each batch item, in the canonical wire order.
void canonicalizeBodyOrder(JsonObject &body);

// A name a person would give a request for this payload (Save As, saving recorded calls): the
// event's or the page's name when it has one, else the call type and the user ("Identify u1"), so
// that requests saved from a stream of calls can be told apart.
QString suggestedRequestName(const Payload &payload);

} // namespace ewb
