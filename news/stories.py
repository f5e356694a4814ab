"""Near-duplicate detection: one story retold by several outlets.

MinHash over shingles of lemmas (so "Беларусь и Казахстан" and "Беларуси с Казахстаном"
agree), compared by how many of the hash minima two signatures share. The algorithm is
datasketch's (SHA-1 of each shingle, universal hashing modulo a Mersenne prime), written
here in numpy: datasketch imports SciPy, ~55 MB resident for nothing the bot uses.
"""

from __future__ import annotations

import hashlib
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from news.facts import ArticleFacts
from news.morph import lemmas

if TYPE_CHECKING:  # numpy is imported when a signature is first made, not at start-up
    import numpy as np

NUM_PERM = 64
_SEED = 7
_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1
_STOPWORDS = frozenset(
    "и в во на с со по о об от до за из к у для что это как а но же также который быть "
    "этот тот свой мы вы он она они его её их the a of in and to for on with".split()
)


# Stories compare the title and the start of the text: a rewrite keeps its lead.
COMPARED_CHARS = 6000


def shingles(title: str, text: str, size: int = 2) -> set[str]:
    return shingles_of(lemmas(f"{title}\n{text[:COMPARED_CHARS]}"), size)


def shingles_of(words: list[str], size: int = 2) -> set[str]:
    """Shingles of the lemmas of the title and of the text's first COMPARED_CHARS."""
    content = [w for w in words if len(w) > 2 and w not in _STOPWORDS]
    if len(content) < size:
        return set(content)
    if size == 2:  # the signature's shingles: pairs joined without slicing a list per pair
        return {f"{first} {second}" for first, second in pairwise(content)}
    return {" ".join(content[i : i + size]) for i in range(len(content) - size + 1)}


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    import numpy as np

    generator = np.random.RandomState(_SEED)
    a = generator.randint(1, np.uint64(_PRIME), size=NUM_PERM, dtype=np.uint64)
    b = generator.randint(0, np.uint64(_PRIME), size=NUM_PERM, dtype=np.uint64)
    return a, b


def signature(title: str, text: str) -> bytes:
    """64 minima of permuted shingle hashes, as 512 bytes for the database."""
    return signature_of(lemmas(f"{title}\n{text[:COMPARED_CHARS]}"))


def signature_of(words: list[str]) -> bytes:
    """The signature of the lemmas of a title and of the first COMPARED_CHARS of a text,
    as extraction tokenised them (`news.extract.Lemmas.within`)."""
    import numpy as np

    items = shingles_of(words)
    if not items:
        return np.full(NUM_PERM, np.uint64(_MAX_HASH), dtype="<u8").tobytes()
    # The first four bytes of each shingle's SHA-1, little-endian (datasketch's hash, which
    # stored signatures were made with): the digests joined and read as 32-bit words, every
    # fifth one, rather than one int.from_bytes per shingle.
    sha1 = hashlib.sha1
    digests = b"".join([sha1(shingle.encode("utf-8")).digest() for shingle in items])
    hashes = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint64)
    a, b = _permutations()
    permuted = np.bitwise_and((np.outer(hashes, a) + b) % np.uint64(_PRIME), np.uint64(_MAX_HASH))
    signature: bytes = permuted.min(axis=0).astype("<u8").tobytes()
    return signature


def similarities(target: bytes, candidates: list[bytes]) -> np.ndarray:
    """Estimated Jaccard similarity of `target` with each candidate, in one vector op."""
    import numpy as np

    if not candidates:
        return np.zeros(0)
    mine = np.frombuffer(target, dtype="<u8")
    theirs = np.frombuffer(b"".join(candidates), dtype="<u8").reshape(len(candidates), -1)
    return np.asarray((theirs == mine).mean(axis=1))


def anchors(facts: ArticleFacts) -> frozenset[str]:
    """What two retellings of one event share even when worded apart: the people named and
    the figures stated. Only what tells one event from another counts: a change told without
    an amount ("вырос на 20%") or a project with neither count nor value is said of half the
    news, and let unrelated articles chain into one story citing outlets that never told it."""
    found = {f"person:{person.name}" for person in facts.people}
    found |= {
        f"turnover:{float(fact.amount)}:{fact.kind}"
        for fact in facts.turnover
        if fact.amount is not None
    }
    found |= {
        f"project:{fact.status}:{fact.count}:{_float(fact.value)}"
        for fact in facts.projects
        if fact.count is not None or fact.value is not None
    }
    return frozenset(found)


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)
