// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "net/httpresult.h"
#include "net/outgoingrequest.h"

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace ewb {

class WrapLabel;

// What came back: the status with its plain-words explanation, timings and bytes, the headers,
// the body pretty-printed, and the request exactly as sent with the key masked (Reveal shows it).
// Copy as curl puts the same request on the clipboard.
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);

    void showSending(const QString &where);
    // part/count: which of several split batches this is (count 1: a single request).
    // curl: the same call as a curl command (interchange's curlSnippet), for Copy as curl.
    void showResult(
        const OutgoingRequest &request, const HttpResult &result, int part, int count, const QString &curl);
    void showFailure(const QString &message);
    // Nothing to show, and why (the Runner: "Select a result…"); the last exchange is cleared.
    void showPlaceholder(const QString &text);
    void setRevealKey(bool reveal);
    QString statusText() const;

signals:
    void revealKeyChanged(bool reveal);

private:
    void showRequest();

    WrapLabel *m_status;
    WrapLabel *m_explanation;
    WrapLabel *m_figures;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QTreeWidget *m_headers;
    QPlainTextEdit *m_request;
    QCheckBox *m_reveal;
    OutgoingRequest m_lastRequest;
    QString m_curl;
    bool m_hasRequest = false;
};

} // namespace ewb
