"""In-memory BM25 tool search.

:class:`ToolIndex` holds ``(key, name, description)`` documents and ranks them
against a free-text query with Okapi BM25 (``k1=1.2``, ``b=0.75``, Lucene's
always-positive IDF). Text is tokenised by :func:`tokenize`: split on anything
that is not a letter or digit (so ``_`` and ``-`` too) and on camelCase
boundaries, lower-cased, a few stop words dropped, then lightly stemmed
(plural ``s``/``ies``, ``ing``, ``ed``, trailing ``e``). Name tokens count
twice (term frequency and document length). Scores are divided by the best
score among the returned candidates, so the best match scores 1.0; documents
matching no query term are not returned.

The index is an inverted index updated in place by :meth:`ToolIndex.add` and
:meth:`ToolIndex.remove`; nothing is rebuilt. It is not thread-safe: use it
from one thread (e.g. the event loop) or guard it with a lock.
"""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from typing import Protocol

__all__ = ["BM25_B", "BM25_K1", "NAME_WEIGHT", "ToolIndex", "runtime", "stem", "tokenize"]

BM25_K1 = 1.2
BM25_B = 0.75
NAME_WEIGHT = 2

_WORD_SPLIT = re.compile(r"[\W_]+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_STOP_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in",
        "into", "is", "it", "of", "on", "or", "the", "this", "that", "to", "with",
    }
)  # fmt: skip
_NO_DEDOUBLE = "lszaeiou"


def stem(token: str) -> str:
    """Light suffix stripping; the same function is applied to documents and queries."""
    t = token
    if len(t) > 4 and t.endswith("ies"):
        t = t[:-3] + "y"
    elif t.endswith("sses"):
        t = t[:-2]
    elif len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is")):
        t = t[:-1]
    if len(t) > 5 and t.endswith("ing"):
        t = t[:-3]
    elif len(t) > 4 and t.endswith("ed"):
        t = t[:-2]
    else:
        if len(t) > 3 and t.endswith("e"):
            t = t[:-1]
        return t
    # "running" -> "runn" -> "run"; "stopped" -> "stopp" -> "stop"
    doubled = len(t) > 2 and t[-1] == t[-2] and t[-1].isalpha() and t[-1] not in _NO_DEDOUBLE
    if doubled or (len(t) > 3 and t.endswith("e")):
        t = t[:-1]
    return t


def tokenize(text: str) -> list[str]:
    """Split ``text`` into lower-cased, stemmed tokens (stop words dropped)."""
    tokens: list[str] = []
    for chunk in _WORD_SPLIT.split(text):
        if not chunk:
            continue
        for word in _CAMEL_BOUNDARY.sub(" ", chunk).split():
            low = word.lower()
            if low in _STOP_WORDS:
                continue
            tokens.append(stem(low))
    return tokens


class ToolIndex:
    """Incremental BM25 index over tool documents; see the module docstring."""

    __slots__ = ("_docs", "_lengths", "_postings", "_total_length")

    def __init__(self, documents: Iterable[tuple[str, str, str]] = ()) -> None:
        self._docs: dict[str, dict[str, int]] = {}
        self._lengths: dict[str, int] = {}
        self._postings: dict[str, dict[str, int]] = {}
        self._total_length = 0
        self.add_many(documents)

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, key: object) -> bool:
        return key in self._docs

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._docs))

    def add(self, key: str, name: str, description: str = "") -> None:
        """Index a document; an existing document with the same key is replaced."""
        if key in self._docs:
            self.remove(key)
        freqs: dict[str, int] = {}
        for token in tokenize(name):
            freqs[token] = freqs.get(token, 0) + NAME_WEIGHT
        for token in tokenize(description):
            freqs[token] = freqs.get(token, 0) + 1
        length = sum(freqs.values())
        self._docs[key] = freqs
        self._lengths[key] = length
        self._total_length += length
        for token, tf in freqs.items():
            self._postings.setdefault(token, {})[key] = tf

    def replace(self, key: str, name: str, description: str = "") -> None:
        """Same as :meth:`add` (upsert); reads better when updating a tool."""
        self.add(key, name, description)

    def add_many(self, documents: Iterable[tuple[str, str, str]]) -> None:
        """Index ``(key, name, description)`` triples."""
        for key, name, description in documents:
            self.add(key, name, description)

    def remove(self, key: str) -> bool:
        """Drop a document; return whether it was indexed."""
        freqs = self._docs.pop(key, None)
        if freqs is None:
            return False
        self._total_length -= self._lengths.pop(key)
        for token in freqs:
            posting = self._postings[token]
            del posting[key]
            if not posting:
                del self._postings[token]
        return True

    def clear(self) -> None:
        """Drop every document."""
        self._docs.clear()
        self._lengths.clear()
        self._postings.clear()
        self._total_length = 0

    def search(
        self,
        query: str,
        limit: int = 10,
        allowed: Callable[[str], bool] | None = None,
    ) -> list[tuple[str, float]]:
        """Rank documents for ``query``; best first, scores in ``(0, 1]``.

        ``allowed`` filters keys before normalisation (corpus statistics still
        cover every indexed document). Ties are broken by key.
        """
        n_docs = len(self._docs)
        if limit <= 0 or n_docs == 0:
            return []
        terms = set(tokenize(query))
        if not terms:
            return []
        avgdl = self._total_length / n_docs or 1.0
        norm = BM25_K1 / avgdl
        lengths = self._lengths
        scores: dict[str, float] = {}
        verdicts: dict[str, bool] = {}
        for term in terms:
            posting = self._postings.get(term)
            if not posting:
                continue
            df = len(posting)
            idf = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
            boost = idf * (BM25_K1 + 1.0)
            for key, tf in posting.items():
                if allowed is not None:
                    ok = verdicts.get(key)
                    if ok is None:
                        ok = verdicts[key] = bool(allowed(key))
                    if not ok:
                        continue
                denom = tf + BM25_K1 * (1.0 - BM25_B) + BM25_B * norm * lengths[key]
                scores[key] = scores.get(key, 0.0) + boost * tf / denom
        if not scores:
            return []
        best = max(scores.values())
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(key, score / best) for key, score in ranked]


class _SearchSlot(Protocol):
    search: object | None


@asynccontextmanager
async def runtime(gw: _SearchSlot) -> AsyncIterator[ToolIndex]:
    """App hook: put an empty :class:`ToolIndex` in ``gw.search`` (filled by tool sync)."""
    index = ToolIndex()
    gw.search = index
    yield index
