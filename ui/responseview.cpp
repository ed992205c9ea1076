// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "responseview.h"

#include "compose/requesttext.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "palette.h"
#include "wraplabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ewb {

namespace {
QString milliseconds(std::chrono::milliseconds ms)
{
    return QStringLiteral("%1 ms").arg(ms.count());
}
} // namespace

ResponseView::ResponseView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("responseView"));
    m_status = new WrapLabel(
        tr("Nothing sent yet. Press Send (Ctrl+Return) to send this call to the selected source."), this);
    m_status->setObjectName(QStringLiteral("responseStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_status->setFont(bold);
    // Reachable by the keyboard (View > Go To > Response lands here): a screen reader says the
    // outcome first, and the text can be selected and copied.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setFocusPolicy(Qt::StrongFocus); // in the Tab chain too (the flags give ClickFocus)
    m_explanation = new WrapLabel(this);
    m_explanation->setObjectName(QStringLiteral("responseExplanation"));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures = new WrapLabel(this);
    m_figures->setObjectName(QStringLiteral("responseFigures"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("responseBody"));
    m_body->setAccessibleName(tr("Response body"));
    m_body->setAccessibleDescription(tr("What the server answered, pretty-printed when it is JSON"));
    m_body->setReadOnly(true);
    m_body->setFont(fixed);
    m_headers = new QTreeWidget(this);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setAccessibleDescription(tr("The answer's headers, name and value"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(QStringLiteral("requestAsSent"));
    m_request->setAccessibleName(tr("Request as sent"));
    m_request->setAccessibleDescription(
        tr("The URL, headers and body exactly as sent; the key masked unless Reveal key is on"));
    m_request->setReadOnly(true);
    m_request->setFont(fixed);
    m_request->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_reveal = new QCheckBox(tr("Reveal key"), this);
    m_reveal->setObjectName(QStringLiteral("revealKey"));
    m_reveal->setToolTip(
        tr("Show the Authorization header as sent. Keep it hidden when sharing your screen."));
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        showRequest();
        emit revealKeyChanged(on);
    });
    auto *curl = new QPushButton(tr("Copy as curl"), this);
    curl->setObjectName(QStringLiteral("copyAsCurl"));
    curl->setToolTip(
        tr("Copies a curl command that sends this call the same way. It reads the key from $CDP_API_KEY, "
           "so it can be pasted anywhere."));
    connect(curl, &QPushButton::clicked, this, [this] {
        if (m_hasRequest)
            QApplication::clipboard()->setText(m_curl);
    });

    auto *requestPage = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestPage);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_reveal);
    requestButtons->addStretch();
    requestButtons->addWidget(curl);
    requestLayout->addLayout(requestButtons);
    requestLayout->addWidget(m_request, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(requestPage, tr("Request"));
    m_tabs->setTabToolTip(2, tr("The request exactly as sent: URL, headers and body"));
    // All three tabs stay readable: the dock gets no narrower than they are, rather than hiding
    // them behind scroll arrows.
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_explanation);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);
}

void ResponseView::showSending(const QString &where)
{
    m_status->setText(tr("Sending to %1…").arg(where));
    setTone(m_status, Tone::Normal);
    m_explanation->setText(QString());
    m_figures->setText(QString());
}

void ResponseView::showResult(
    const OutgoingRequest &request, const HttpResult &result, int part, int count, const QString &curl)
{
    m_curl = curl;
    m_lastRequest = request;
    m_hasRequest = true;
    QString headline = result.headline.isEmpty()
        ? QStringLiteral("%1 %2").arg(result.status).arg(QString::fromLatin1(result.reasonPhrase))
        : result.headline;
    if (count > 1)
        headline = tr("Batch %1 of %2: %3").arg(QString::number(part + 1), QString::number(count), headline);
    m_status->setText(headline);
    setTone(m_status, result.isSuccess() ? Tone::Success : Tone::Error);
    m_explanation->setText(result.explanation);
    const QLocale c; // the spoken language's numbers (core/i18n)
    const qsizetype attempts = result.attempts.size();
    m_figures->setText(tr("Time to headers %1 · total %2 · %3 bytes up · %4 bytes down · %5")
                           .arg(result.timeToHeaders ? milliseconds(*result.timeToHeaders) : tr("n/a"),
                               milliseconds(result.totalTime), c.toString(result.bytesUp),
                               c.toString(result.bytesDown), tr("%n attempt(s)", nullptr, int(attempts))));
    Result<JsonValue> body = parseJson(result.body);
    m_body->setPlainText(body ? QString::fromUtf8(writeJson(body.value(), JsonStyle::Pretty))
                              : QString::fromUtf8(result.body));
    m_headers->clear();
    for (const auto &[name, value] : result.headers)
        m_headers->addTopLevelItem(
            new QTreeWidgetItem({QString::fromLatin1(name), QString::fromLatin1(value)}));
    showRequest();
}

void ResponseView::showFailure(const QString &message)
{
    m_status->setText(tr("Not sent"));
    setTone(m_status, Tone::Error);
    m_explanation->setText(message);
    m_figures->setText(QString());
    // Nothing went over the wire this time: the last send's request and answer would mislead.
    m_body->setPlainText(QString());
    m_headers->clear();
    m_request->setPlainText(tr("(nothing was sent)"));
}

void ResponseView::showPlaceholder(const QString &text)
{
    m_status->setText(text);
    setTone(m_status, Tone::Normal);
    m_explanation->setText(QString());
    m_figures->setText(QString());
    m_body->setPlainText(QString());
    m_headers->clear();
    m_request->setPlainText(QString());
}

void ResponseView::setRevealKey(bool reveal)
{
    m_reveal->setChecked(reveal);
}

void ResponseView::showRequest()
{
    if (m_hasRequest)
        m_request->setPlainText(requestAsText(m_lastRequest, m_reveal->isChecked()));
}

QString ResponseView::statusText() const
{
    return m_status->text();
}

} // namespace ewb
