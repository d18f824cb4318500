"""Hostile inputs: peak memory and time of the CLI on each bomb of tests/hostile/bombs.py (synthetic), against a
baseline source tree run in the same process (`--baseline-src`, e.g. an unpacked older commit's `src/`).

    python bench/bench_hostile.py --baseline-src /tmp/base/src [--only x mastodon] [--timeout 300]

Each case runs `python -m reichweite …` in a child process (PYTHONPATH set to the tree measured); its peak
resident memory is the rusage wait4 returns for exactly that child. A baseline run past --timeout is killed and
reported as such. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import bombs  # noqa: E402

CASES = {
    "x": ("1 MB X-archive zip → 1 GiB tweets.js", lambda d: ("import", "x-archive", str(bombs.x_archive_bomb(d)))),
    "mastodon": ("Mastodon archive zip → 1 GiB outbox.json",
                 lambda d: ("import", "mastodon-archive", str(bombs.mastodon_bomb(d)))),
    "linkedin": ("LinkedIn export zip → 1 GiB of newlines in Connections.csv",
                 lambda d: ("import", "linkedin-export", str(bombs.linkedin_bomb(d)))),
    "xlsx": ("workbook with one cell at XFD1048576", lambda d: ("import", "table", str(bombs.xlsx_far_cell(d)))),
    "accounts": ("automation accounts: one 200 MB line (a list of numbers)",
                 lambda d: ("automation", "accounts", str(bombs.long_line_jsonl(d, 200 * bombs.MIB, fill=b"0,")))),
    "languages": ("languages (DuckDB): one 40 MB line",
                  lambda d: ("languages", "--detect", "none",
                             str(bombs.long_line_jsonl(d, 40 * bombs.MIB, name="long.jsonl")))),
}


def measure(src: Path, args: tuple[str, ...], folder: Path, timeout: float) -> dict:
    env = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(src)
    try:
        run = bombs.run_measured(*args, cwd=folder, timeout=timeout)
        last = (run.stderr.strip().splitlines() or [""])[-1][:160]
        return {"exit": run.returncode, "peak_mb": round(run.peak_rss / 2**20), "seconds": round(run.seconds, 1),
                "message": last}
    except AssertionError:
        return {"exit": None, "peak_mb": None, "seconds": timeout, "message": f"killed after {timeout:.0f} s"}
    finally:
        if env is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline-src", type=Path, help="src/ of the tree to compare with")
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), default=sorted(CASES))
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--skip-baseline", nargs="*", default=[], help="cases not to run on the baseline "
                        "(the workbook one ran until the machine killed it)")
    args = parser.parse_args()
    results = {}
    for name in args.only:
        what, build = CASES[name]
        with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
            folder = Path(tmp)
            command = build(folder)
            now = measure(ROOT / "src", command, folder, args.timeout)
            before = (measure(args.baseline_src, command, folder, args.timeout)
                      if args.baseline_src and name not in args.skip_baseline else None)
        results[name] = {"what": what, "now": now, "baseline": before}
        line = f"{name:9} now: {now['peak_mb']} MB, {now['seconds']} s, exit {now['exit']}"
        if before and before["peak_mb"] and now["peak_mb"]:
            line += (f" | baseline: {before['peak_mb']} MB, {before['seconds']} s, exit {before['exit']}"
                     f" | memory ratio {before['peak_mb'] / now['peak_mb']:.1f}x")
        print(line, flush=True)
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
