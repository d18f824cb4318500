"""Reading the LinkedIn member data export: both layouts, zip and folder, quirks of the real files."""

from __future__ import annotations

import re
import shutil
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reichweite.errors import InputError
from reichweite.platforms.linkedin.export_csv import fast_time
from reichweite.platforms.linkedin.member_export import read_member_export, reconstruct_commentary, share_id
from tests import support

FIXTURES = support.FIXTURES / "linkedin"
SHARE_TEXT = (
    "Neuer Blogbeitrag: Wie schneiden die DAX-Konzerne auf LinkedIn und Xing ab?\n"
    "\n"
    "Die Zahlen seit 2010 im Überblick. #linkedin #xing"
)


def _zip(folder: Path, target: Path, prefix: str = "", rename: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for file in sorted(folder.iterdir()):
            name = (rename or {}).get(file.name, file.name)
            archive.write(file, prefix + name)
        archive.writestr(prefix + "Profile.csv", "First Name,Last Name\nJana,Beispiel\n")
        archive.writestr(prefix + "Skills.csv", "Name\nDatenanalyse\n")
    return target


def test_2022_layout_from_folder() -> None:
    export = read_member_export(FIXTURES / "export-2022")
    assert export.layout == "2022"
    assert export.owner == "Jana Beispiel"
    assert export.counts() == {
        "connections": 3, "invitations": 2, "messages": 1, "shares": 2, "votes": 1, "reactions": 0,
    }
    joerg = export.connections[1]
    assert (joerg.first_name, joerg.last_name) == ("Jörg", "Müller-Lüdenscheidt")
    assert joerg.company == "Hansen, Hansen & Partner"
    assert joerg.email == "joerg@example.org"
    assert joerg.url is None
    assert export.connections[0].connected_on == date(2022, 9, 9)
    assert export.connections[0].email is None

    out, rico = export.invitations
    assert (out.direction, out.sender, out.recipient) == ("outbound", "Jana Beispiel", "Greta Sommerfeld")
    assert out.sent_at == datetime(2022, 8, 26, 20, 56, tzinfo=UTC)
    assert rico.direction == "inbound"
    assert rico.message.endswith("10.000 € verdienst. Interesse?")

    (msg,) = export.messages
    assert msg.direction == "inbound"
    assert msg.sent_at == datetime(2022, 8, 27, 7, 15, 2, tzinfo=UTC)
    assert msg.text == "Danke für die Annahme! Willst Du passives Einkommen? 💰 Schreib mir JA."
    assert msg.sender_url == "https://www.linkedin.com/in/rico-gewinnmaxx"

    (vote,) = export.votes
    assert (vote.option, vote.date) == ("Ja", datetime(2022, 9, 1, 18, 22, 5, tzinfo=UTC))
    assert vote.link == "https://www.linkedin.com/feed/update/urn:li:activity:6970000000000000099"


def test_2024_layout_from_folder() -> None:
    export = read_member_export(FIXTURES / "export-2024")
    assert export.layout == "2024"
    assert export.owner == "Jana Beispiel"
    assert export.connections[0].url == "https://www.linkedin.com/in/greta-sommerfeld-0a1b2c"
    assert export.connections[1].connected_on == date(2024, 5, 3)
    aylin = export.invitations[1]
    assert aylin.sender_url == "https://www.linkedin.com/in/aylin-demir-social"
    assert aylin.recipient_url == "https://www.linkedin.com/in/jana-beispiel"
    assert aylin.message == "Hallo Jana, wir haben uns beim Barcamp in Köln gesehen – gerne vernetzt!"
    assert aylin.sent_at == datetime(2024, 6, 1, 11, 2, tzinfo=UTC)
    first, reply = export.messages
    assert first.text == "Danke fürs Vernetzen!\nHast Du die Folien vom Barcamp noch?"
    assert (first.direction, reply.direction) == ("inbound", "outbound")
    assert reply.recipients == "Aylin Demir"
    assert [r.type for r in export.reactions] == ["LIKE", "PRAISE"]
    assert export.votes == []
    assert "votes" not in export.files


@pytest.mark.parametrize("layout", ["2022", "2024"])
def test_share_commentary_is_reconstructed(layout: str) -> None:
    export = read_member_export(FIXTURES / f"export-{layout}")
    blog, poll = export.shares
    assert blog.text == SHARE_TEXT
    assert blog.native_id == "urn:li:share:6973492690202112001"
    assert blog.url == "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6973492690202112001"
    assert blog.hashtags == ["linkedin", "xing"]
    assert blog.author == "Jana Beispiel"
    assert (blog.platform, blog.kind) == ("linkedin", "post")
    assert blog.raw["SharedUrl"] == "https://example.org/blog/dax-linkedin-xing"
    assert blog.raw["Visibility"] == "MEMBER_NETWORK"
    assert poll.text == "Kurze Umfrage: Sind Zertifizierungen im Projektmanagement sinnvoll?"


def test_reconstruct_commentary_leaves_plain_text_alone() -> None:
    assert reconstruct_commentary('Ein "Zitat" in einer Zeile') == 'Ein "Zitat" in einer Zeile'
    assert reconstruct_commentary("Zeile eins\nZeile zwei") == "Zeile eins\nZeile zwei"
    assert reconstruct_commentary('eins"\r\n"zwei') == "eins\nzwei"
    assert share_id("https://www.linkedin.com/feed/update/urn:li:activity:7204438932506222000/") == (
        "urn:li:activity:7204438932506222000"
    )


def test_zip_with_subfolder_other_files_and_odd_case(tmp_path: Path) -> None:
    archive = _zip(
        FIXTURES / "export-2024", tmp_path / "Basic_LinkedInDataExport_06-18-2024.zip",
        prefix="Basic_LinkedInDataExport_06-18-2024/", rename={"messages.csv": "Messages.CSV"},
    )
    export = read_member_export(archive)
    folder = read_member_export(FIXTURES / "export-2024")
    assert export.counts() == folder.counts()
    assert export.messages == folder.messages
    assert export.shares[0].text == SHARE_TEXT
    assert export.files["messages"] == f"{archive}/Basic_LinkedInDataExport_06-18-2024/Messages.CSV"
    assert set(export.files) == {"connections", "invitations", "messages", "shares", "reactions"}


def test_crlf_and_lf_give_the_same_records(tmp_path: Path) -> None:
    """The samples mix CRLF (Shares, messages 2022) and LF files; flipping every file must not change a thing."""
    for layout in ("2022", "2024"):
        flipped = tmp_path / layout
        flipped.mkdir()
        for file in (FIXTURES / f"export-{layout}").iterdir():
            data = file.read_bytes()
            data = data.replace(b"\r\n", b"\n") if b"\r\n" in data else data.replace(b"\n", b"\r\n")
            (flipped / file.name).write_bytes(data)
        original = read_member_export(FIXTURES / f"export-{layout}")
        again = read_member_export(flipped)
        assert again.connections == original.connections
        assert again.messages == original.messages
        assert again.invitations == original.invitations
        assert [p.text for p in again.shares] == [p.text for p in original.shares]
        assert again.shares[0].text == SHARE_TEXT


def test_bom_and_connections_without_blank_line_after_notes(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_bytes(
        "\ufeffNotes:\n\"When exporting ...\"\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ömer,Çelik,https://www.linkedin.com/in/oemer,,Straße & Söhne GmbH,Geschäftsführer,01 Feb 2024\n".encode()
    )
    export = read_member_export(tmp_path)
    (person,) = export.connections
    assert (person.first_name, person.last_name, person.company) == ("Ömer", "Çelik", "Straße & Söhne GmbH")
    assert export.layout == "2024"
    assert export.owner is None


def test_header_of_neither_layout_names_file_line_and_columns(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "export-2022", tmp_path / "export")
    (tmp_path / "export" / "Connections.csv").write_text(
        "Notes:\n\"...\"\n\nVorname,Nachname,Firma,Verbunden am\nGreta,Sommerfeld,Beispiel AG,09 Sep 2022\n",
        encoding="utf-8",
    )
    export = read_member_export(tmp_path / "export")  # the other files are read
    message = export.failed["connections"]
    assert message.startswith(f"{tmp_path / 'export' / 'Connections.csv'}, line 4: unexpected header")
    assert "2024: First Name,Last Name,URL,Email Address,Company,Position,Connected On" in message
    assert "2022: First Name,Last Name,Company,Position,Connected On" in message
    assert export.connections == [] and export.counts()["messages"] > 0


def test_bad_date_names_file_and_line(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "export-2024", tmp_path / "export")
    path = tmp_path / "export" / "messages.csv"
    path.write_bytes(path.read_bytes().replace(b"2024-06-18 12:04:10 UTC", b"gestern"))
    export = read_member_export(tmp_path / "export")
    # the first message spans lines 2-3 (multi-line CONTENT), the broken one starts on line 4
    assert export.failed == {
        "messages": f"{path}, line 4: DATE 'gestern' is not a date/time like '2024-06-18 11:59:53 UTC'"
    }


def test_bad_invitation_date_and_direction(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "export-2022", tmp_path / "a")
    path = tmp_path / "a" / "Invitations.csv"
    path.write_bytes(path.read_bytes().replace(b'"8/25/22, 5:07 AM"', b'"32/25/22, 5:07 AM"'))
    assert re.search(r"Invitations.csv, line 3: Sent At '32/25/22, 5:07 AM' is not a date",
                     read_member_export(tmp_path / "a").failed["invitations"])
    path.write_bytes(path.read_bytes().replace(b'"32/25/22', b'"8/25/22').replace(b",OUTGOING", b",SIDEWAYS"))
    assert re.search(r"Invitations.csv, line 2: Direction 'SIDEWAYS' is neither",
                     read_member_export(tmp_path / "a").failed["invitations"])


def test_other_encodings_and_not_an_export(tmp_path: Path) -> None:
    (tmp_path / "Votes.csv").write_bytes("Date,Link,OptionText\n2022-09-01 18:22:05,https://x,Übel\n".encode("cp1252"))
    export = read_member_export(tmp_path)  # re-saved by Excel on Windows: one encoding for the whole file
    assert [v.option for v in export.votes] == ["Übel"] and export.encodings == {"votes": "Windows-1252"}
    (tmp_path / "Votes.csv").write_bytes("Date,Link,OptionText\n2022-09-01 18:22:05,https://x,Übel\n".encode()
                                         + "2022-09-02 18:22:05,https://y,Größe\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"Votes.csv, line 3: mixes encodings: line 3 is not UTF-8"):
        read_member_export(tmp_path)
    (tmp_path / "Votes.csv").unlink()
    (tmp_path / "Profile.csv").write_text("First Name\nJana\n")
    with pytest.raises(InputError, match="no file of the LinkedIn member data export found"):
        read_member_export(tmp_path)
    (tmp_path / "notes.txt").write_text("kein zip")
    with pytest.raises(InputError, match="neither a zip file nor a folder"):
        read_member_export(tmp_path / "notes.txt")


def test_owner_from_messages_when_no_invitations(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "export-2024" / "messages.csv", tmp_path / "messages.csv")
    with open(tmp_path / "messages.csv", "a", encoding="utf-8") as f:
        f.write("2-OTHER==,,Greta Sommerfeld,https://www.linkedin.com/in/greta,Jana Beispiel,"
                "https://www.linkedin.com/in/jana-beispiel,2024-06-19 08:00:00 UTC,,Hallo Jana!,INBOX\n")
    export = read_member_export(tmp_path)
    assert export.owner == "Jana Beispiel"
    assert [m.direction for m in export.messages] == ["inbound", "outbound", "inbound"]
    assert read_member_export(tmp_path, owner="Aylin Demir").messages[0].direction == "outbound"


def test_a_single_file_of_the_export(tmp_path: Path) -> None:
    alone = tmp_path / "messages.csv"
    shutil.copy(FIXTURES / "export-2024" / "messages.csv", alone)
    export = read_member_export(alone)
    assert export.counts()["messages"] == 2
    assert export.files == {"messages": str(alone)}
    # one conversation of two people who each wrote once, nothing beside it: whose export it is stays open
    assert export.owner is None
    assert [m.direction for m in export.messages] == ["unknown", "unknown"]
    told = read_member_export(alone, owner="jana beispiel")
    assert [m.direction for m in told.messages] == ["inbound", "outbound"]
    # in its export's folder, the invitations beside it tell, as for the whole export
    beside = read_member_export(FIXTURES / "export-2024" / "messages.csv")
    assert (beside.owner, beside.owner_from) == ("Jana Beispiel", "files beside it")
    assert beside.files == {"messages": str(FIXTURES / "export-2024" / "messages.csv")}
    assert [m.direction for m in beside.messages] == ["inbound", "outbound"]


@given(st.datetimes(min_value=datetime(2003, 1, 1), max_value=datetime(2068, 12, 31)))
def test_export_time_forms_round_trip(moment: datetime) -> None:
    """Every time LinkedIn can write in messages (ISO + UTC) and invitations (6/14/24, 5:57 AM) reads back."""
    moment = moment.replace(microsecond=0)
    assert fast_time(moment.strftime("%Y-%m-%d %H:%M:%S UTC")) == moment.replace(tzinfo=UTC)
    assert fast_time(moment.strftime("%Y-%m-%d %H:%M:%S")) == moment.replace(tzinfo=UTC)
    us = f"{moment.month}/{moment.day}/{moment:%y}, {int(moment.strftime('%I'))}:{moment:%M} {moment:%p}"
    assert fast_time(us) == moment.replace(second=0, tzinfo=UTC)
    assert fast_time(us) == datetime.strptime(us, "%m/%d/%y, %I:%M %p").replace(tzinfo=UTC)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters='"\r\n', blacklist_categories=("Cs",))),
                min_size=2, max_size=6))
