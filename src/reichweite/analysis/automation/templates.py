"""Templates: near-identical texts sent by different senders, which is how bought bots show themselves.

Texts are normalised (case, links, numbers, the sender's own name), cut into character 5-grams, and candidate
pairs found with MinHash LSH (datasketch), so the work stays near-linear in the number of texts. Each candidate pair
is then confirmed with the exact Jaccard similarity of the 5-gram sets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

#: Two texts are the same template when their character 5-gram sets overlap this much (Jaccard).
TEMPLATE_SIMILARITY = 0.5
#: Shorter texts ("Thanks for connecting!") are common phrases, not templates.
MIN_TEMPLATE_CHARS = 60
MIN_TEMPLATE_WORDS = 8
SHINGLE = 5
NUM_PERM = 128

_URL = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w./?=&%+-]*)?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class TemplateGroup:
    """Senders whose texts are near-identical; `similarity` is the highest Jaccard seen within the group."""

    senders: tuple[str, ...]
    similarity: float
    example: str


def normalise(text: str, sender_name: str = "") -> str:
    """Lower case, links → 'url', numbers → '0', the sender's own name removed, punctuation → one space."""
    value = text.casefold()
    for part in sender_name.casefold().split():
        if len(part) > 2:
            value = value.replace(part, " ")
    value = _URL.sub(" url ", value)
    value = _DIGITS.sub("0", value)
    return " ".join(_NON_WORD.sub(" ", value).split())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    return {text[i: i + size] for i in range(max(len(text) - size + 1, 1))}


def _long_enough(normalised: str) -> bool:
    return len(normalised) >= MIN_TEMPLATE_CHARS and len(normalised.split()) >= MIN_TEMPLATE_WORDS


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class _Groups:
    """Union-find over sender keys: senders linked by near-identical texts end in one group."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.best: dict[str, float] = {}
        self.example: dict[str, str] = {}

    def find(self, key: str) -> str:
        while self.parent.setdefault(key, key) != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def same(self, a: str, b: str) -> bool:
        return a in self.parent and b in self.parent and self.find(a) == self.find(b)

    def union(self, a: str, b: str, similarity: float, example: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.best[ra] = max(self.best.pop(rb, 0.0), self.best.get(ra, 0.0))
            if rb in self.example:
                self.example.setdefault(ra, self.example.pop(rb))
        self.best[ra] = max(self.best.get(ra, 0.0), similarity)
        self.example.setdefault(ra, example)

    def groups(self) -> dict[str, TemplateGroup]:
        members: dict[str, list[str]] = defaultdict(list)
        for key in list(self.parent):
            members[self.find(key)].append(key)
        result: dict[str, TemplateGroup] = {}
        for root, keys in members.items():
            if len(keys) < 2:
                continue
            group = TemplateGroup(tuple(sorted(keys)), round(self.best.get(root, 0.0), 3), self.example.get(root, ""))
            for key in keys:
                result[key] = group
        return result


def find_templates(
    texts: Iterable[tuple[str, str, str]], *, threshold: float = TEMPLATE_SIMILARITY
) -> dict[str, TemplateGroup]:
    """texts: (sender key, sender name, text). Returns sender key → its template group (only senders in a group).

    A group joins senders connected by near-identical texts (single linkage); one sender's own repeated texts
    never make a group on their own.
    """
    from datasketch import MinHash, MinHashLSH  # imported on use: it pulls in scipy

    items: list[tuple[str, set[str]]] = []
    groups = _Groups()
    first = MinHash(num_perm=NUM_PERM, seed=7)
    permutations, scheme = first.permutations, first.scheme  # computed once, shared by every sketch
    lsh = MinHashLSH(threshold=max(threshold - 0.15, 0.2), num_perm=NUM_PERM)
    for key, name, text in texts:
        norm = normalise(text, name)
        if not _long_enough(norm):
            continue
        grams = shingles(norm)
        sketch = MinHash(num_perm=NUM_PERM, seed=7, permutations=permutations, scheme=scheme)
        sketch.update_batch([g.encode("utf-8") for g in grams])
        index = len(items)
        items.append((key, grams))
        lsh.insert(str(index), sketch)
        for other in lsh.query(sketch):
            j = int(other)
            if j == index or items[j][0] == key or groups.same(items[j][0], key):
                continue
            similarity = jaccard(grams, items[j][1])
            if similarity >= threshold:
                groups.union(items[j][0], key, similarity, text)
    return groups.groups()
