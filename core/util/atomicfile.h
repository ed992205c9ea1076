// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace ewb {

// The one way the project writes a file: through QSaveFile, so a crash or a full disk never
// leaves half a file behind, with new files readable by their owner only (0600), since settings,
// collections and stores can hold personal data. Missing parent folders are created. A failure
// comes back as an Error whose message names the file; the previous file is then untouched and
// no temporary file is left.
Status writeFileAtomically(const QString &path, QByteArrayView data);
// The same for what is written in pieces and too large to hold whole (a run's report): write puts
// the bytes into the device it is given and returns false when a write failed.
Status writeFileAtomically(const QString &path, const std::function<bool(QIODevice &out)> &write);

// The seam through which tests make a write fail (KeePassXC's FailDevice, fitted to our one write
// path, so that every writer gets it without taking a device of its own). While a hook is
// installed, writeFileAtomically() asks it, for each write, for a device to send the bytes through
// on their way into the QSaveFile (tests/support/faildevice.h fails after N bytes) and whether the
// commit may happen. Everything after a failure is the real code path: the QSaveFile is discarded
// and the error is the one a user would see. tests/support/writefailure.h installs one for a
// scope; product code never does. Not thread-safe: install it on the thread that writes.
class AtomicWriteHook
{
public:
    virtual ~AtomicWriteHook() = default;
    // The device the bytes of path go through into file (which it must not own), or nullptr to
    // write them straight into file.
    virtual std::unique_ptr<QIODevice> deviceFor(const QString &path, QIODevice *file) = 0;
    // False makes the commit fail, as a full disk at the final flush or a refused rename would.
    virtual bool commitAllowed(const QString &path) = 0;
};

// Installs hook (nullptr removes it) and returns the one it replaces. The hook must outlive its
// installation.
AtomicWriteHook *setAtomicWriteHook(AtomicWriteHook *hook);

} // namespace ewb
