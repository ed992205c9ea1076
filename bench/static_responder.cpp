// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandbox/httpserver.h"

#include <QCoreApplication>
#include <QTextStream>

// The ceiling for bench_sandbox.sh: the same HTTP server as the sandbox, answering {} to everything
// without parsing, checking or recording anything. Prints its URL, then serves until killed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ewb::HttpServer server;
    server.setFallback([](const ewb::HttpRequest &) { return ewb::HttpResponse::json(200, "{}"); });
    ewb::HttpServerOptions options;
    options.limits.maxBodyBytes = 4 * 1024 * 1024;
    if (const ewb::Status listening = server.listen(options); !listening) {
        QTextStream(stderr) << listening.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
