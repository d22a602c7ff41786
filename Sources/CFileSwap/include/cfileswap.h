// Swaps two paths in one step, for Sources/Report/OutputFolder.swift. Swift cannot call the
// variadic syscall(2), and glibc declares renameat2 only under _GNU_SOURCE.
#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Exchanges the folders (or files) at `a` and `b` atomically (renameat2 with RENAME_EXCHANGE):
/// 0 on success, else -1 with errno set (EINVAL or ENOSYS where the file system or kernel
/// cannot exchange).
int cfileswap_exchange(const char *a, const char *b);

#endif
