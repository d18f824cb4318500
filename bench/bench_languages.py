"""Benchmark: language counting on a synthetic 1,000,000-event Jetstream file, with baselines from the same run.

Measures, each phase in a fresh interpreter (so peak memory is per phase):
- a bare `for line in f` over the file (the ceiling for anything reading lines in Python),
- a plain `json.loads` loop (what a hand-written counter would do),
- DuckDB reading the lines as raw text without parsing (its own line-read ceiling),
- DuckDB parsing the lines with the engine's explicit schema and nothing else (the ceiling of any DuckDB plan:
  every field the count needs, read, then only counted),
- the raw-text alternative: lines as text, a substring pre-filter for post creates, yyjson extraction of the fields
  (every line still validated so that malformed lines stay exact), the same deduplication,
- declared-language counting with the DuckDB engine (`--detect none`),
- the same with detection of the posts lacking `langs` (`--detect missing`), end to end (detection in the main
  process, the default; also fastText alone, and spread over two worker processes),
- the detector alone over the distinct cleaned texts of those posts (each detected once: the rate for a stream
  whose texts do not repeat, unlike the synthetic one),
and detection accuracy on tests/fixtures/langid (sentences, word pairs, post-like texts).
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

# every phase's own DuckDB connection: two threads, and no progress bar (DuckDB would print it into the result)
PRELUDE = """
def duckdb_connection():
    import duckdb
    con = duckdb.connect()
    con.execute("SET threads=2")
    con.execute("SET enable_progress_bar=false")
    return con
"""
PHASES = {
    "line_read": """
import time
t = time.perf_counter(); n = 0
with open(PATH, "rb") as f:
    for line in f:
        n += 1
result = {"events": n, "seconds": time.perf_counter() - t}
""",
    "json_loop": """
import json, time
t = time.perf_counter(); n = 0; bad = 0
with open(PATH, "rb") as f:
    for line in f:
        try:
            json.loads(line)
        except ValueError:
            bad += 1
        n += 1
result = {"events": n, "malformed": bad, "seconds": time.perf_counter() - t}
""",
    "duckdb_lines": """
import time
con = duckdb_connection()
t = time.perf_counter()
n = con.execute(f"SELECT count(line) FROM {RAW}").fetchone()[0]
result = {"events": n, "seconds": time.perf_counter() - t}
""",
    "duckdb_scan": """
import time
from pathlib import Path
from reichweite.engines.duckdb import _source_sql
con = duckdb_connection()
source, params = _source_sql([Path(PATH)], [], "none")
t = time.perf_counter()
row = con.execute(f"SELECT count(*), count(did), count(time_us), count(kind), count(op), count(collection), "
                  f"count(rkey), count(langs) FROM ({source})", params).fetchone()
result = {"events": row[0], "seconds": time.perf_counter() - t}
""",
    # the raw-text alternative: lines as text, a substring pre-filter (a post create must contain both strings),
    # yyjson extraction of the needed fields; every line is still parsed (json_valid, and the other categories'
    # fields) so that malformed lines and the input summary stay exact. Same dedupe as the engine.
    "raw_prefilter": """
import time
con = duckdb_connection()
con.execute("SET preserve_insertion_order=false")
t = time.perf_counter()
lines, posts, creates, malformed = con.execute(f'''
    SELECT sum(n), count(*) FILTER (WHERE c = 'post'), sum(n) FILTER (WHERE c = 'post'),
           sum(n) FILTER (WHERE c = 'bad') FROM (
      SELECT c, CASE WHEN c = 'post' THEN did END AS did, CASE WHEN c = 'post' THEN rkey END AS rkey, count(*) AS n,
             min(time_us), arg_min(langs, struct_pack(t := time_us, c := cid))
      FROM (SELECT CASE WHEN x IS NULL OR x[1] IS NULL OR time_us IS NULL OR x[3] IS NULL THEN 'bad'
                        WHEN x[3] = 'commit' AND x[4] = 'create' AND x[5] = 'app.bsky.feed.post' AND x[6] IS NOT NULL
                        THEN 'post' ELSE 'other' END AS c, x[1] AS did, x[6] AS rkey, time_us, x[7] AS cid, langs
            FROM (SELECT x, TRY_CAST(x[2] AS BIGINT) AS time_us,
                         CASE WHEN x[8] IS NOT NULL THEN json_extract_string(line, '$.commit.record.langs[*]')
                         END AS langs
                  FROM (SELECT line, CASE WHEN json_valid(line) THEN
                          CASE WHEN contains(line, '"app.bsky.feed.post"') AND contains(line, '"create"')
                          THEN json_extract_string(line, ['$.did', '$.time_us', '$.kind', '$.commit.operation',
                               '$.commit.collection', '$.commit.rkey', '$.commit.cid', '$.commit.record.langs'])
                          ELSE json_extract_string(line, ['$.did', '$.time_us', '$.kind']) END END AS x
                        FROM {RAW})))
      GROUP BY ALL)''').fetchone()
