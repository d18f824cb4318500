"""Learning from the user's labels: a logistic regression over the rule signals plus character n-grams.

Without enough labels the rule score stands alone. With at least MIN_LABELS labels, MIN_PER_CLASS of each kind,
a model is trained on them and each unlabelled sender's score becomes the mean of the rule score and the model's
probability; a labelled sender simply gets the user's verdict (1 for spam, 0 for ok). `scored_by` says which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from reichweite.analysis.automation.scoring import FLAG_THRESHOLD, SenderScore

MIN_LABELS = 10
MIN_PER_CLASS = 3
MODEL_WEIGHT = 0.5
LABELS = ("spam", "ok")


@dataclass(slots=True)
class Example:
    """A labelled sender: the features the model learns from and the user's label."""

    key: str
    label: str
    text: str
    features: dict[str, float]


@dataclass(slots=True)
class ModelInfo:
    labels: int
    spam: int
    ok: int
    trained: bool
    top_terms: list[tuple[str, float]] = field(default_factory=list)


def features(score: SenderScore) -> dict[str, float]:
    """The rule signals as numbers (their points), plus the number of messages and invitations."""
    values: dict[str, float] = {f"signal:{s.name}": float(s.points) for s in score.signals}
    values["messages"] = float(np.log1p(score.messages))
    values["invitations"] = float(score.invitations > 0)
    return values


def example_from_score(score: SenderScore, label: str) -> Example:
    return Example(score.key, label, "\n".join(score.texts), features(score))


class LabelModel:
    """Logistic regression on [signal points | tf-idf of character 2–5-grams of the sender's texts]."""

    def __init__(self) -> None:
        # scikit-learn is imported here, so commands that never train a model start quickly
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.signals = DictVectorizer()
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, sublinear_tf=True,
                                     min_df=1, max_features=50_000)
        self.classifier = LogisticRegression(class_weight="balanced", C=1.0, max_iter=2000)

    def _matrix(self, rows: Sequence[dict[str, float]], texts: Sequence[str], fit: bool) -> Any:
        from scipy.sparse import csr_matrix, hstack

        if fit:
            a = self.signals.fit_transform(rows)
            b = self.chars.fit_transform(texts)
        else:
            a = self.signals.transform(rows)
            b = self.chars.transform(texts)
        return hstack([csr_matrix(a), b]).tocsr()

    def fit(self, examples: Sequence[Example]) -> LabelModel:
        x = self._matrix([e.features for e in examples], [e.text for e in examples], fit=True)
        y = np.array([1 if e.label == "spam" else 0 for e in examples])
        self.classifier.fit(x, y)
        return self

    def predict(self, scores: Sequence[SenderScore]) -> list[float]:
        if not scores:
            return []
        x = self._matrix([features(s) for s in scores], ["\n".join(s.texts) for s in scores], fit=False)
        return [float(p) for p in self.classifier.predict_proba(x)[:, 1]]

    def top_terms(self, n: int = 10) -> list[tuple[str, float]]:
        names = list(self.signals.get_feature_names_out()) + [f"“{g}”" for g in self.chars.get_feature_names_out()]
        coef = self.classifier.coef_[0]
        order = np.argsort(-np.abs(coef))[:n]
        return [(names[i], round(float(coef[i]), 3)) for i in order]


def enough_labels(examples: Sequence[Example]) -> bool:
    spam = sum(e.label == "spam" for e in examples)
    ok = sum(e.label == "ok" for e in examples)
    return len(examples) >= MIN_LABELS and spam >= MIN_PER_CLASS and ok >= MIN_PER_CLASS


def refine(
    scores: list[SenderScore], labels: Mapping[str, str], stored: Iterable[Example] = ()
) -> tuple[list[SenderScore], ModelInfo]:
    """Apply the user's labels (sender key → 'spam'|'ok') and, with enough of them, the learned model.

    `stored` are examples saved with labels of senders that are not in this export (earlier exports).
    Scores are changed in place and returned re-ranked.
    """
    by_key = {s.key: s for s in scores}
    examples = [example_from_score(by_key[k], v) for k, v in labels.items() if k in by_key and v in LABELS]
    examples += [e for e in stored if e.key not in by_key and e.label in LABELS]
    info = ModelInfo(len(examples), sum(e.label == "spam" for e in examples),
                     sum(e.label == "ok" for e in examples), trained=False)
    model: LabelModel | None = None
    if enough_labels(examples):
        model = LabelModel().fit(examples)
        info.trained = True
        info.top_terms = model.top_terms()
    unlabelled = [s for s in scores if s.key not in labels]
    if model is not None:
        for score, p in zip(unlabelled, model.predict(unlabelled), strict=True):
            score.model_score = round(p, 4)
            score.score = round((1 - MODEL_WEIGHT) * score.rule_score + MODEL_WEIGHT * p, 4)
            score.flagged = score.score >= FLAG_THRESHOLD
            score.scored_by = "rules+model"
    for score in scores:
        label = labels.get(score.key)
        if label in LABELS:
            score.label = label
            score.score = 1.0 if label == "spam" else 0.0
            score.flagged = label == "spam"
            score.scored_by = "label"
    scores.sort(key=lambda s: (-s.score, -s.rule_score, s.name.casefold()))
    return scores, info
