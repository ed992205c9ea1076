// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "rowcheck.h"

#include "json/jsonwriter.h"
#include "validation/semanticevents.h"
#include "validation/sizebudget.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace ewb {

namespace {

// The translation context of this file's messages.
class RowCheck
{
    Q_DECLARE_TR_FUNCTIONS(ewb::RowCheck)
};

// Our own namespace for derived ids: the same row and place give the same id on any machine.
const QUuid backfillNamespace(QStringLiteral("{8c2d7e0a-5f3b-4d61-a9e2-6b1f0c4d2e77}"));

Diagnostic error(const QString &code, const QString &message, const QString &pointer = {})
{
    return Diagnostic {Severity::Error, pointer, code, message};
}

// SHA-1 through OpenSSL, whose implementation uses the CPU's SHA instructions (Qt's own took a
// tenth of a backfill's time). The algorithm is fetched once and a context kept per thread:
// SHA1() fetched it and made a context for every call, a third of its cost.
class Sha1
{
public:
    Sha1() : m_context(EVP_MD_CTX_new()) { }
    ~Sha1() { EVP_MD_CTX_free(m_context); }
    Q_DISABLE_COPY_MOVE(Sha1)

    // The digest of the parts, one after the other; false only when OpenSSL fails.
    bool digest(std::initializer_list<QByteArrayView> parts, unsigned char (&out)[SHA_DIGEST_LENGTH])
    {
        static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
        if (!md || !m_context || !EVP_DigestInit_ex2(m_context, md, nullptr))
            return false;
        for (QByteArrayView part : parts) {
            if (!EVP_DigestUpdate(m_context, part.data(), size_t(part.size())))
                return false;
        }
        return EVP_DigestFinal_ex(m_context, out, nullptr);
    }

private:
    EVP_MD_CTX *m_context;
};

} // namespace

// RFC 4122's version 5: SHA-1 of the namespace's bytes and the name (the row, '#' and its index),
// with the version and variant bits set; what QUuid::createUuidV5 makes (tst_backfillinputs).
QString derivedMessageId(QByteArrayView row, qint64 index)
{
    static const QByteArray space = backfillNamespace.toRfc4122();
    const QByteArray place = '#' + QByteArray::number(index);
    thread_local Sha1 sha1;
    unsigned char digest[SHA_DIGEST_LENGTH];
    if (!sha1.digest({space, row, place}, digest)) // out of memory in OpenSSL: Qt's SHA-1 then
        return QUuid::createUuidV5(backfillNamespace, row.toByteArray() + place)
            .toString(QUuid::WithoutBraces);
    digest[6] = (digest[6] & 0x0f) | 0x50;
    digest[8] = (digest[8] & 0x3f) | 0x80;
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(digest), 16))
        .toString(QUuid::WithoutBraces);
}

CheckedRow checkRow(InputRow row, const BackfillRules &rules)
{
    CheckedRow out;
    out.index = row.index;
    out.line = row.line;
    out.raw = std::move(row.raw);
    if (!row.call) {
        out.errors.append(error(QStringLiteral("backfill.row"), row.problem));
        return out;
    }
    JsonObject body = std::move(*row.call);
    // The type: the row's own, else --type.
    std::optional<CallType> type;
    if (const JsonValue *t = body.find(u"type")) {
        type = callTypeFromName(t->toString());
        if (!type || *type == CallType::Batch) {
            out.errors.append(error(QStringLiteral("backfill.type"),
                RowCheck::tr(
                    "\"type\" is \"%1\": a row is one call, identify, track, page, screen, group or alias")
                    .arg(t->toString().left(40)),
                QStringLiteral("/type")));
            return out;
        }
    } else if (rules.type) {
        type = rules.type;
    } else {
        out.errors.append(error(QStringLiteral("backfill.type"),
            RowCheck::tr(
                "the row has no \"type\"; give one to every row, or --type for a file of one kind")));
        return out;
    }
    // The messageId from the row as written, before anything is added to it.
    const JsonValue *id = body.find(u"messageId");
    const bool hasId = id && id->isString() && !id->toString().isEmpty();
    const QString messageId = hasId ? id->toString() : derivedMessageId(out.raw, out.index);

    out.type = *type;
    Payload call(*type, std::move(body));
    ValidationOptions options;
    options.nowMsecsSinceEpoch = rules.nowMsecsSinceEpoch;
    // Sized by the call's own wire bytes, which are written anyway.
    QByteArray written = call.toWire();
    SizeReport size;
    size.bodyBytes = written.size();
    const PayloadCheck check = checkPayload(call, std::move(size), options);
    for (const Diagnostic &d : check.diagnostics)
        (d.severity == Severity::Error ? out.errors : out.warnings).append(d);
    if (*type == CallType::Track) {
        const QString event = call.stringField(u"event");
        if (const SemanticEvent *semantic = findSemanticEvent(event);
            semantic && semantic->destructive && !rules.allowDestructive)
            out.errors.append(error(QStringLiteral("backfill.destructive"),
                RowCheck::tr("\"%1\" %2: a backfill does not send it unless --allow-destructive")
                    .arg(event, semanticEventPurpose(*semantic)),
                QStringLiteral("/event")));
    }
    if (!call.body().contains(u"timestamp"))
        out.warnings.append(Diagnostic {Severity::Warning, QStringLiteral("/timestamp"),
            QStringLiteral("backfill.timestamp.missing"),
            RowCheck::tr("no timestamp: the API stamps the time of receipt, so history lands on today")});
    if (!out.errors.isEmpty()) {
        out.callJson = written; // one line: it is listed in a table
        out.person = call.userId().isEmpty() ? call.anonymousId() : call.userId();
        return out;
    }

    JsonObject &b = call.body();
    // Batch items carry their type. What is added goes at the end of the call, so its wire bytes
    // are those already written with the new members appended, unless the tags change "context".
    std::vector<size_t> appended; // member indexes: an insert may move the members
    const QString typeName = callTypeName(*type);
    if (const JsonValue *t = b.find(u"type"); !t || t->toString() != typeName) {
        const bool append = !t;
        b.insert(QStringLiteral("type"), typeName);
        if (!append)
            written.clear(); // replaced in place: written again below
        else
            appended.push_back(b.members().size() - 1);
    }
    if (!hasId) {
        b.insert(QStringLiteral("messageId"), messageId);
        appended.push_back(b.members().size() - 1);
    }
    if (!rules.tags.isEmpty()) {
        JsonValue *context = b.find(u"context");
        if (!context || !context->isObject()) {
            b.insert(QStringLiteral("context"), JsonObject());
            context = b.find(u"context");
        }
        context->object().insert(QStringLiteral("backfill"), rules.tags);
        written.clear();
    }
    out.person = call.userId().isEmpty() ? call.anonymousId() : call.userId();
    if (written.isEmpty()) {
        out.wire = call.toWire();
    } else {
        written.chop(1); // '}'
        for (const size_t i : appended) {
            const JsonObject::Member &m = b.members()[i];
            if (written.size() > 1)
                written.append(',');
            appendJsonString(written, m.first);
            written.append(':');
            appendJson(written, m.second);
        }
        written.append('}');
        out.wire = std::move(written);
    }
    // What was added (type, messageId, tags) counts against the call's limit too.
    if (out.wire.size() > sizelimits::callMargin) {
        out.errors.append(error(QStringLiteral("size.call.limit"),
            RowCheck::tr("with its messageId and tags the call is %1 bytes, over %2")
                .arg(out.wire.size())
                .arg(sizelimits::callMargin)));
        return out;
    }
    out.call = std::move(call);
    return out;
}

} // namespace ewb