result = {"events": lines, "seconds": time.perf_counter() - t, "posts": posts, "post_creates": creates,
          "malformed": malformed}
""",
    "declared": """
import time
from reichweite.engines.languages import count_languages
t = time.perf_counter()
tables = count_languages([PATH], detect="none")
result = {"events": tables.stats["events"] + tables.stats["malformed"], "seconds": time.perf_counter() - t,
          "stats": tables.stats}
""",
    # how many distinct texts detection really saw, and the detector's rate on distinct texts only (no answer
    # reused): the synthetic posts draw on 12,409 sentences, so they repeat far more than a real stream's do
    "detector_distinct": """
import time
from reichweite.analysis.langdetect import Detector, clean_text
con = duckdb_connection()
texts = [r[0] for r in con.execute(
    "SELECT DISTINCT commit.record.text FROM read_json(?, columns={'kind': 'VARCHAR', 'commit': 'STRUCT(operation "
    "VARCHAR, collection VARCHAR, record STRUCT(text VARCHAR, langs VARCHAR[]))'}, format='newline_delimited', "
    "ignore_errors=true) WHERE kind = 'commit' AND commit.operation = 'create' "
    "AND commit.collection = 'app.bsky.feed.post' AND len(coalesce(commit.record.langs, [])) = 0",
    [PATH]).fetchall()]
distinct = sorted({clean_text(t) for t in texts})
detector = Detector(second_stage=SECOND)
detector.detect("warm up")
t = time.perf_counter()
detector.detect_many(distinct)
result = {"events": len(distinct), "seconds": time.perf_counter() - t, "raw_texts": len(texts)}
""",
    "detect_missing": """
import time
from reichweite.engines.languages import count_languages
t = time.perf_counter()
tables = count_languages([PATH], detect="missing", second_stage=SECOND, detect_workers=WORKERS)
result = {"events": tables.stats["events"] + tables.stats["malformed"], "seconds": time.perf_counter() - t,
          "detected": int(tables.periods["detected"].sum())}
