// A cache prefetch hint for Swift, which has none. Included only by Sources/SafeguardCore/ChildRegistry.swift.
#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Starts loading the cache line holding `address` for reading; never faults, changes nothing.
static inline __attribute__((always_inline)) void cprefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
