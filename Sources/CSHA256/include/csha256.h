// SHA-256 block compression on the x86 SHA extensions. Included only by Sources/Report/SHA256.swift.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions (and SSSE3/SSE4.1) that csha256_compress needs, else 0.
int csha256_available(void);

/// Runs the SHA-256 compression function over `count` consecutive 64-byte blocks at `blocks`,
/// updating the eight state words (H0…H7) in place. Call only when csha256_available() is 1.
void csha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
