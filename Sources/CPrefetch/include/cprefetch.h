// Memory hints for Swift, which has none. Included only by Sources/SafeguardCore/ChildRegistry.swift.
#ifndef CPREFETCH_H
#define CPREFETCH_H

#include <stddef.h>

/// Starts loading the cache line holding `address` for reading; never faults, changes nothing.
static inline __attribute__((always_inline)) void cprefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

/// Writes a zero to the first byte of each `page`-byte page of `bytes` zeroed bytes at
/// `address`, so each page is mapped by a write. A page first read is mapped to the shared zero
/// page, and its first write then has to flush the other cores' address caches; a large table
/// filled by two threads paid that once per page.
void cprefault(void *address, size_t bytes, size_t page);

#endif
