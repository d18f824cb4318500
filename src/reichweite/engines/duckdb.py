"""Language counting with DuckDB: one scan with an explicit schema (only the fields the count needs), posts
deduplicated by (did, rkey), declared languages counted in SQL, undeclared texts detected in Python in batches."""

from __future__ import annotations

import glob
import multiprocessing
import re
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd

from reichweite import limits
from reichweite.analysis.langdetect import Detector
from reichweite.analysis.languages import NONE, LanguageTables, normalize_tables
from reichweite.archives import capped_lines
from reichweite.errors import InputError, ReichweiteError, Said, UsageError
from reichweite.platforms.bluesky.jetstream import open_lines

JSON_COLUMNS = {
    "did": "VARCHAR",
    "time_us": "BIGINT",
    "kind": "VARCHAR",
    "commit": "STRUCT(operation VARCHAR, collection VARCHAR, rkey VARCHAR, "
              "record STRUCT(text VARCHAR, langs VARCHAR[]))",
}
# event categories as small integers: the scan groups by them (cheaper than strings); names for the stats
CATEGORIES = {0: "malformed", 1: "post", 2: "other_collections", 3: "deletes", 4: "updates", 5: "identity",
              6: "account", 7: "other_kinds"}
POST = 1
_CATEGORY = """CASE WHEN did IS NULL OR time_us IS NULL OR kind IS NULL THEN 0
    WHEN kind = 'commit' THEN CASE
        WHEN op = 'create' THEN CASE WHEN collection = 'app.bsky.feed.post' AND rkey IS NOT NULL THEN 1 ELSE 2 END
        WHEN op = 'delete' THEN 3 WHEN op = 'update' THEN 4 ELSE 2 END
    WHEN kind = 'identity' THEN 5 WHEN kind = 'account' THEN 6 ELSE 7 END"""
