// SHA-256 (FIPS 180-4, section 6.2.2) with the x86 SHA extensions.
//
// SHA256RNDS2 does two rounds: its first operand holds the working variables C, D, G, H and its
// second A, B, E, F (highest lane first), the low two lanes of the third hold W[t] + K[t] for
// the two rounds, and the result is the new A, B, E, F; the old A, B, E, F are then the new
// C, D, G, H. SHA256MSG1 and SHA256MSG2 compute the sigma-0 and sigma-1 parts of the message
// schedule four words at a time.
#include "csha256.h"

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

int csha256_available(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
  const int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
  const int sha = (b >> 29) & 1;
  return ssse3 && sse41 && sha;
}

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
static const uint32_t k[64] __attribute__((aligned(16))) = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define SHA_TARGET __attribute__((target("sha,ssse3,sse4.1")))

// Four rounds t…t+3: `w` holds W[t] (lowest lane) … W[t+3].
SHA_TARGET static inline void four_rounds(__m128i *abef, __m128i *cdgh, __m128i w, int t) {
  __m128i wk = _mm_add_epi32(w, _mm_load_si128((const __m128i *)&k[t]));
  __m128i next = _mm_sha256rnds2_epu32(*cdgh, *abef, wk);  // rounds t, t+1
  *cdgh = *abef;
  *abef = next;
  wk = _mm_shuffle_epi32(wk, 0x0E);  // lanes 2, 3 down to 0, 1
  next = _mm_sha256rnds2_epu32(*cdgh, *abef, wk);  // rounds t+2, t+3
  *cdgh = *abef;
  *abef = next;
}

// W[t+16] … W[t+19] from w0 = W[t..t+3], w1 = W[t+4..], w2 = W[t+8..], w3 = W[t+12..t+15]:
// W[i] = sigma1(W[i-2]) + W[i-7] + sigma0(W[i-15]) + W[i-16].
SHA_TARGET static inline __m128i schedule(__m128i w0, __m128i w1, __m128i w2, __m128i w3) {
  __m128i x = _mm_sha256msg1_epu32(w0, w1);             // W[i-16] + sigma0(W[i-15])
  x = _mm_add_epi32(x, _mm_alignr_epi8(w3, w2, 4));     // + W[i-7]: W[t+9] … W[t+12]
  return _mm_sha256msg2_epu32(x, w3);                   // + sigma1(W[i-2])
}

SHA_TARGET void csha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
  // Each 32-bit word of the message is big-endian.
  const __m128i swap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
  __m128i abef = _mm_set_epi32((int)state[0], (int)state[1], (int)state[4], (int)state[5]);
  __m128i cdgh = _mm_set_epi32((int)state[2], (int)state[3], (int)state[6], (int)state[7]);
  for (size_t n = 0; n < count; n++, blocks += 64) {
    const __m128i abef0 = abef, cdgh0 = cdgh;
    __m128i w[4];
    for (int i = 0; i < 4; i++) {
      w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * i)), swap);
      four_rounds(&abef, &cdgh, w[i], 4 * i);
    }
    for (int t = 16; t < 64; t += 4) {
      const __m128i next = schedule(w[0], w[1], w[2], w[3]);
      w[0] = w[1];
      w[1] = w[2];
      w[2] = w[3];
      w[3] = next;
      four_rounds(&abef, &cdgh, next, t);
    }
    abef = _mm_add_epi32(abef, abef0);
    cdgh = _mm_add_epi32(cdgh, cdgh0);
  }
  state[0] = (uint32_t)_mm_extract_epi32(abef, 3);
  state[1] = (uint32_t)_mm_extract_epi32(abef, 2);
  state[4] = (uint32_t)_mm_extract_epi32(abef, 1);
  state[5] = (uint32_t)_mm_extract_epi32(abef, 0);
  state[2] = (uint32_t)_mm_extract_epi32(cdgh, 3);
  state[3] = (uint32_t)_mm_extract_epi32(cdgh, 2);
  state[6] = (uint32_t)_mm_extract_epi32(cdgh, 1);
  state[7] = (uint32_t)_mm_extract_epi32(cdgh, 0);
}

#else

int csha256_available(void) { return 0; }

void csha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
  (void)state;
  (void)blocks;
  (void)count;
}

#endif
