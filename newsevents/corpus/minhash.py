"""MinHash signatures and LSH band keys, vectorised with NumPy.

Word 3-shingles are hashed with CRC32, permuted with 128 universal hash functions modulo the
Mersenne prime 2^31-1 (so every product fits in 64 bits), and the minimum kept. Bands of
4 rows give candidates from Jaccard of about 0.4 upward: loose enough to catch a trimmed
wire copy, whose containment (not Jaccard) is then checked exactly.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

NUM_PERM = 128
ROWS_PER_BAND = 4
BANDS = NUM_PERM // ROWS_PER_BAND
SHINGLE = 3
_PRIME = np.uint64((1 << 31) - 1)
_rng = np.random.default_rng(20220125)
_A = _rng.integers(1, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
_BAND_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F], dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> np.ndarray:
    """Distinct hashed word 3-shingles of a text (uint64, each < 2^32)."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashed = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    if len(hashed) < SHINGLE:
        return np.unique(hashed)
    mixed = hashed[:-2] * np.uint64(1000003) + hashed[1:-1] * np.uint64(10007) + hashed[2:]
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values)."""
    if shingle_hashes.size == 0:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    x = shingle_hashes % _PRIME
    permuted = (_A[:, None] * x[None, :] + _B[:, None]) % _PRIME
    return permuted.min(axis=1).astype(np.uint32)


def band_keys(sig: np.ndarray) -> np.ndarray:
    """One uint64 bucket key per band (63 bits, so it fits DuckDB's BIGINT safely); for a
    matrix of signatures (one a row), a matrix of keys."""
    rows = sig.astype(np.uint64).reshape(*sig.shape[:-1], BANDS, ROWS_PER_BAND)
    keys = (rows * _BAND_MIX).sum(axis=-1, dtype=np.uint64) ^ (rows[..., 0] << np.uint64(29))
    return keys & np.uint64((1 << 63) - 1)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def jaccard_and_containment(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact Jaccard of two shingle sets and containment of the smaller in the larger."""
    if a.size == 0 or b.size == 0:
        return 0.0, 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter), inter / min(a.size, b.size)
