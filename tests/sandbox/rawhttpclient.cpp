// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QTimer>

namespace ewb::test {

namespace {
// Runs the event loop until stop() is true or the deadline passes, waking on socket events.
template<typename Stop>
bool spinUntil(QSslSocket &socket, QDeadlineTimer deadline, Stop stop)
{
    while (!stop()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
        timer.start(int(std::max<qint64>(1, std::min<qint64>(deadline.remainingTime(), 100))));
        loop.exec();
    }
    return true;
}
} // namespace

bool RawHttpClient::connectTo(
    quint16 port, bool tls, const QList<QSslCertificate> &caCertificates, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (!tls) {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return spinUntil(m_socket, deadline,
                   [this] {
                       return m_socket.state() == QAbstractSocket::ConnectedState ||
                           m_socket.state() == QAbstractSocket::UnconnectedState;
                   }) &&
            isConnected();
    }
    QSslConfiguration configuration = m_socket.sslConfiguration();
    configuration.setCaCertificates(caCertificates);
    m_socket.setSslConfiguration(configuration);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return spinUntil(m_socket, deadline,
               [this] {
                   return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
               }) &&
        m_socket.isEncrypted();
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawHttpClient::waitForData(int timeoutMs)
{
    const qint64 before = m_buffer.size();
    spinUntil(m_socket, QDeadlineTimer(timeoutMs), [&] {
        m_buffer += m_socket.readAll();
        return m_buffer.size() > before || m_socket.state() == QAbstractSocket::UnconnectedState;
    });
    return m_buffer.size() > before;
}

std::optional<RawResponse> RawHttpClient::tryParse(bool headOnly)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    RawResponse response;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return std::nullopt;
    response.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.add(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    qsizetype length = 0;
    if (!headOnly && response.status >= 200 && response.status != 204 && response.status != 304)
        length = response.headers.value("content-length").toLongLong();
    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() < bodyStart + length)
        return std::nullopt;
    response.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return response;
}

std::optional<RawResponse> RawHttpClient::next(int timeoutMs, bool headOnly)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_buffer += m_socket.readAll();
    for (;;) {
        if (std::optional<RawResponse> response = tryParse(headOnly))
            return response;
        if (deadline.hasExpired())
            return std::nullopt;
        if (!waitForData(int(std::max<qint64>(1, deadline.remainingTime()))) &&
            m_socket.state() == QAbstractSocket::UnconnectedState)
            return tryParse(headOnly);
    }
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    return spinUntil(m_socket, QDeadlineTimer(timeoutMs), [this] {
        m_buffer += m_socket.readAll();
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    });
}

} // namespace ewb::test
