"""Near-duplicate detection: one story retold by several outlets.

MinHash over shingles of lemmas (so "Беларусь и Казахстан" and "Беларуси с Казахстаном"
agree), compared by how many of the hash minima two signatures share.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from datasketch import MinHash

from news.morph import lemmas

NUM_PERM = 64
_SEED = 7
_STOPWORDS = frozenset(
    "и в во на с со по о об от до за из к у для что это как а но же также который быть "
    "этот тот свой мы вы он она они его её их the a of in and to for on with".split()
)


def shingles(title: str, text: str, size: int = 2) -> set[str]:
    content = [w for w in lemmas(f"{title}\n{text[:6000]}") if w not in _STOPWORDS and len(w) > 2]
    if len(content) < size:
        return set(content)
    return {" ".join(content[i : i + size]) for i in range(len(content) - size + 1)}


@cache
def _template() -> MinHash:
    # Building the permutations costs more than hashing one article: do it once.
    return MinHash(num_perm=NUM_PERM, seed=_SEED)


def signature(title: str, text: str) -> bytes:
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=_SEED,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles(title, text)])
    return minhash.hashvalues.astype("<u8").tobytes()


def similarities(target: bytes, candidates: list[bytes]) -> np.ndarray:
    """Estimated Jaccard similarity of `target` with each candidate, in one vector op."""
    if not candidates:
        return np.zeros(0)
    mine = np.frombuffer(target, dtype="<u8")
    theirs = np.frombuffer(b"".join(candidates), dtype="<u8").reshape(len(candidates), -1)
    return np.asarray((theirs == mine).mean(axis=1))
