"""LinkedIn member exports as they really come (fixtures in tests/fixtures/linkedin, see README.md there): Excel
re-saves, 2018 layouts and UTF-16 files, one bad file among good ones, a file imported alone and then the whole
export, anonymous senders, HTML messages, an export unpacked twice in one folder."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa

from reichweite.analysis.automation.scoring import score_senders
from reichweite.jobs.automation import apply_labels
from reichweite.jobs.linkedin import import_member_export
from reichweite.platforms.linkedin.member_export import read_member_export
from reichweite.store import open_store
from reichweite.store.queries_automation import StoredLabel
from reichweite.store.schema import posts
from reichweite.store.schema_linkedin import linkedin_connections, linkedin_messages, linkedin_reactions
from tests.support import FIXTURES
from tests.support.cli import run_cli

LINKEDIN = FIXTURES / "linkedin"


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_excel_us_resave_dates() -> None:
    export = read_member_export(LINKEDIN / "export-excel-us")
    assert export.failed == {}
    assert [c.connected_on for c in export.connections] == [date(2024, 6, 18), date(2022, 9, 9), date(2024, 5, 3)]
    assert [i.sent_at for i in export.invitations] == [datetime(2024, 6, 14, 5, 57, tzinfo=UTC),
                                                       datetime(2024, 6, 1, 11, 2, tzinfo=UTC)]
    # 9/8/2024 is 8 September: LinkedIn's slash dates are month first
    assert [s.created_at for s in export.shares] == [datetime(2024, 9, 8, 4, 10, tzinfo=UTC),
                                                     datetime(2024, 8, 30, 9, 0, tzinfo=UTC)]
    assert export.owner == "Jana Beispiel"


def test_excel_german_resave_windows_1252_semicolons_german_dates() -> None:
    export = read_member_export(LINKEDIN / "export-excel-de")
    assert export.failed == {} and export.encodings == {"connections": "Windows-1252"}
    assert [(c.first_name, c.company, c.connected_on) for c in export.connections] == [
        ("Jürgen", "Müller & Söhne GmbH", date(2024, 6, 18)), ("Greta", "Beispiel AG", date(2022, 9, 9))]
    assert [r.date for r in export.reactions] == [datetime(2024, 6, 17, 6, 1, tzinfo=UTC),
                                                  datetime(2024, 6, 16, 15, 8, tzinfo=UTC)]


def test_export_of_2018_with_utf16_shares() -> None:
    export = read_member_export(LINKEDIN / "export-2018")
    assert export.failed == {} and export.layout == "2018" and export.encodings == {"shares": "UTF-16"}
    assert export.owner == "Jana Beispiel"  # the messages say their direction
    assert [(m.sender, m.direction, m.sent_at) for m in export.messages] == [
        ("Aylin Demir", "inbound", datetime(2018, 11, 14, 17, 3, tzinfo=UTC)),
        ("Jana Beispiel", "outbound", datetime(2018, 11, 14, 18, 20, tzinfo=UTC)),
        ("Pieter de Vries", "inbound", datetime(2018, 12, 3, 9, 15, tzinfo=UTC))]
    first, reply, other = (m.conversation_id for m in export.messages)
    assert first == reply != other  # "Barcamp" and "Re: Barcamp" between the same two people
    assert [c.connected_on for c in export.connections] == [date(2018, 11, 14), date(2018, 12, 3)]
    [share] = export.shares
    assert share.native_id == "urn:li:activity:6470000000000000001" and share.hashtags == ["barcamp"]
    assert share.text.startswith("Folien vom Barcamp Köln") and share.author == "Jana Beispiel"


def test_one_bad_file_is_named_and_the_others_land(tmp_path: Path) -> None:
    export = tmp_path / "export"
    shutil.copytree(LINKEDIN / "export-2024", export)
    (export / "Connections.csv").write_text("Notes:\n\"...\"\n\nFirst Name,Last Name,URL,Email Address,Company,"
                                            "Position,Connected On\nGreta,Sommerfeld,,,Beispiel AG,Leiterin,"
                                            "im Juni\n", encoding="utf-8")
    db = str(tmp_path / "r.db")
    done = run_cli("import", "linkedin-export", str(export), "--db", db)
    assert done.code == 1
    assert done.err.strip().splitlines()[-1] == (f"Error: connections not imported: {export / 'Connections.csv'}, "
                                                 "line 5: Connected On 'im Juni' is not a date like '09 Sep 2022'")
    assert "  connections   failed       -" in done.out and "  messages           2       2" in done.out
    engine = open_store(db)
    assert _count(engine, linkedin_connections) == 0 and _count(engine, linkedin_messages) == 2
    scored = run_cli("automation", "linkedin", str(export), "--json", "--db", db)
    assert scored.code == 1 and "Error: connections not read: " in scored.err
    assert '"from": "Aylin Demir"' in scored.out  # the messages and invitations were still scored


def test_a_file_alone_and_the_whole_export_store_each_row_once_in_either_order(tmp_path: Path) -> None:
    alone = tmp_path / "alone" / "Reactions.csv"
    alone.parent.mkdir()
    shutil.copy(LINKEDIN / "export-2024" / "Reactions.csv", alone)
    for order in ((alone, LINKEDIN / "export-2024"), (LINKEDIN / "export-2024", alone)):
        engine = open_store(str(tmp_path / f"{order[0].name}.db"))
        first = import_member_export(engine, order[0])
        second = import_member_export(engine, order[1])
        assert _count(engine, linkedin_reactions) == 2, order
        assert first.added["reactions"] + second.added["reactions"] == 2
        with engine.connect() as conn:
            owners = set(conn.execute(sa.select(linkedin_reactions.c.owner)).scalars())
        assert owners == {"Jana Beispiel"}  # the row first stored without an owner now has it


def test_a_file_of_the_export_folder_gets_its_owner_from_the_files_beside_it(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    single = import_member_export(engine, LINKEDIN / "export-2024" / "Reactions.csv")
    assert (single.owner, single.owner_from) == ("Jana Beispiel", "files beside it")
    assert import_member_export(engine, LINKEDIN / "export-2024").added["reactions"] == 0


def test_anonymous_senders_are_one_per_conversation_and_a_label_applies_to_one() -> None:
    export = read_member_export(LINKEDIN / "export-2024-inmail")
    scores = score_senders(export.messages, export.invitations)
    members = [s for s in scores if s.name == "LinkedIn Member"]
    assert len(members) == 3 and all(s.anonymous for s in members)
    assert sorted(s.messages for s in members) == [1, 1, 2]
    pitch = next(s for s in members if s.messages == 2 and not s.replied)
    assert pitch.key == "linkedin member#conversation 2-qkjcqkiymg=="
    sponsored = next(s for s in scores if s.name == "Beispiel Akademie")
    assert sponsored.anonymous and sponsored.key.endswith("#conversation 2-rererdq0na==")
    label = StoredLabel("linkedin", pitch.key, "LinkedIn Member", "spam", datetime(2024, 7, 1, tzinfo=UTC),
                        None, None)
    apply_labels(scores, [label])
    assert [s.label for s in members if s.label] == ["spam"]
    assert next(s for s in members if s.key == pitch.key).label == "spam"
    by_name = StoredLabel("linkedin", "linkedin member", "LinkedIn Member", "spam",
                          datetime(2024, 7, 1, tzinfo=UTC), None, None)
    fresh = score_senders(export.messages, export.invitations)
    apply_labels(fresh, [by_name])
    assert not any(s.label for s in fresh)  # the name names no one


def test_html_messages_become_their_text_and_keep_the_html(tmp_path: Path) -> None:
    export = read_member_export(LINKEDIN / "export-2024-inmail")
    sponsored = export.messages[-1]
    assert sponsored.text == ("Hallo %FIRSTNAME%,\n\nLet’s go: unser Zertifikat & Coaching bringt Sie weiter. "
                              "Jetzt anmelden (https://example.org/kurs)")
    assert sponsored.content_raw.startswith('<p class="spinmail-quill-editor__spin-break">Hallo %FIRSTNAME%,</p>')
    assert sponsored.title == "Sponsored Conversation"
    assert all(m.content_raw is None for m in export.messages[:-1])
    engine = open_store(str(tmp_path / "r.db"))
    import_member_export(engine, LINKEDIN / "export-2024-inmail")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(linkedin_messages.c.text, linkedin_messages.c.content_raw)
                              .where(linkedin_messages.c.title == "Sponsored Conversation")).one()
    assert stored == (sponsored.text, sponsored.content_raw)
    assert import_member_export(engine, LINKEDIN / "export-2024-inmail").added["messages"] == 0


def test_an_export_found_twice_in_one_folder_is_named(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    done = run_cli("import", "linkedin-export", str(LINKEDIN / "export-twice"), "--db", db)
    assert done.code == 0, done.err
    deeper = LINKEDIN / "export-twice" / "Basic_LinkedInDataExport_06-19-2024"
    assert (f"  connections: read {LINKEDIN / 'export-twice' / 'Connections.csv'}; also found, not read: "
            f"{deeper / 'Connections.csv'}") in done.err  # a note beside the data, on stderr
    assert f"also found, not read: {deeper / 'Reactions.csv'}" in done.err


def test_excel_resaved_export_imports_like_the_original(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    result = import_member_export(engine, LINKEDIN / "export-excel-us")
    assert result.failed == {} and result.added["shares"] == 2
    with engine.connect() as conn:
        created = dict(conn.execute(sa.select(posts.c.native_id, posts.c.created_at)).all())
    assert created["urn:li:share:6973492690202112001"].replace(tzinfo=UTC) == datetime(2024, 9, 8, 4, 10, tzinfo=UTC)