def test_commentary_of_any_lines_is_reconstructed(lines: list[str]) -> None:
    """LinkedIn's field for lines L1…Ln reads, after CSV decoding, L1"⏎"L2"⏎"…"⏎"Ln (see the samples)."""
    assert reconstruct_commentary('"\n"'.join(lines)) == "\n".join(lines)
    assert reconstruct_commentary('"\r\n"'.join(lines)) == "\n".join(lines)


def test_later_and_earlier_variants_of_the_files(tmp_path: Path) -> None:
    """2021: Connections without preamble, no newline at the end; 2025: messages with ATTACHMENTS and a draft
    flag; 2026: every field of messages.csv quoted; invitation times with a narrow no-break space."""
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Greta,Sommerfeld,,Beispiel AG,Referentin,07 Jun 2021\n,,,,,07 Jun 2021\n,,,,,07 Jun 2021", encoding="utf-8")
    (tmp_path / "messages.csv").write_text(
        '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE",'
        '"SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT"\n'
        '"2-A==","","Greta Sommerfeld","https://www.linkedin.com/in/greta","Jana Beispiel",'
        '"https://www.linkedin.com/in/jana","2025-08-14 09:00:00 UTC","","Grüße\r\naus Köln","INBOX","","No"\n'
        '"2-A==","","Jana Beispiel","https://www.linkedin.com/in/jana","Greta Sommerfeld",'
        '"https://www.linkedin.com/in/greta","2025-08-14 09:30:00 UTC","","Entwurf …","INBOX","","Yes"\n'
        '"2-B==","","Jana Beispiel","https://www.linkedin.com/in/jana","Aylin Demir, Pieter de Vries",'
        '"https://www.linkedin.com/in/aylin,https://www.linkedin.com/in/pieter","2025-08-15 10:00:00 UTC","",'
        '"Hallo zusammen","ARCHIVE","https://www.linkedin.com/dms/prv/image/x","No"\n', encoding="utf-8")
    (tmp_path / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        'Jana Beispiel,Aylin Demir,"8/1/25, 9:05\u202fPM",,OUTGOING,,\n', encoding="utf-8")
    export = read_member_export(tmp_path)
    assert export.layout == "2024"
    assert [(c.first_name, c.connected_on) for c in export.connections] == [
        ("Greta", date(2021, 6, 7)), ("", date(2021, 6, 7)), ("", date(2021, 6, 7)),
    ]
    assert [m.text for m in export.messages] == ["Grüße\naus Köln", "Hallo zusammen"]  # the draft is left out
    assert [m.direction for m in export.messages] == ["inbound", "outbound"]
    assert export.messages[1].recipients == "Aylin Demir, Pieter de Vries"
    assert export.messages[1].folder == "ARCHIVE"
    assert export.invitations[0].sent_at == datetime(2025, 8, 1, 21, 5, tzinfo=UTC)


