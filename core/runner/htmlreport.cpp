// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "reportwriters.h"

#include <QDateTime>

namespace ewb {

namespace {

// One static page, no JavaScript (CI artefact viewers often block it): the totals, then a table
// of every request with its verdict; a failure opens (<details>) on why, the request and the answer.
class HtmlReport final : public RunReport
{
public:
    explicit HtmlReport(const QString &path) : RunReport(path) { }

private:
    QByteArray stepText(const StepResult &step, bool) override
    {
        const char *cls = step.passed() ? "pass" : "fail";
        QByteArray x = "<tr class=\"";
        x.append(cls).append("\"><td>").append(QByteArray::number(step.iteration)).append("</td><td>");
        if (step.passed()) {
            x.append(escapeMarkup(step.name));
        } else {
            x.append("<details><summary>").append(escapeMarkup(step.name)).append("</summary><ul>");
            for (const QString &f : step.failures)
                x.append("<li>").append(escapeMarkup(f)).append("</li>");
            x.append("</ul>");
            if (step.verdict != StepResult::Verdict::NotSent) {
                x.append("<pre>")
                    .append(escapeMarkup(
                        QStringLiteral("%1 %2\n\n%3")
                            .arg(QString::fromLatin1(step.request.method), step.request.url.toString(),
                                QString::fromUtf8(step.request.body))))
                    .append("</pre><pre>")
                    .append(escapeMarkup(
                        step.result.headline + QStringLiteral("\n\n") + QString::fromUtf8(step.result.body)))
                    .append("</pre>");
            }
            x.append("</details>");
        }
        x.append("</td><td>").append(step.result.status ? QByteArray::number(step.result.status) : "-");
        x.append("</td><td>").append(escapeMarkup(StepResult::verdictName(step.verdict)));
        x.append("</td><td class=\"n\">").append(QByteArray::number(step.ms)).append("</td></tr>\n");
        return x;
    }

    QByteArray head(const RunSummary &s) override
    {
        QByteArray x = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>";
        x.append(escapeMarkup(s.label)).append(" — run report</title>\n");
        x.append(
            "<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
            "table{border-collapse:collapse;width:100%}td,th{padding:4px 8px;border-bottom:1px solid #ddd;"
            "text-align:left;vertical-align:top}.n{text-align:right}.fail td{background:#fdecea}"
            ".pass td:nth-child(4){color:#1b5e20}.fail td:nth-child(4){color:#b71c1c;font-weight:bold}"
            "pre{white-space:pre-wrap;background:#f6f6f6;padding:6px;max-height:20em;overflow:auto}"
            ".ok{color:#1b5e20}.bad{color:#b71c1c}</style></head><body>\n");
        x.append("<h1>")
            .append(escapeMarkup(s.label))
            .append("</h1>\n<p class=\"")
            .append(s.allPassed() ? "ok" : "bad")
            .append("\"><strong>");
        x.append(s.allPassed() ? "All passed" : (s.partial ? "Stopped before the end" : "Not all passed"));
        x.append("</strong>: ").append(QByteArray::number(s.passed)).append(" passed, ");
        x.append(QByteArray::number(s.failed)).append(" failed, ").append(QByteArray::number(s.notSent));
        x.append(" not sent, in ").append(QByteArray::number(s.iterations)).append(" iteration(s), ");
        x.append(seconds(s.ms)).append(" s");
        if (!s.stopReason.isEmpty())
            x.append(" (").append(escapeMarkup(s.stopReason)).append(')');
        if (!s.target.isEmpty())
            x.append(". Target: ").append(escapeMarkup(s.target));
        if (!s.dataFile.isEmpty())
            x.append(". Data: ").append(escapeMarkup(s.dataFile));
        if (!s.environment.isEmpty())
            x.append(". Environment: ").append(escapeMarkup(s.environment));
        x.append(". Written ").append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1());
        x.append(".</p>\n<table><thead><tr><th>Iteration</th><th>Request</th><th>Status</th><th>Verdict</th>"
                 "<th class=\"n\">ms</th></tr></thead><tbody>\n");
        return x;
    }

    QByteArray tail(const RunSummary &) override { return "</tbody></table>\n</body></html>\n"; }
};

} // namespace

std::unique_ptr<RunReport> makeHtmlReport(const QString &path)
{
    return std::make_unique<HtmlReport>(path);
}

} // namespace ewb
