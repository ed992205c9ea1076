// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "runreport.h"

#include "reportwriters.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ewb {

namespace {

// The translation context of this file's messages.
class RunReportText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::RunReport)
};

Error reportError(const QString &path, const QString &why)
{
    return Error {
        QStringLiteral("run.report"), RunReportText::tr("cannot write the report %1: %2").arg(path, why)};
}
} // namespace

RunReport::~RunReport() = default;

std::optional<RunReport::Kind> RunReport::kindFromName(const QString &name)
{
    if (name == u"junit")
        return Kind::JUnit;
    if (name == u"json")
        return Kind::Json;
    if (name == u"html")
        return Kind::Html;
    return std::nullopt;
}

Result<std::unique_ptr<RunReport>> RunReport::create(Kind kind, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return reportError(path, RunReportText::tr("it is a folder"));
    if (!QDir().mkpath(info.absolutePath()))
        return reportError(path, RunReportText::tr("its folder cannot be created"));
    std::unique_ptr<RunReport> report;
    switch (kind) {
    case Kind::JUnit: report = makeJUnitReport(path); break;
    case Kind::Json: report = makeJsonReport(path); break;
    case Kind::Html: report = makeHtmlReport(path); break;
    }
    report->m_steps.setFileTemplate(
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".steps-XXXXXX"));
    if (!report->m_steps.open())
        return reportError(path, report->m_steps.errorString());
    return report;
}

Status RunReport::add(const StepResult &step)
{
    const QByteArray text = stepText(step, m_first);
    m_first = false;
    if (m_steps.write(text) != text.size())
        return reportError(m_path, m_steps.errorString());
    return Done {};
}

Status RunReport::finish(const RunSummary &summary)
{
    if (!m_steps.flush() || !m_steps.seek(0))
        return reportError(m_path, m_steps.errorString());
    // Streamed: a report of 100,000 iterations is not held in memory. Through the one write path,
    // so the old report or the whole new one, owner-only.
    Status written = writeFileAtomically(m_path, [&](QIODevice &out) {
        const QByteArray first = head(summary);
        if (out.write(first) != first.size())
            return false;
        while (!m_steps.atEnd()) {
            const QByteArray chunk = m_steps.read(1024 * 1024);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                return false;
        }
        const QByteArray last = tail(summary);
        return out.write(last) == last.size();
    });
    if (!written)
        return written.error();
    m_steps.close();
    return Done {};
}

} // namespace ewb
