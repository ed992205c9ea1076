// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "commanddoc.h"

namespace ewb::helpdocs {

struct ManPageMeta
{
    QString source; // the footer's left: "Event Workbench 0.1.0"
    QString date; // the footer's middle, "2026-12-01"; may be empty
};

// The name of command's manual page: "ewb", "ewb-validate".
QString manPageName(const CommandDoc &command);

// command's manual page, section 1, in the man macros (groff_man(7)). The commands of a program
// (ewb's) get pages of their own, which the program's page lists; the subcommands of a command
// (ewb sources add) a subsection each of its page. seeAlso names other pages: "ewb(1)".
QString manPage(const CommandDoc &command, const QStringList &seeAlso, const ManPageMeta &meta);

// Text for a roff line: backslashes escaped, the dashes of options (--json) as \- so that they
// copy as ASCII, and a leading . or ' that roff would take for a request made harmless.
QString roffText(const QString &text);

} // namespace ewb::helpdocs
