#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb sources list|add|remove|set-key|test: the sources the window shows, keys in the keychain.
int runSourcesCommand(const QStringList &args);

} // namespace ewb::cli
