"""The rows a Vega-Lite spec draws, wherever Altair put them (inline values, or named datasets at the top)."""

from __future__ import annotations

from typing import Any


def chart_rows(spec: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Every data block of the spec, in the order met walking it (the top level first, then layers)."""
    datasets = spec.get("datasets", {})
    found: list[list[dict[str, Any]]] = []

    def walk(part: Any) -> None:
        if isinstance(part, dict):
            data = part.get("data")
            if isinstance(data, dict):
                if "values" in data:
                    found.append(data["values"])
                elif data.get("name") in datasets:
                    found.append(datasets[data["name"]])
            for key, value in part.items():
                if key not in ("data", "datasets"):
                    walk(value)
        elif isinstance(part, list):
            for item in part:
                walk(item)

    walk(spec)
    return found