def test_owner_by_profile_url(tmp_path: Path) -> None:
    """Two conversations; the owner wrote once, a name contains ', ', a URL has a trailing slash."""
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
        "2-A==,,Greta Sommerfeld,https://www.linkedin.com/in/greta,Jana Beispiel,https://www.linkedin.com/in/jana,"
        "2024-06-01 08:00:00 UTC,,Hallo,INBOX\n"
        "2-A==,,Greta Sommerfeld,https://www.linkedin.com/in/greta,Jana Beispiel,https://www.linkedin.com/in/jana/,"
        "2024-06-01 08:05:00 UTC,,Noch da?,INBOX\n"
        '2-B==,,"Dr. Pieter de Vries, Ph.D.",https://www.linkedin.com/in/pieter,Jana Beispiel,'
        "https://www.linkedin.com/in/jana,2024-06-02 08:00:00 UTC,,Guten Tag,INBOX\n"
        "2-B==,,Jana Beispiel,https://www.linkedin.com/in/jana,\"Dr. Pieter de Vries, Ph.D.\","
        "https://www.linkedin.com/in/pieter,2024-06-02 09:00:00 UTC,,Danke!,INBOX\n",
        encoding="utf-8",
    )
    export = read_member_export(tmp_path)
    assert export.owner == "Jana Beispiel"
    assert [m.direction for m in export.messages] == ["inbound", "inbound", "inbound", "outbound"]


