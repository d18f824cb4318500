"""German help of the commands of cli/collect.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Collect posts and figures from platform APIs.":
        "Ruft Beiträge und Zahlen über die APIs der Plattformen ab.",
    "Watch list (TOML): collect exactly what is due.":
        "Beobachtungsliste (TOML): genau das abrufen, was fällig ist.",
    "Keep running and collect again every interval (e.g. 15m).":
        "Weiterlaufen und in diesem Abstand erneut abrufen (z. B. 15m).",
    "No progress bar and no lines about waits.":
        "Kein Fortschrittsbalken und keine Zeilen über Wartezeiten.",
    "Pretend it is this time (for tests).":
        "So tun, als wäre es dieser Zeitpunkt (für Tests).",
    "The account's own posts with their current counts (one new snapshot per post and run) and its figures, "
    "from the public AppView.":
        "Die eigenen Beiträge des Kontos mit ihren aktuellen Zahlen (eine neue Messung je Beitrag und Lauf) und"
        " seine Kontozahlen, aus dem öffentlichen AppView.",
    "The account, written like alice.bsky.social.":
        "Das Konto, geschrieben wie alice.bsky.social.",
    "Base URL of the Bluesky server to ask (default: the platform's own).":
        "Basis-URL des abzufragenden Bluesky-Servers (Standard: der der Plattform).",
    "Read the timeline back to this date only (default: all it gives); a bare date means from the start of that"
    " day (in --tz).":
        "Die Timeline nur bis zu diesem Datum zurück lesen (Standard: alles, was sie liefert); ein Datum ohne "
        "Uhrzeit meint ab Beginn dieses Tages (in --tz).",
    "Continue an interrupted run from its saved cursor.":
        "Einen unterbrochenen Lauf an seinem gespeicherten Cursor fortsetzen.",
    "Tweets with public metrics (impressions, bookmarks), polls and the user's figures. Needs a bearer token: "
    "env X_BEARER_TOKEN or `keyring set reichweite x_bearer_token`.":
        "Tweets mit öffentlichen Kennzahlen (Impressionen, Lesezeichen), Umfragen und die Kontozahlen. Braucht "
        "ein Bearer-Token: Umgebungsvariable X_BEARER_TOKEN oder `keyring set reichweite x_bearer_token`.",
    "The account, written like tagesfoto.":
        "Das Konto, geschrieben wie tagesfoto.",
    "Base URL of the X server to ask (default: the platform's own).":
        "Basis-URL des abzufragenden X-Servers (Standard: der der Plattform).",
    "Statuses with replies, boosts, favourites (quotes where the server counts them), polls, account figures.":
        "Status mit Antworten, Boosts, Favoriten (Zitaten, wo der Server sie zählt), Umfragen, Kontozahlen.",
    "The account, written like @alice@mastodon.social.":
        "Das Konto, geschrieben wie @alice@mastodon.social.",
    "Base URL of the Mastodon server to ask (default: the platform's own).":
        "Basis-URL des abzufragenden Mastodon-Servers (Standard: der der Plattform).",
}
