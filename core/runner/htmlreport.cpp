// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "reportwriters.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ewb {

namespace {

// The translation context of the report's words (the page is for people; the JSON and JUnit
// reports are for programs).
class HtmlReportText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::HtmlReport)
};

// "All passed: 3 passed, 0 failed, 0 not sent, in 2 iterations, 0.5 s. Target: sandbox. Written …."
QByteArray summaryLine(const RunSummary &s)
{
    QString counts = HtmlReportText::tr(
        "%1 passed, %2 failed, %3 not sent, in %n iteration(s), %4 s", nullptr, s.iterations)
                         .arg(s.passed)
                         .arg(s.failed)
                         .arg(s.notSent)
                         .arg(QString::fromLatin1(seconds(s.ms)));
    if (!s.stopReason.isEmpty())
        counts += QStringLiteral(" (%1)").arg(s.stopReason);
    QStringList sentences {counts};
    if (!s.target.isEmpty())
        sentences << HtmlReportText::tr("Target: %1").arg(s.target);
    if (!s.dataFile.isEmpty())
        sentences << HtmlReportText::tr("Data: %1").arg(s.dataFile);
    if (!s.environment.isEmpty())
        sentences << HtmlReportText::tr("Environment: %1").arg(s.environment);
    sentences << HtmlReportText::tr("Written %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QString verdict = s.allPassed() ? HtmlReportText::tr("All passed")
        : s.partial                       ? HtmlReportText::tr("Stopped before the end")
                                          : HtmlReportText::tr("Not all passed");
    QByteArray x = "<strong>" + escapeMarkup(verdict) + "</strong>: ";
    x.append(escapeMarkup(sentences.join(QStringLiteral(". ")))).append('.');
    return x;
}

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
        x.append("</td><td>").append(escapeMarkup(StepResult::verdictText(step.verdict)));
        x.append("</td><td class=\"n\">").append(QByteArray::number(step.ms)).append("</td></tr>\n");
        return x;
    }

    QByteArray head(const RunSummary &s) override
    {
        QByteArray x = "<!DOCTYPE html>\n<html lang=\"";
        x.append(escapeMarkup(HtmlReportText::tr(
            "en", "the lang attribute of the HTML run report: this translation's language")));
        x.append("\"><head><meta charset=\"utf-8\">\n<title>");
        x.append(escapeMarkup(HtmlReportText::tr("%1 — run report").arg(s.label))).append("</title>\n");
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
            .append("\">");
        x.append(summaryLine(s));
        x.append("</p>\n<table><thead><tr><th>").append(escapeMarkup(HtmlReportText::tr("Iteration")));
        x.append("</th><th>").append(escapeMarkup(HtmlReportText::tr("Request")));
        x.append("</th><th>").append(escapeMarkup(HtmlReportText::tr("Status")));
        x.append("</th><th>").append(escapeMarkup(HtmlReportText::tr("Verdict")));
        x.append("</th><th class=\"n\">ms</th></tr></thead><tbody>\n");
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