""",
}
FOOTER = """
import json, resource
result["peak_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
result["peak_child_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
# detection worker processes run beside the main one: count every worker at the largest one's peak (upper bound)
workers = WORKERS or 0
result["peak_mb"] = result["peak_self_mb"] + workers * result["peak_child_mb"]
print(json.dumps(result))
"""


def run_phase(name: str, path: Path, second_stage: bool = True, workers: int | None = None) -> dict:
    raw = (f"read_csv({str(path)!r}, columns={{'line': 'VARCHAR'}}, delim=chr(1), quote='', escape='', "
           "header=false, auto_detect=false, max_line_size=16777216)")  # one VARCHAR per line, no parsing
    code = (f"PATH = {str(path)!r}\nSECOND = {second_stage!r}\nWORKERS = {workers!r}\nRAW = {raw!r}\n"
            + PRELUDE + PHASES[name] + FOOTER)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise SystemExit(f"phase {name}: no result line; it printed:\n{done.stdout[-2000:]}") from None



def accuracy_figures() -> dict:
    from reichweite.analysis.langdetect import Detector, accuracy

    folder = ROOT / "tests" / "fixtures" / "langid"
    figures: dict[str, float] = {}
    for name in ("sentences", "wordpairs", "posts"):
        file = folder / ("posts.tsv" if name == "posts" else f"eval_{name}.tsv")
        rows = [line.split("\t", 1) for line in file.read_text(encoding="utf-8").split("\n") if line]
        gold = [g for g, _ in rows]
        for label, detector in (("", Detector()), ("_fasttext_only", Detector(second_stage=False))):
            detector.detect("warm up the models")
            start = time.perf_counter()
            predicted = detector.detect_many(t for _, t in rows)
            seconds = time.perf_counter() - start
            result = accuracy(gold, predicted, "de")
            figures[f"{name}_accuracy{label}"] = round(result["accuracy"], 4)
            figures[f"{name}_de_precision{label}"] = round(result["de_precision"], 4)
            figures[f"{name}_de_recall{label}"] = round(result["de_recall"], 4)
            figures[f"{name}_per_s{label}"] = round(len(rows) / seconds)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, default=ROOT / "bench" / "data" / "jetstream_1m.jsonl")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    if not args.file.exists():
        from synth_jetstream import generate

        args.file.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {args.file} (synthetic, seeded) …", file=sys.stderr)
        print(json.dumps(generate(args.file, args.events)), file=sys.stderr)
    load_before = os.getloadavg()
    size_mb = args.file.stat().st_size / 2**20
    phases = {name: run_phase(name, args.file) for name in ("line_read", "json_loop", "duckdb_lines", "duckdb_scan",
                                                        "raw_prefilter", "declared", "detect_missing")}
    phases["detect_missing_fasttext_only"] = run_phase("detect_missing", args.file, second_stage=False)
    two_workers = run_phase("detect_missing", args.file, workers=2)
    distinct = run_phase("detector_distinct", args.file)
    distinct_fast = run_phase("detector_distinct", args.file, second_stage=False)
    load_after = os.getloadavg()
    rate = {name: phase["events"] / phase["seconds"] for name, phase in phases.items()}
    rate_two_workers = two_workers["events"] / two_workers["seconds"]
    for name, phase in phases.items():
        print(f"{name:30} {phase['seconds']:7.2f} s  {rate[name]:>12,.0f} events/s  peak {phase['peak_mb']:6.0f} MB",
              file=sys.stderr)
    summary = {
        "file_mb": round(size_mb, 1),
        "events": phases["declared"]["events"],
        "cpus": os.cpu_count(),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "line_read_events_per_s": round(rate["line_read"]),
        "json_loop_events_per_s": round(rate["json_loop"]),
        "duckdb_line_scan_events_per_s": round(rate["duckdb_lines"]),
        "duckdb_scan_events_per_s": round(rate["duckdb_scan"]),
        "share_of_duckdb_scan": round(rate["declared"] / rate["duckdb_scan"], 3),
        "raw_prefilter_events_per_s": round(rate["raw_prefilter"]),
        "raw_prefilter_same_counts": [phases["raw_prefilter"][k] for k in ("posts", "post_creates", "malformed")]
        == [phases["declared"]["stats"][k] for k in ("posts", "post_creates", "malformed")],
        "events_per_s": round(rate["declared"]),
        "events_per_s_detect": round(rate["detect_missing"]),
        "events_per_s_detect_fasttext_only": round(rate["detect_missing_fasttext_only"]),
        "events_per_s_detect_two_workers": round(rate_two_workers),
        "detected_texts": phases["detect_missing"]["detected"],
        "distinct_cleaned_texts": distinct["events"],
        "detector_distinct_texts_per_s": round(distinct["events"] / distinct["seconds"]),
        "detector_distinct_texts_per_s_fasttext_only": round(distinct_fast["events"] / distinct_fast["seconds"]),
        "x_json_loop": round(rate["declared"] / rate["json_loop"], 2),
        "share_of_line_read": round(rate["declared"] / rate["line_read"], 3),
        "peak_mb": round(max(p["peak_mb"] for p in phases.values())),
        "peak_mb_declared": round(phases["declared"]["peak_mb"]),
        "peak_mb_detect": round(phases["detect_missing"]["peak_mb"]),
        "peak_mb_detect_two_workers": round(two_workers["peak_mb"]),
        "peak_mb_detect_two_workers_each": round(two_workers["peak_child_mb"]),
        "stats": phases["declared"]["stats"],
    }
    if not args.skip_accuracy:
        sys.path.insert(0, str(ROOT / "src"))
        summary.update(accuracy_figures())
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
