"""Migration 0080: a store whose LinkedIn messages hold HTML (imported before messages became text) gets the text
they show, keeps the HTML beside it, and importing the same export again adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from reichweite.jobs.linkedin import import_member_export
from reichweite.store import open_store
from reichweite.store.db import MIGRATIONS, migrate
from reichweite.store.linkedin_queries import fingerprint
from tests.support import FIXTURES

HTML = ('<p class="spinmail-quill-editor__spin-break">Hallo %FIRSTNAME%,</p><p class="spinmail-quill-editor__'
        'spin-break"><br></p><p class="spinmail-quill-editor__spin-break">Let&rsquo;s go: unser Zertifikat &amp; '
        'Coaching bringt Sie weiter. <a href="https://example.org/kurs">Jetzt anmelden</a></p>')


def test_stored_html_messages_become_text_and_a_reimport_adds_nothing(db_url: str) -> None:
    engine = open_store(db_url, upgrade=False)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_linkedin")
    sent = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    with engine.begin() as conn:  # the row an import wrote before: fingerprint over the content as exported
        conn.execute(sa.text(
            "INSERT INTO linkedin_messages (fingerprint, owner, origin, imported_at, conversation_id, sender, "
            "sender_url, recipients, sent_at, subject, text, direction, folder) VALUES (:fp, 'Jana Beispiel', "
            "'messages.csv', :now, '2-RERERDQ0NA==', 'Beispiel Akademie', NULL, 'Jana Beispiel', :sent, "
            "'Ihre Weiterbildung', :text, 'inbound', 'INBOX')"),
            {"fp": fingerprint("jana beispiel", "2-RERERDQ0NA==", "Beispiel Akademie", sent, HTML),
             "now": datetime.now(UTC), "sent": sent, "text": HTML})
    migrate(engine)
    with engine.connect() as conn:
        text, raw = conn.execute(sa.text("SELECT text, content_raw FROM linkedin_messages")).one()
    assert raw == HTML
    assert text == ("Hallo %FIRSTNAME%,\n\nLet’s go: unser Zertifikat & Coaching bringt Sie weiter. "
                    "Jetzt anmelden (https://example.org/kurs)")
    again = import_member_export(engine, FIXTURES / "linkedin" / "export-2024-inmail")
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT COUNT(*) FROM linkedin_messages WHERE sender = 'Beispiel Akademie'"))
        assert count.scalar_one() == 1
    assert again.added["messages"] == 5  # the other five messages of the file
