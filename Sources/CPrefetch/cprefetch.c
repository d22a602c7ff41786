#include "cprefetch.h"

void cprefault(void *address, size_t bytes, size_t page) {
  // volatile: the compiler may not drop a store of zero into memory it knows came from calloc.
  volatile unsigned char *p = (volatile unsigned char *)address;
  for (size_t offset = 0; offset < bytes; offset += page) {
    p[offset] = 0;
  }
}