# as the scan reads them: time_us as written, so only a JSON integer counts (a string or a fraction is malformed,
# as in the other readers)
SCAN_COLUMNS = {**JSON_COLUMNS, "time_us": "JSON"}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", re.IGNORECASE)
_UNITS = {"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12}  # KiB … taken as KB …: close enough for a floor
MIN_MEMORY = 64e6
# a declared language code reduced to its language ("de-AT", " de_at " → "de"); '' for a blank one
_LANG_CODE = "lower(trim(split_part(replace(l, '_', '-'), '-', 1)))"
PERIOD_FORMAT = {"day": "day", "week": "week", "month": "month"}
BATCH = 5_000
Progress = Callable[[str, int, int | None], None]


def _source_sql(jsonl: list[Path], parquet: list[Path], detect: str, max_line: int) -> tuple[str, list[object]]:
    # the text is kept only where it will be detected: it is most of the memory a run needs
    text = {"none": "NULL::VARCHAR", "all": "commit.record.text",
            "missing": f"CASE WHEN len(list_filter(coalesce(commit.record.langs, []), lambda l: {_LANG_CODE} <> '')) "
                       "= 0 THEN commit.record.text END",
            }[detect]
    select = ("SELECT did, {time} AS time_us, kind, commit.operation AS op, commit.collection AS collection, "
              f"commit.rkey AS rkey, commit.record.langs AS langs, {text} AS text FROM ")
    parts, params = [], []
    if jsonl:
        parts.append(select.format(time="CASE WHEN json_type(time_us) IN ('BIGINT', 'UBIGINT') "
                                        "THEN TRY_CAST(time_us AS BIGINT) END")
                     + "read_json(?, columns=?, format='newline_delimited', ignore_errors=true, "
                              f"maximum_object_size={int(max_line)})")
        params += [[str(p) for p in jsonl], SCAN_COLUMNS]
    if parquet:
        # a BIGINT column as Jetstream archives write it; TRY_CAST also takes one converted from JSON text
        parts.append(select.format(time="TRY_CAST(time_us AS BIGINT)") + "read_parquet(?, union_by_name=true)")
        params.append([str(p) for p in parquet])
    return " UNION ALL ".join(parts), params


_OVERSIZED = re.compile(r'maximum_object_size.*?while reading file "(.+?)"', re.DOTALL)


def _oversized_file(exc: Exception, jsonl: list[Path], cleaned: dict[Path, Path]) -> Path | None:
    """The file DuckDB names as holding a JSON object over maximum_object_size (not yet cleaned), else None."""
    match = _OVERSIZED.search(str(exc))
    if not match:
        return None
    named = match.group(1)
    return next((p for p in jsonl if p not in cleaned and (str(p) == named or str(cleaned.get(p)) == named)), None)


def _plain_name(path: Path) -> Path:
    """A link to `path` under a name without pattern characters (removed with the other temporary copies)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="reichweite-"))
    link = folder / ("file" + "".join(path.suffixes[-2:]))
    link.symlink_to(path.resolve())
    return link


def without_long_lines(path: Path, max_line: int) -> Path:
    """A zstd-compressed temporary copy of a JSONL file with every line over `max_line` bytes replaced by `{}`
    (which the scan counts as malformed), read piece by piece."""
    import tempfile

    import zstandard

    name = Path(tempfile.mkdtemp(prefix="reichweite-")) / "lines.jsonl.zst"
    with name.open("wb") as raw, zstandard.ZstdCompressor(level=1).stream_writer(raw) as out, \
            open_lines(path) as stream:
        for line in capped_lines(stream, max_line):
            out.write(b"{}\n" if line is None else line if line.endswith(b"\n") else line + b"\n")
    return name


def count_languages_duckdb(jsonl: list[Path], parquet: list[Path], *, by: str = "day", tz: str = "UTC",
                           detect: str = "missing", detector: Detector | None = None, threads: int | None = None,
                           workers: int | None = None, progress: Progress | None = None,
                           memory_limit: str | None = None) -> LanguageTables:
    """Count declared (and optionally detected) languages of unique post creates in the files."""
    con = duckdb.connect()
    # progress is tracked (for query_progress) but never printed by DuckDB itself
    con.execute("SET enable_progress_bar = true")
    con.execute("SET enable_progress_bar_print = false")
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET TimeZone = 'UTC'")
    if threads:
        con.execute(f"SET threads={int(threads)}")
    if memory_limit:  # DuckDB's default is 80 % of the RAM; beyond its limit it spills to a temporary folder
        size = _SIZE.fullmatch(memory_limit.strip())
        if not size:
            raise UsageError(Said(f"--memory-limit {memory_limit!r}: use a size such as 4GB or 500MB",
                                  "src.engine.memory_size", value=repr(memory_limit)))
        if float(size.group(1)) * _UNITS[size.group(2).upper().replace("I", "")] < MIN_MEMORY:
            raise UsageError(Said(f"--memory-limit {memory_limit!r}: too small; DuckDB needs at least 64MB "
                                  "(it works in blocks of 32 MiB)", "src.engine.memory_small",
                                  value=repr(memory_limit)))
        con.execute(f"SET memory_limit = '{memory_limit.strip()}'")
    max_line = limits.current().line_size
    # files with a line over the limit → a copy with those lines made malformed; a name DuckDB would take as a
    # pattern (`day[1].jsonl`) → a link with a plain name, so exactly the file given is read
    cleaned: dict[Path, Path] = {p: _plain_name(p) for p in jsonl if glob.has_magic(str(p))}
    renamed = {p: _plain_name(p) for p in parquet if glob.has_magic(str(p))}
    temporary = [*cleaned.values(), *renamed.values()]
    parquet = [renamed.get(p, p) for p in parquet]
    if progress:
        progress("read", 0, None)
    unit = PERIOD_FORMAT[by]
    try:
        # One scan, two aggregations in one pipeline. The inner one makes a row per unique post (n = deliveries)
        # and a row per other category. The post counts at its earliest delivery, min(time_us); deliveries of one
        # post with the same time_us are one event delivered again (a replay repeats time_us), so arg_min by
        # time_us alone picks the same record whichever copy comes first. The outer one collapses the posts at
        # once to a row per (period, declared languages, text) with their number `w` (without detection a
        # handful of rows; with it, identical texts are detected once and counted w times): the unique posts
        # themselves are never materialised.
        kept = "langs" if detect == "none" else "struct_pack(langs := langs, text := text)"
        langs, text = ("first", "NULL::VARCHAR") if detect == "none" else ("first.langs", "first.text")
        while True:
            source, params = _source_sql([cleaned.get(p, p) for p in jsonl], parquet, detect, max_line)
            try:
                with _reporting(con, progress, "read"):
                    con.execute(f"""
                    CREATE TEMP TABLE collapsed AS
                    SELECT category, date_trunc('{unit}', {_local_time("make_timestamp(t)", tz)}) AS period,
                           {langs} AS langs, {text} AS text, count(*) AS w, sum(n)::BIGINT AS n
                    FROM (SELECT category, count(*) AS n, min(time_us) AS t, arg_min({kept}, time_us) AS first
                          FROM (SELECT {_CATEGORY} AS category, did, rkey, time_us, langs, text FROM ({source}))
                          GROUP BY category, CASE WHEN category = {POST} THEN did END,
                                   CASE WHEN category = {POST} THEN rkey END)
                    GROUP BY ALL""", params)
                break
            except duckdb.InvalidInputException as exc:
                # DuckDB stops at a line far over maximum_object_size: that file is read again with its lines over
                # the limit made malformed (`{}`), as the line-by-line readers count them
                oversized = _oversized_file(exc, jsonl, cleaned)
                if oversized is None:
                    raise
                cleaned[oversized] = without_long_lines(oversized, max_line)
    except duckdb.OutOfMemoryException as exc:
        limit = memory_limit or "80 % of the RAM"  # asking DuckDB would need memory too
        files, reason = len(jsonl) + len(parquet), str(exc).splitlines()[0]
        raise ReichweiteError(Said(
            f"DuckDB ran out of memory counting {files} file(s) (memory limit {limit}; {reason}). Raise it with "
            "--memory-limit, use --detect none (the texts to detect take most of the memory), or --engine spark.",
            "src.engine.out_of_memory", files=str(files), reason=reason,
            limit=limit if memory_limit else Said(limit, "src.engine.ram"))) from None
    except duckdb.Error as exc:
        raise InputError(", ".join(map(str, jsonl + parquet)), Said(f"cannot read as Jetstream: {exc}",
                                                                    "src.engine.unreadable", detail=str(exc))) from None
    finally:
        for copy in {*temporary, *cleaned.values()}:
            copy.unlink(missing_ok=True)
            copy.parent.rmdir()
    # per category: deliveries (n) and distinct events (w; for posts, the unique posts)
    totals = con.execute("SELECT category, sum(n)::BIGINT, sum(w)::BIGINT FROM collapsed GROUP BY category").fetchall()
    stats = {CATEGORIES[code]: int(n) for code, n, _ in totals}
    unique = sum(int(w) for code, _, w in totals if code == POST)
    # language codes cleaned once per distinct (period, list, text), not per post
    con.execute(f"""
        CREATE TEMP TABLE posts AS
        SELECT strftime(period, '%Y-%m-%d') AS period,
               coalesce(list_filter(list_transform(langs, lambda l: {_LANG_CODE}), lambda l: l <> ''), [])
                   AS langs,
               text, sum(w)::BIGINT AS w
        FROM collapsed WHERE category = {POST} GROUP BY ALL""")
    con.execute("DROP TABLE collapsed")
    if progress:
        progress("count", 0, None)
    first = con.execute(f"""
        SELECT period, 'first' AS rule, coalesce(langs[1], '{NONE}') AS lang, sum(w)::BIGINT AS posts
        FROM posts GROUP BY ALL""").df()
    anyrule = con.execute(f"""
        SELECT period, 'any' AS rule, lang, sum(w)::BIGINT AS posts FROM (
            SELECT period, w,
                   unnest(CASE WHEN len(langs) = 0 THEN ['{NONE}'] ELSE list_distinct(langs) END) AS lang
            FROM posts) GROUP BY ALL""").df()
    periods = con.execute("""
        SELECT period, sum(w)::BIGINT AS posts, coalesce(sum(w) FILTER (WHERE len(langs) > 0), 0)::BIGINT AS declared,
               coalesce(sum(w) FILTER (WHERE len(langs) = 0), 0)::BIGINT AS undeclared
        FROM posts GROUP BY period""").df()
    detected_counts, agreement, detected_per_period = _detect(con, detect, detector, workers, progress)
    periods["detected"] = periods["period"].map(detected_per_period).fillna(0).astype("int64")
    counts = pd.concat([first, anyrule, detected_counts], ignore_index=True)
    stats_out = _stats(stats, int(unique))
    counts, periods, agreement = normalize_tables(counts, periods, agreement)
    con.close()
    return LanguageTables(counts, periods, agreement, stats_out, by=by, detect=detect, engine="duckdb", tz=tz)


def _local_time(utc: str, tz: str) -> str:
    """SQL for the wall-clock time in `tz` of a UTC timestamp expression (the calendar the periods follow)."""
    if tz == "UTC":
        return utc
    return f"timezone('{tz.replace(chr(39), '')}', ({utc})::TIMESTAMPTZ)"


def _detect(con: duckdb.DuckDBPyConnection, detect: str, detector: Detector | None, workers: int | None,
            progress: Progress | None) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int]]:
    empty_counts = pd.DataFrame(columns=["period", "rule", "lang", "posts"])
    empty_agreement = pd.DataFrame(columns=["declared", "detected", "posts"])
    if detect == "none":
        return empty_counts, empty_agreement, {}
    detector = detector or Detector()
    where = "WHERE len(langs) = 0" if detect == "missing" else ""
    total = con.execute(f"SELECT count(*) FROM posts {where}").fetchone()[0]  # type: ignore[index]
    cursor = con.execute(f"SELECT period, coalesce(langs[1], '{NONE}'), text, w FROM posts {where}")
    by_period: Counter[tuple[str, str]] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    done = 0
    if workers is None:
        workers = 1
    for rows, langs in _detect_batches(cursor, detector, workers):
        for (period, declared, _, weight), lang in zip(rows, langs, strict=True):
            by_period[(period, lang)] += weight
            pairs[(declared, lang)] += weight
        done += len(rows)
        if progress:
            progress("detect", done, total)
    counts = pd.DataFrame([(p, "detected", lang, n) for (p, lang), n in by_period.items()],
                          columns=["period", "rule", "lang", "posts"])
    agreement = pd.DataFrame([(d, lang, n) for (d, lang), n in pairs.items()],
                             columns=["declared", "detected", "posts"])
    per_period: Counter[str] = Counter()
    for (period, _), n in by_period.items():
        per_period[period] += n
    return counts, agreement, dict(per_period)


_WORKER_DETECTOR: Detector | None = None


def _init_worker(detector: Detector) -> None:
    global _WORKER_DETECTOR
    _WORKER_DETECTOR = detector


def _detect_texts(texts: list[str | None]) -> list[str]:
    assert _WORKER_DETECTOR is not None
    return _WORKER_DETECTOR.detect_many(texts)


def _detect_batches(cursor: duckdb.DuckDBPyConnection, detector: Detector, workers: int
                    ) -> Iterator[tuple[list[tuple[str, str, str | None, int]], list[str]]]:
    """(rows, detected languages) per batch, in order; over `workers` processes when more than one."""
    if workers <= 1:
        while rows := cursor.fetchmany(BATCH):
            yield rows, detector.detect_many(row[2] for row in rows)
        return
    context = multiprocessing.get_context("spawn")  # no fork: the parent holds DuckDB's threads
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(detector,)) as pool:
        pending: deque[tuple[list[tuple[str, str, str | None, int]], Future[list[str]]]] = deque()
        while True:
            while len(pending) < 2 * workers and (rows := cursor.fetchmany(BATCH)):
                pending.append((rows, pool.submit(_detect_texts, [row[2] for row in rows])))
            if not pending:
                return
            rows, future = pending.popleft()
            yield rows, future.result()


@contextmanager
def _reporting(con: duckdb.DuckDBPyConnection, progress: Progress | None, phase: str) -> Iterator[None]:
    """While the block runs a query on `con`, report its progress (percent of the input read) every 0.25 s."""
    if progress is None:
        yield
        return
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.25):
            percent = con.query_progress()
            if percent >= 0:
                progress(phase, int(percent), 100)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
    progress(phase, 100, 100)


def _stats(categories: dict[str, int], unique: int) -> dict[str, int]:
    post_creates = int(categories.get("post", 0))
    malformed = int(categories.get("malformed", 0))
    return {
        "events": int(sum(categories.values())) - malformed,
        "malformed": malformed,
        "post_creates": post_creates,
        "posts": int(unique),
        "duplicates": post_creates - int(unique),
        "deletes": int(categories.get("deletes", 0)),
        "updates": int(categories.get("updates", 0)),
        "other_collections": int(categories.get("other_collections", 0)),
        "identity": int(categories.get("identity", 0)),
        "account": int(categories.get("account", 0)) + int(categories.get("other_kinds", 0)),
    }
