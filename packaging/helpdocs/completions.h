// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "commanddoc.h"

namespace ewb::helpdocs {

// What a value or a positional argument is completed with, told by its name in the help.
enum class Completion { Nothing, Files, Folders };
Completion completionFor(const QString &name);

// The completion scripts of a program for bash (bash-completion's completions folder), zsh (a
// #compdef function for fpath) and fish (vendor_completions.d): its commands and subcommands, their
// options, and files or folders where a value or an argument is one.
QString bashCompletion(const CommandDoc &program);
QString zshCompletion(const CommandDoc &program);
QString fishCompletion(const CommandDoc &program);

} // namespace ewb::helpdocs
