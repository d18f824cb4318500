"""Labels in the store (SQLite and PostgreSQL) and through `reichweite automation label`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from reichweite.cli import app
from reichweite.store.queries_automation import load_labels, save_label
from tests.support import FIXTURES, SRC

EXPORT = FIXTURES / "automation" / "export-2024"
runner = CliRunner()


def test_migration_creates_the_labels_table(store: sa.Engine) -> None:
    with store.connect() as conn:
        assert "automation_labels" in sa.inspect(conn).get_table_names()
        heads = {r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
    assert "0005_automation" in heads


def test_a_new_label_replaces_the_old_one(store: sa.Engine) -> None:
    with store.begin() as conn:
        save_label(conn, platform="linkedin", sender="rico gewinnmaxx", label="ok", sender_name="Rico Gewinnmaxx")
    with store.begin() as conn:
        save_label(conn, platform="linkedin", sender="rico gewinnmaxx", label="spam", text="Willst Du passives "
                   "Einkommen?", features={"signal:money_promise": 2.5})
    with store.connect() as conn:
        labels = load_labels(conn, "linkedin")
    assert len(labels) == 1
    assert (labels[0].label, labels[0].text, labels[0].features) == (
        "spam", "Willst Du passives Einkommen?", {"signal:money_promise": 2.5})
    assert labels[0].labelled_at.tzinfo is not None


def test_cli_label_then_linkedin_uses_the_label(db_url: str) -> None:
    result = runner.invoke(app, ["automation", "label", "Tobias Wendler", "spam", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "Labelled Tobias Wendler as spam." in result.output
    result = runner.invoke(app, ["automation", "linkedin", str(EXPORT), "--json", "--db", db_url, "--lang", "en"])
    assert result.exit_code == 0, result.output
    rows = {r["from"]: r for r in json.loads(result.stdout)}
    tobias = rows["Tobias Wendler"]
    assert (tobias["scored_by"], tobias["score"], tobias["flagged"], tobias["label"]) == ("label", 1.0, True, "spam")
    assert tobias["reasons"][0] == "labelled by you: spam"
    assert tobias["rule_score"] < 0.5
    assert {r["scored_by"] for r in rows.values() if r["from"] != "Tobias Wendler"} == {"rules"}


def test_cli_label_with_export_keeps_texts_for_training(tmp_path: Path) -> None:
    db = str(tmp_path / "labels.db")
    result = runner.invoke(app, ["automation", "label", "https://www.linkedin.com/in/kevin-pipeline-4711/", "spam",
                                 "--export", str(EXPORT), "--db", db])
    assert result.exit_code == 0, result.output
    assert "Labelled Kevin Pipeline as spam (texts kept for training)." in result.output
    listing = runner.invoke(app, ["automation", "labels", "--db", db, "--json"])
    assert json.loads(listing.stdout)[0] | {"labelled_at": None} == {
        "sender": "https://www.linkedin.com/in/kevin-pipeline-4711", "name": "Kevin Pipeline", "label": "spam",
        "labelled_at": None, "with_texts": True,
    }


def test_enough_labels_bring_in_the_model(tmp_path: Path) -> None:
    db = str(tmp_path / "labels.db")
    spam = ["Kevin Pipeline", "Dennis Leadflow", "Marvin Reichtum", "Gary Wealthflow", "Anna Profitlova"]
    ok = ["Greta Sommerfeld", "Heike Brandstätter", "Tobias Wendler", "Miriam Kaltenbach", "Ulrike Hainbach"]
    for name in spam + ok:
        verdict = "spam" if name in spam else "ok"
        assert runner.invoke(app, ["automation", "label", name, verdict, "--db", db]).exit_code == 0
    result = runner.invoke(app, ["automation", "linkedin", str(EXPORT), "--json", "--db", db])
    rows = json.loads(result.stdout)
    unlabelled = [r for r in rows if r["from"] not in spam + ok]
    assert unlabelled and {r["scored_by"] for r in unlabelled} == {"rules+model"}
    assert all(r["model_score"] is not None for r in unlabelled)
    by_name = {r["from"]: r for r in rows}
    assert by_name["Ryan Outbound"]["flagged"] and not by_name["Sam Okonkwo"]["flagged"]
    text = runner.invoke(app, ["automation", "linkedin", str(EXPORT), "--db", db, "--lang", "en"]).stdout
    assert "Model trained on 10 of your labels (5 spam, 5 ok)." in " ".join(text.split())  # sentences wrap


def test_bad_label_is_a_one_line_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    env_db = str(tmp_path / "x.db")
    proc = subprocess.run(
        [sys.executable, "-m", "reichweite", "automation", "label", "Someone", "maybe", "--db", env_db],
        capture_output=True, text=True, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin"},
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == "Error: label 'maybe': use spam or ok"


def test_label_unknown_sender_in_export_names_the_export(tmp_path: Path) -> None:
    export = tmp_path / "export"
    shutil.copytree(EXPORT, export)
    result = runner.invoke(app, ["automation", "label", "Nobody Here", "spam", "--export", str(export),
                                 "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0
    assert "no inbound sender 'Nobody Here' in this export" in str(result.exception)
