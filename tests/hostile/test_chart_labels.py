"""Chart labels from data are text: `$…$` in a handle or company name once crashed matplotlib's mathtext."""

from __future__ import annotations

from pathlib import Path

from reichweite.report.charts import new_figure, save_figure

LABELS = ["Kosten $5 und $6", r"$\frac{1}{$", "$x^2$ AG", "[/] & <b>"]


def test_labels_with_dollar_signs_render_literally(tmp_path: Path) -> None:
    fig, ax = new_figure()
    ax.bar(LABELS, [1, 2, 3, 4])
    ax.set_title(LABELS[1])
    fig.canvas.draw()
    shown = [label.get_text() for label in ax.get_xticklabels()]
    assert shown == LABELS
    assert not any(label.get_parse_math() for label in ax.get_xticklabels())  # drawn as the characters given
    assert save_figure(fig, tmp_path / "labels.png").stat().st_size > 1000
