"""Benchmark: reading and importing a large LinkedIn member data export (synthetic, written by this script).

Baseline in the same run: parsing the same messages.csv with the bare csv module. Then read_member_export over the
whole export, the import into a fresh SQLite store, and a second import of the same export (nothing new).
Usage: python bench/bench_linkedin.py [--messages N] [--db URL]. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import platform
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reichweite.jobs.linkedin import import_member_export
from reichweite.platforms.linkedin.member_export import read_member_export
from reichweite.store import open_store

WORDS = ("Hallo", "Grüße", "Projekt", "Angebot", "Termin", "Köln", "München", "passives", "Einkommen", "Webinar",
         "Danke", "für", "die", "Vernetzung", "gerne", "morgen", "Folien", "Barcamp", "Rückmeldung", "Öffentlichkeit")


def write_export(folder: Path, messages: int, seed: int = 7) -> None:
    """A 2024-layout export with `messages` messages, messages/10 invitations and connections (synthetic)."""
    rng = random.Random(seed)
    people = [f"Person{i} Müller{i % 97}" for i in range(max(10, messages // 20))]
    owner = "Jana Beispiel"
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    with open(folder / "messages.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"])
        for i in range(messages):
            other = people[i % len(people)]
            sender, to = (owner, other) if rng.random() < 0.4 else (other, owner)
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
            if rng.random() < 0.2:
                text += "\nZweite Zeile mit Umlauten: äöüß"
            when = t0 + timedelta(seconds=37 * i)
            w.writerow([f"2-{i % len(people)}==", "", sender, f"https://www.linkedin.com/in/p{i % len(people)}", to,
                        "https://www.linkedin.com/in/jana", when.strftime("%Y-%m-%d %H:%M:%S UTC"), "", text, "INBOX"])
    with open(folder / "Invitations.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
        for i in range(messages // 10):
            other = people[i % len(people)]
            when = t0 + timedelta(minutes=11 * i)
            incoming = i % 3 != 0
            w.writerow([other if incoming else owner, owner if incoming else other,
                        f"{when.month}/{when.day}/{when:%y}, {when.strftime('%I:%M %p').lstrip('0')}", "Hallo!",
                        "INCOMING" if incoming else "OUTGOING", "", ""])
    with open(folder / "Connections.csv", "w", encoding="utf-8", newline="") as f:
        f.write('Notes:\n"When exporting your connection data, ..."\n\n')
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for i in range(messages // 10):
            when = t0 + timedelta(days=i % 900)
            w.writerow([f"Vorname{i}", f"Nachname{i}", f"https://www.linkedin.com/in/c{i}", "", "Beispiel AG",
                        "Referentin", when.strftime("%d %b %Y")])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "export"
        folder.mkdir()
        write_export(folder, args.messages)
        size = sum(f.stat().st_size for f in folder.iterdir())

        start = time.perf_counter()
        rows = sum(1 for _ in csv.reader(io.StringIO((folder / "messages.csv").read_text("utf-8"), newline="")))
        baseline = time.perf_counter() - start

        start = time.perf_counter()
        export = read_member_export(folder)
        read_s = time.perf_counter() - start

        engine = open_store(args.db or str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        first = import_member_export(engine, folder)
        import_s = time.perf_counter() - start
        start = time.perf_counter()
        again = import_member_export(engine, folder)
        reimport_s = time.perf_counter() - start
        engine.dispose()

    result = {
        "messages": args.messages, "csv_rows": rows - 1, "export_mb": round(size / 1e6, 1),
        "baseline_csv_parse_s": round(baseline, 3), "read_member_export_s": round(read_s, 3),
        "read_messages_per_s": round(args.messages / read_s),
        "import_s": round(import_s, 3), "import_rows_per_s": round(sum(first.added.values()) / import_s),
        "reimport_s": round(reimport_s, 3), "reimport_added": sum(again.added.values()),
        "owner": export.owner, "layout": export.layout, "db": "sqlite" if not args.db else args.db.split(":")[0],
        "python": platform.python_version(),
    }
    print(f"{args.messages:,} messages, {result['export_mb']} MB: csv parse {baseline:.2f} s, "
          f"read {read_s:.2f} s, import {import_s:.2f} s, re-import {reimport_s:.2f} s "
          f"(added {result['reimport_added']})")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
