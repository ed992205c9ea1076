// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "heaptuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ewb {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace ewb
