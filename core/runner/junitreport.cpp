// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "reportwriters.h"

#include <QDateTime>

namespace ewb {

namespace {

// JUnit XML as CI servers read it (Jenkins, GitLab, GitHub's test reporters): one testsuite for the
// run, one testcase per request and iteration. A failed or unsent request carries a <failure>
// with why, and the request as sent and the answer (masked) in <system-out>.
class JUnitReport final : public RunReport
{
public:
    explicit JUnitReport(const QString &path) : RunReport(path) { }

private:
    QByteArray stepText(const StepResult &step, bool) override
    {
        QByteArray x;
        const QString caseName = QStringLiteral("%1 [iteration %2]").arg(step.name).arg(step.iteration);
        x.append("    <testcase name=\"").append(escapeMarkup(caseName));
        x.append("\" classname=\"").append(escapeMarkup(step.name)).append("\" time=\"");
        x.append(seconds(step.ms)).append("\">\n");
        if (!step.passed()) {
            const QString first = step.failures.value(0, StepResult::verdictText(step.verdict));
            x.append("      <failure type=\"")
                .append(step.verdict == StepResult::Verdict::NotSent ? "not-sent" : "expectation")
                .append("\" message=\"")
                .append(escapeMarkup(first))
                .append("\">");
            x.append(escapeMarkup(step.failures.join(QLatin1Char('\n'))));
            x.append("</failure>\n");
        }
        if (!step.passed() && step.verdict != StepResult::Verdict::NotSent) {
            QString out = QStringLiteral("%1 %2\n%3\n\n%4\n\n%5\n%6\n")
                              .arg(QString::fromLatin1(step.request.method), step.request.url.toString(),
                                  QString::fromUtf8(step.request.body), step.result.headline,
                                  step.result.explanation, QString::fromUtf8(step.result.body));
            x.append("      <system-out>").append(escapeMarkup(out)).append("</system-out>\n");
        }
        x.append("    </testcase>\n");
        return x;
    }

    QByteArray counts(const RunSummary &s)
    {
        QByteArray x;
        x.append(" tests=\"").append(QByteArray::number(s.total()));
        x.append("\" failures=\"").append(QByteArray::number(s.failed + s.notSent));
        x.append("\" errors=\"0\" skipped=\"0\" time=\"").append(seconds(s.ms)).append('"');
        return x;
    }

    QByteArray head(const RunSummary &s) override
    {
        QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        x.append("<testsuites name=\"")
            .append(escapeMarkup(s.label))
            .append('"')
            .append(counts(s))
            .append(">\n");
        x.append("  <testsuite name=\"").append(escapeMarkup(s.label)).append('"').append(counts(s));
        x.append(" timestamp=\"")
            .append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1())
            .append("\" hostname=\"localhost\">\n");
        x.append("    <properties>\n");
        x.append("      <property name=\"iterations\" value=\"")
            .append(QByteArray::number(s.iterations))
            .append("\"/>\n");
        x.append("      <property name=\"partial\" value=\"")
            .append(s.partial ? "true" : "false")
            .append("\"/>\n");
        if (!s.stopReason.isEmpty())
            x.append("      <property name=\"stopReason\" value=\"")
                .append(escapeMarkup(s.stopReason))
                .append("\"/>\n");
        const auto property = [&x](const char *name, const QString &value) {
            if (!value.isEmpty())
                x.append("      <property name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(escapeMarkup(value))
                    .append("\"/>\n");
        };
        property("target", s.target);
        property("dataFile", s.dataFile);
        property("environment", s.environment);
        x.append("    </properties>\n");
        return x;
    }

    QByteArray tail(const RunSummary &) override { return "  </testsuite>\n</testsuites>\n"; }
};

} // namespace

std::unique_ptr<RunReport> makeJUnitReport(const QString &path)
{
    return std::make_unique<JUnitReport>(path);
}

} // namespace ewb
