"""Options every command shares: --lang is the report language everywhere, shell completion, tables that stay
readable at 80 columns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ..support.compare_seed import FETCH_2, seed_store
from .conftest import SRC

EDGE = Path(__file__).resolve().parents[1] / "fixtures" / "languages" / "edge_cases.jsonl"


def test_languages_share_of_and_the_old_spellings(cli) -> None:
    base = ["languages", str(EDGE), "--detect", "none", "--json"]
    new = cli(*base, "--share-of", "de", "--lang", "en")
    assert new.code == 0 and new.err == ""
    shares = json.loads(new.out)["lang_share"]
    old = cli(*base, "--lang", "de", "--report-lang", "en")
    assert old.code == 0 and json.loads(old.out)["lang_share"] == shares
    assert old.err.startswith("--report-lang is deprecated: --lang is the report language, --share-of")
    follow = cli(*base, "--lang", "pt")
    assert follow.code == 0 and "lang_share" in json.loads(follow.out)
    assert follow.err == "--lang pt as the language whose share to follow is deprecated: write --share-of pt " \
                         "(--lang is the report language, de or en).\n"
    report_only = cli(*base, "--lang", "de")
    assert report_only.code == 0 and "lang_share" not in json.loads(report_only.out)
    assert "--lang de legt die Sprache des Berichts fest; den Anteil einer Sprache gibt --share-of de an." in \
        report_only.err  # said in the language it chose
    report_en = cli(*base, "--lang", "en")
    assert "--lang en sets the report language; the share of one language is --share-of en." in report_en.err
    wrong = cli(*base, "--lang", "pt", "--share-of", "de")
    assert wrong.code == 2 and wrong.err == "Error: --lang 'pt': the report language is de or en\n"


def test_lang_is_accepted_by_every_listing_command(cli) -> None:
    for args in (["posts", "x:a"], ["accounts", "x"], ["polls"], ["compare", "x:a", "bluesky:b"],
                 ["panel", "report", "dax"], ["automation", "linkedin", "x.zip"], ["automation", "accounts", "x"]):
        helped = cli(*args, "--help")
        assert helped.code == 0 and "--lang" in helped.out and "Report language" in helped.out, args
        assert "--format" in helped.out and "--output" in helped.out, args


def test_shell_completion_is_on() -> None:
    env = {"PYTHONPATH": str(SRC), "PATH": os.environ["PATH"], "_REICHWEITE_COMPLETE": "complete_bash",
           "COMP_WORDS": "reichweite posts x:a --format ", "COMP_CWORD": "4"}
    done = subprocess.run([sys.executable, "-m", "reichweite"], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.split() == ["table", "csv", "jsonl", "json"]
    script = subprocess.run([sys.executable, "-m", "reichweite", "--show-completion", "bash"], capture_output=True,
                            text=True, env={"PYTHONPATH": str(SRC), "PATH": os.environ["PATH"]}, timeout=120)
    assert script.returncode == 0 and "_REICHWEITE_COMPLETE=complete_bash" in script.stdout


def test_posts_table_at_80_columns_keeps_ids_whole(tmp_path: Path) -> None:
    from reichweite.store import open_store

    db = str(tmp_path / "r.db")
    engine = open_store(db)
    data = seed_store(engine)
    engine.dispose()
    env = {"PYTHONPATH": str(SRC), "PATH": os.environ["PATH"], "COLUMNS": "80"}
    for target, ids in (("x:tagesfoto", data.x_ids), ("bluesky:tagesfoto.bsky.social", data.bs_ids)):
        done = subprocess.run([sys.executable, "-m", "reichweite", "posts", target, "--at", FETCH_2.isoformat(),
                               "--db", db], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= 80
        shown = [i.rsplit("/", 1)[-1] for i in ids]  # Bluesky: the last part of the at:// URI, its prefix said once
        assert all(any(line.startswith(f"│{i} ") for line in lines) for i in shown), done.stdout
        if target.startswith("bluesky"):
            assert f"id: the last part of {ids[0].rsplit('/', 1)[0]}/<id>" in " ".join(" ".join(lines[-2:]).split())
    assert data.hostile_text.split()[0] in done.stdout
