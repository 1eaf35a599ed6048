"""Freed memory kept for the next batch in the processes a batch run owns (glibc's malloc only).

`extract batch` hands its engine a few documents at a time, and each batch is one `nlp.pipe`
call. When a batch ends, its Docs, arrays and parser states are freed together, and glibc's
malloc hands the free top of the heap back to the kernel (some 50 MB a batch on news stories).
The next batch asks for the same memory again, and the kernel zero-fills it page by page: on 100
stories about 150,000 page faults more than one long `nlp.pipe` stream, twice the system time, and
2-4 % of the run's CPU (round 34). A higher trim threshold keeps that memory for the next batch; the peak stays the
same, since the pages kept are the ones the next batch uses.

Setting either threshold turns off glibc's own adjustment of both, so the mmap threshold is set
too: to the value glibc's adjustment reaches on these runs (its upper bound), so that large
arrays still come from the heap instead of a fresh mapping each time.
"""

from __future__ import annotations

import ctypes
import os

# mallopt(3) parameters (glibc's malloc.h)
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3

KEEP_FREED_BYTES = 128 * 1024 * 1024
"""Free memory at the top of the heap kept rather than handed back (64 MB still let half the faults through)."""

MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
"""Allocations this large or larger get a mapping of their own: glibc's upper bound for its dynamic threshold."""


def keep_freed_memory() -> bool:
    """Keep freed heap memory in this process for the next batch; True when set, False where malloc is not glibc's.

    Called only where the process is the batch run's own (the `extract batch` command, its pool workers): it
    changes how this whole process returns memory, which is not a library's call to make for its caller.
    """
    if not _is_glibc():
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(mallopt(M_TRIM_THRESHOLD, KEEP_FREED_BYTES))


def _is_glibc() -> bool:
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (AttributeError, ValueError, OSError):  # no confstr (Windows), or not glibc (musl, macOS)
        return False
