"""The demo: import → collect → compare → report on the bundled SYNTHETIC example data, offline.

1. a fresh demo database in DIR/demo.db
2. `reichweite import x-archive` of examples/data/x-archive (the X account archive)
3. a local AppView on 127.0.0.1 replaying examples/data/appview, and `reichweite collect bluesky` against it, its
   fetch time pinned to the morning the X archive was made (REICHWEITE_NOW), so both sides are measured the same day
4. `reichweite import table` of examples/data/x-replies.csv (reply counts the X archive lacks, typed in by hand)
5. `reichweite compare x:… bluesky:…` writing the report to DIR, and its JSON to DIR/comparison.json
6. the data over time (two measurement dates, a third account on Mastodon, follower counts) compared at both dates
   into DIR/over-time (see demo_dates.py)

Run: python examples/demo.py --out report   (or `make demo`)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from appview_replay import serve_appview  # noqa: E402
from demo_dates import compare_over_time  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
# the recorded AppView answers stand for a fetch on the morning the X archive was made (2026-10-20 07:12 UTC);
# the demo stamps them with that time, not with today's, so the two sides are measured the same day
BLUESKY_FETCHED = "2026-10-20T08:15:00Z"
X_HANDLE = "tagesfoto_demo"
BSKY_HANDLE = "tagesfoto-demo.bsky.social"


def reichweite(args: list[str], *, quiet: bool = False, env_extra: dict[str, str] | None = None) -> str:
    """Run one `reichweite` command as a user would; print it and its output; stop the demo when it fails."""
    env = {**os.environ, **(env_extra or {})}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    env.setdefault("COLUMNS", "110")
    shown = " ".join(a if " " not in a else f"'{a}'" for a in args)
    assignments = "".join(f"{k}={v} " for k, v in (env_extra or {}).items())
    print(f"$ {assignments}reichweite {shown}", flush=True)
    done = subprocess.run([sys.executable, "-m", "reichweite", *args], capture_output=True, text=True, env=env)
    if not quiet and done.stdout.strip():
        print(done.stdout.rstrip(), flush=True)
    if done.stderr.strip():
        print(done.stderr.rstrip(), file=sys.stderr, flush=True)
    if done.returncode != 0:
        raise SystemExit(f"demo stopped: `reichweite {shown}` exited with {done.returncode}")
    return done.stdout


def _arg(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path.resolve())


def run_demo(out: Path, lang: str | None = None) -> Path:
    out = Path(_arg(out))
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.db"
    for stale in (db, db.with_name("demo.db-wal"), db.with_name("demo.db-shm")):
        stale.unlink(missing_ok=True)
    common = ["--db", str(db)]
    reichweite(["import", "x-archive", _arg(DATA / "x-archive"), *common])
    with serve_appview(DATA / "appview") as (appview, _requests):
        reichweite(["collect", "bluesky", BSKY_HANDLE, "--appview", appview, *common],
                   env_extra={"REICHWEITE_NOW": BLUESKY_FETCHED})
    reichweite(["import", "table", _arg(DATA / "x-replies.csv"), *common])
    compare = ["compare", f"x:{X_HANDLE}", f"bluesky:{BSKY_HANDLE}", *common]
    if lang:
        compare += ["--lang", lang]
    reichweite([*compare, "--out", str(out)])
    reichweite([*compare, "--format", "json", "-o", str(out / "comparison.json")])
    over_time = compare_over_time(reichweite, common, out, lang)
    report = out / "index.html"
    print(f"\nThe comparison at two dates across X, Bluesky and Mastodon: {over_time}.")
    print(f"\nThe report is in {report} (open it in a browser); Excel: {out / 'comparison.xlsx'}; "
          f"JSON: {out / 'comparison.json'}. The data are SYNTHETIC (examples/generate_demo_data.py).")
    return report.resolve()


def main() -> None:
    parser = argparse.ArgumentParser(description="reichweite demo on the bundled synthetic example data")
    parser.add_argument("--out", type=Path, default=Path("report"), help="folder for the report and the demo db")
    parser.add_argument("--lang", choices=("de", "en"), default=None, help="report language (default: locale)")
    args = parser.parse_args()
    run_demo(args.out, args.lang)


if __name__ == "__main__":
    main()
