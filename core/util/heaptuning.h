// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

namespace ewb {

// For processes that parse the same large documents again and again (the window re-checks the
// payload on every keystroke, the sandbox parses every request): asks glibc to keep freed memory
// for reuse instead of returning it to the system after each document and faulting it back in for
// the next. On a 500 KB batch that halves a full re-check (bench/bench_validation: ~7 ms with
// glibc's defaults, ~3 ms kept). Costs at most a few tens of MB kept mapped. No-op elsewhere.
void keepFreedMemoryForReuse();

} // namespace ewb
