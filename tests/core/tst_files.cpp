// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "model/payloadfile.h"
#include "util/atomicfile.h"
#include "util/gzip.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

class TestFiles : public QObject
{
    Q_OBJECT

private slots:
    void readsAFile();
    void refusesBadInputs();
    void hugeFileIsRefusedBeforeReading();
    void atomicWriteIsOwnerOnly();
    void atomicWriteReportsFailure();
    void gzipRoundTrip();
    void gzipRefusesBombsAndGarbage();

private:
    QTemporaryDir m_dir;
};

void TestFiles::readsAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeFileAtomically(path, "{\"a\":1}").ok());
    Result<QByteArray> r = readPayloadFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QByteArray("{\"a\":1}"));
}

void TestFiles::refusesBadInputs()
{
    QCOMPARE(readPayloadFile(m_dir.filePath(QStringLiteral("absent.json"))).error().code,
        QStringLiteral("input.missing"));
    QCOMPARE(readPayloadFile(m_dir.path()).error().code, QStringLiteral("input.directory"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.json"));
    QVERIFY(writeFileAtomically(empty, "").ok());
    QCOMPARE(readPayloadFile(empty).error().code, QStringLiteral("input.empty"));
}

void TestFiles::hugeFileIsRefusedBeforeReading()
{
    // A sparse 100 MB file: refused from its size alone, so this is instant.
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(100LL * 1024 * 1024));
    f.close();
    Result<QByteArray> r = readPayloadFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("input.too-large"));
    QVERIFY2(r.error().message.contains(QStringLiteral("100.0 MB")), qPrintable(r.error().message));
    // A device past the cap is cut off while reading (pipes have no size).
    QFile g(path);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(
        readPayloadBytes(g, QStringLiteral("pipe"), 1024).error().code, QStringLiteral("input.too-large"));
}

void TestFiles::atomicWriteIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/dir/secret.json"));
    QVERIFY(writeFileAtomically(path, "x").ok());
    QCOMPARE(QFile::permissions(path) &
            (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QVERIFY(writeFileAtomically(path, "yy").ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("yy"));
}

void TestFiles::atomicWriteReportsFailure()
{
    // A path under a regular file cannot be created.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeFileAtomically(blocker, "x").ok());
    Status s = writeFileAtomically(blocker + QStringLiteral("/child.json"), "x");
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("blocker")));
}

void TestFiles::gzipRoundTrip()
{
    const QByteArray data = QByteArray("{\"batch\":[]}").repeated(1000);
    const QByteArray packed = gzipCompress(data);
    QVERIFY(packed.startsWith("\x1f\x8b"));
    QVERIFY(packed.size() < data.size());
    Result<QByteArray> unpacked = gzipDecompress(packed, data.size());
    QVERIFY(unpacked.ok());
    QCOMPARE(unpacked.value(), data);
}

void TestFiles::gzipRefusesBombsAndGarbage()
{
    const QByteArray zeros(10 * 1024 * 1024, '\0');
    const QByteArray bomb = gzipCompress(zeros);
    QVERIFY(bomb.size() < 64 * 1024);
    QCOMPARE(gzipDecompress(bomb, 1024 * 1024).error().code, QStringLiteral("gzip.too-large"));
    QCOMPARE(gzipDecompress("not gzip at all", 1024).error().code, QStringLiteral("gzip.corrupt"));
    const QByteArray truncated = gzipCompress(QByteArray("hello world").repeated(100)).left(20);
    QCOMPARE(gzipDecompress(truncated, 1024 * 1024).error().code, QStringLiteral("gzip.corrupt"));
}

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