def test_owner_who_never_wrote_and_was_renamed(tmp_path: Path) -> None:
    """Names alone tie here (the owner shows as 'Jana B.' in one chat and 'Jana Beispiel' in the other)."""
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
        "2-A==,,Greta Sommerfeld,https://www.linkedin.com/in/greta,Jana B.,https://www.linkedin.com/in/jana,"
        "2024-06-01 08:00:00 UTC,,Hallo,INBOX\n"
        "2-B==,,Pieter de Vries,https://www.linkedin.com/in/pieter,Jana Beispiel,https://www.linkedin.com/in/jana/,"
        "2024-06-02 08:00:00 UTC,,Guten Tag,INBOX\n",
        encoding="utf-8",
    )
    export = read_member_export(tmp_path)
    assert export.owner == "Jana Beispiel"
    assert [m.direction for m in export.messages] == ["inbound", "inbound"]
    names_only = tmp_path / "2022"
    names_only.mkdir()
    (names_only / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
        "2-A==,,Greta Sommerfeld,https://www.linkedin.com/in/greta,Jana B.,2024-06-01 08:00:00 UTC,,Hallo,INBOX\n"
        "2-B==,,Pieter de Vries,https://www.linkedin.com/in/pieter,Jana Beispiel,2024-06-02 08:00:00 UTC,,Tag,INBOX\n",
        encoding="utf-8",
    )
    assert read_member_export(names_only).owner is None  # without URLs it stays open: --owner
