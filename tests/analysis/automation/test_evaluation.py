"""Precision and recall on the labelled evaluation set (tests/fixtures/automation, written for this project).

The held-out part was written before the rules and is never tuned on; its figures must meet the targets and be the
ones docs/automation.md reports.
"""

from __future__ import annotations

import json

import pytest

from reichweite.analysis.automation.evaluation import evaluate_items
from tests import support

FIXTURES = support.FIXTURES / "automation"
DOCS = support.DOCS / "automation.md"


def _items(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_is_balanced_bilingual_and_has_hard_genuine_cases() -> None:
    for name in ("heldout.jsonl", "tuning.jsonl"):
        items = _items(name)
        assert {i["lang"] for i in items} == {"de", "en"}
        assert {i["label"] for i in items} == {"spam", "ok"}
        assert len({i["sender"] for i in items}) == len(items)
    hard = {i["category"] for i in _items("heldout.jsonl") if i["label"] == "ok"}
    assert {"recruiter", "journalist", "publisher", "colleague-webinar", "client-money"} <= hard
    assert not {i["id"] for i in _items("heldout.jsonl")} & {i["id"] for i in _items("tuning.jsonl")}


def test_heldout_meets_the_targets() -> None:
    result, _ = evaluate_items(_items("heldout.jsonl"))
    assert result.n == 36 and result.positives == 18
    assert result.precision >= 0.9, result.false_alarms
    assert result.recall >= 0.8, result.missed


@pytest.mark.parametrize("behaviour", [True, False])
@pytest.mark.parametrize("name", ["heldout.jsonl", "tuning.jsonl"])
def test_docs_report_the_computed_figures(name: str, behaviour: bool) -> None:
    result, _ = evaluate_items(_items(name), behaviour=behaviour)
    part = ("held-out" if name.startswith("held") else "tuning") + ("" if behaviour else ", words only")
    line = (f"| {part} | {result.n} | {result.positives} | {result.true_positives} | {result.false_positives} | "
            f"{result.false_negatives} | {result.precision:.2f} | {result.recall:.2f} |")
    assert line in DOCS.read_text(encoding="utf-8")


def test_every_hard_genuine_case_stays_below_the_flag() -> None:
    _, scores = evaluate_items(_items("heldout.jsonl"))
    labels = {i["sender"]: i["label"] for i in _items("heldout.jsonl")}
    genuine = [s for s in scores if labels[s.name] == "ok"]
    spam = [s for s in scores if labels[s.name] == "spam"]
    assert max(s.score for s in genuine) < min(s.score for s in spam if s.flagged)
    margins = f"the lowest spam score is {min(s.score for s in spam):.2f} and the highest genuine score " \
              f"{max(s.score for s in genuine):.2f}"
    assert margins in " ".join(DOCS.read_text(encoding="utf-8").split())
