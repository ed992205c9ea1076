// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "preparedrequest.h"

#include "json/jsonparser.h"
#include "variables/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ewb {

namespace {
// The translation context of this file's messages.
class PreparedRequestText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::PreparedRequest)
};
} // namespace

PreparedRequest prepareRequest(const SavedRequest &request, const RequestScope &scope, DynamicValues &dynamic,
    VariableResolver::Secrets secrets)
{
    PreparedRequest out;
    out.name = request.name;
    VariableResolver resolver(&dynamic, secrets);
    if (scope.overrides)
        resolver.addScope(PreparedRequestText::tr("the run's variables"), scope.overrides);
    if (scope.environment)
        resolver.addScope(PreparedRequestText::tr("environment \"%1\"").arg(scope.environment->name),
            &scope.environment->variables);
    if (scope.collection)
        resolver.addScope(PreparedRequestText::tr("the collection"), &scope.collection->variables);

    if (request.body) {
        out.payload =
            Payload(request.type, resolver.resolveObject(*request.body, QString(), out.diagnostics));
    } else {
        const QString text = resolver.resolveText(request.bodyText, QString(), out.diagnostics);
        JsonSyntaxError where;
        Result<JsonValue> parsed = parseJson(text.toUtf8(), {}, &where);
        if (parsed && parsed->isObject())
            out.payload = Payload(request.type, std::move(parsed->object()));
        else
            out.diagnostics.append(Diagnostic {Severity::Error, QString(),
                QStringLiteral("request.body-json"),
                parsed
                    ? PreparedRequestText::tr("the body is not a JSON object once its variables are resolved")
                    : PreparedRequestText::tr("the body is not JSON once its variables are resolved: %1")
                          .arg(where.message)});
    }

    out.target = request.target;
    if (out.target.isEmpty() && scope.collection)
        out.target = scope.collection->target;
    if (!out.target.baseUrl.isEmpty())
        out.target.baseUrl = resolver.resolveText(out.target.baseUrl, QString(), out.targetDiagnostics);

    out.auth = request.auth;
    for (auto it = scope.folders.rbegin(); it != scope.folders.rend() && out.auth.kind == Auth::Kind::Inherit;
         ++it)
        out.auth = (*it)->auth;
    if (out.auth.kind == Auth::Kind::Inherit && scope.collection)
        out.auth = scope.collection->auth;
    if (out.auth.kind == Auth::Kind::Inherit)
        out.auth.kind = Auth::Kind::None;
    out.auth.username = resolver.resolveText(out.auth.username, QString(), out.targetDiagnostics);
    out.auth.password = resolver.resolveText(out.auth.password, QString(), out.targetDiagnostics);
    out.diagnostics += out.targetDiagnostics;
    out.usedSecret = resolver.usedSecret();
    if (scope.collection)
        out.secrets.addVariables(scope.collection->variables);
    if (scope.environment)
        out.secrets.addVariables(scope.environment->variables);
    return out;
}

Result<PreparedRequest> prepareRequestFile(const QString &path, const QString &environmentName,
    const QString &dataFolder, SecretStore *secrets, DynamicValues &dynamic)
{
    CollectionProblem problem;
    Result<SavedRequest> request = loadRequestFile(path, &problem);
    if (!request)
        return Error {request.error().code, QStringLiteral("%1: %2").arg(path, problem.toString())};

    std::optional<Collection> collection;
    std::vector<FolderInfo> folders;
    const QString root = findCollectionRoot(path);
    if (!root.isEmpty()) {
        Result<Collection> header = loadCollectionHeader(root, &problem);
        if (!header)
            return Error {header.error().code, QStringLiteral("%1: %2").arg(root, problem.toString())};
        collection = std::move(header).value();
        // The folders between the collection and the file, outermost first.
        const QString relative = QDir(root).relativeFilePath(QFileInfo(path).absolutePath());
        QString folder = root;
        if (relative != QLatin1String(".")) {
            for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                folder += QLatin1Char('/') + part;
                Result<FolderInfo> info = loadFolderInfo(folder, &problem);
                if (!info)
                    return Error {
                        info.error().code, QStringLiteral("%1: %2").arg(folder, problem.toString())};
                folders.push_back(std::move(info).value());
            }
        }
        if (secrets) {
            if (Status s = secrets->fillSecretsAndWait(collection->secretScope(), collection->variables); !s)
                return s.error();
        }
    }

    std::optional<Environment> environment;
    if (!environmentName.isEmpty()) {
        Result<Environment> env = EnvironmentStore(environmentsFolder(dataFolder)).load(environmentName);
        if (!env)
            return env.error();
        environment = std::move(env).value();
        if (secrets) {
            if (Status s = secrets->fillSecretsAndWait(environment->secretScope(), environment->variables);
                !s)
                return s.error();
        }
    }

    RequestScope scope;
    scope.collection = collection ? &*collection : nullptr;
    for (const FolderInfo &f : folders)
        scope.folders.push_back(&f);
    scope.environment = environment ? &*environment : nullptr;
    return prepareRequest(request.value(), scope, dynamic);
}

} // namespace ewb
