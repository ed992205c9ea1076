// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <cstdio>
#include <cstdlib>

namespace ewb::fuzz {

// A property the code under test documents (a written file reads back, a parse of the writer's
// output succeeds, ...). When one breaks, the input is as much a finding as a crash: say which
// property and abort, so that libFuzzer saves the input and the corpus replay fails.
inline void check(bool holds, const char *property)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n", property);
    std::abort();
}

} // namespace ewb::fuzz
