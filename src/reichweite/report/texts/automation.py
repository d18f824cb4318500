"""German and English texts of the automation (spam) report: reasons, advice, columns."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "automation.no_accounts": {
        "de": {"one": "Kein Konto mit mindestens {n} Beitrag.", "other": "Kein Konto mit mindestens {n} Beiträgen."},
        "en": {"one": "No account with at least {n} post.", "other": "No account with at least {n} posts."},
    },
    "automation.signal.money_promise": {
        "de": "verspricht Geld oder Einkommen ({evidence})", "en": "promises money or income ({evidence})"},
    "automation.signal.guarantee": {
        "de": "garantiert Ergebnisse ({evidence})", "en": "guarantees results ({evidence})"},
    "automation.signal.urgency": {
        "de": "macht Zeitdruck oder Knappheit ({evidence})", "en": "pushes urgency or scarcity ({evidence})"},
    "automation.signal.funnel": {
        "de": "Coaching-, Funnel-, Webinar- oder Lead-Vokabular ({evidence})",
        "en": "coaching, funnel, webinar or lead-generation vocabulary ({evidence})"},
    "automation.signal.scheme": {
        "de": "Krypto-, Trading-, Strukturvertriebs- oder Heilsversprechen ({evidence})",
        "en": "crypto, trading, MLM or miracle wording ({evidence})"},
    "automation.signal.calendar_link": {
        "de": "schickt gleich einen Buchungslink ({evidence})", "en": "sends a booking link ({evidence})"},
    "automation.signal.short_link": {
        "de": "versteckt das Ziel hinter einem Kurzlink ({evidence})",
        "en": "hides the target behind a short link ({evidence})"},
    "automation.signal.messenger": {
        "de": "lenkt auf WhatsApp/Telegram um ({evidence})", "en": "moves the talk to WhatsApp/Telegram ({evidence})"},
    "automation.signal.reply_keyword": {
        "de": "verlangt ein Stichwort als Antwort ({evidence})", "en": "asks for a keyword reply ({evidence})"},
    "automation.signal.follow_up": {
        "de": "Erinnerung wie aus einer automatischen Sequenz ({evidence})",
        "en": "a bump like from an automated sequence ({evidence})"},
    "automation.signal.generic_salutation": {
        "de": "allgemeine Anrede statt Ihres Namens ({evidence})", "en": "generic salutation ({evidence})"},
    "automation.signal.placeholder": {
        "de": "nicht ausgefüllter Vorlagen-Platzhalter ({evidence})",
        "en": "unfilled template placeholder ({evidence})"},
    "automation.signal.hype_emoji": {"de": "Hype-Emojis ({evidence})", "en": "hype emoji ({evidence})"},
    "automation.signal.template": {
        "de": "fast derselbe Text wie von {n} anderen Absendern ({evidence})",
        "en": "near-identical text from {n} other sender(s) ({evidence})"},
    "automation.signal.pitch_after_invitation": {
        "de": "Verkaufsnachricht {evidence} Std. nach der Einladung",
        "en": "pitch {evidence} h after their invitation"},
    "automation.signal.pitch_in_invitation": {
        "de": "schon die Einladung ist ein Verkaufsangebot", "en": "the invitation itself is a pitch"},
    "automation.signal.unanswered_sequence": {
        "de": "{evidence} Nachrichten, keine beantwortet", "en": "{evidence} messages, none answered"},
    "automation.signal.no_reply": {"de": "Sie haben nie geantwortet", "en": "you never replied"},
    "automation.signal.replied": {
        "de": "Sie haben geantwortet (senkt den Wert)", "en": "you replied (lowers the score)"},
    "automation.signal.user_initiated": {
        "de": "Sie haben den Kontakt begonnen (senkt den Wert)", "en": "you started the contact (lowers the score)"},
    "automation.label": {"de": "von Ihnen markiert: {label}", "en": "labelled by you: {label}"},
    "automation.label.spam": {"de": "Spam", "en": "spam"},
    "automation.label.ok": {"de": "in Ordnung", "en": "ok"},
    "automation.scored_by.rules": {"de": "Regeln", "en": "rules"},
    "automation.scored_by.rules+model": {"de": "Regeln + Modell", "en": "rules + model"},
    "automation.scored_by.label": {"de": "Ihre Markierung", "en": "your label"},
    "automation.advice.title": {"de": "Was Sie tun können", "en": "What to do"},
    "automation.advice.decline": {
        "de": "Offene Einladungen markierter Absender ablehnen und „Ich kenne diese Person nicht“ angeben – "
              "LinkedIn erkennt daran Konten, die massenhaft Fremde einladen.",
        "en": "Decline open invitations from flagged senders and choose “I don't know this person” – LinkedIn "
              "uses these answers to spot accounts that invite strangers in bulk."},
    "automation.advice.follow": {
        "de": "„Folgen“ statt „Vernetzen“ als Hauptknopf im Profil zeigen (Einstellungen → Sichtbarkeit → "
              "Follower): Fremde können Ihren Beiträgen folgen, ohne in Ihrem Postfach zu landen.",
        "en": "Swap Connect for Follow as the main button of your profile (Settings → Visibility → Followers): "
              "strangers can follow your posts without landing in your inbox."},
    "automation.advice.email": {
        "de": "Für Einladungen die E-Mail-Adresse verlangen (Einstellungen → Kommunikation → "
              "Kontaktanfragen): dann lädt nur ein, wer Sie kennt.",
        "en": "Require an e-mail address for invitations (Settings → Communications → Invitations to connect): "
              "then only people who know you can invite you."},
    "automation.advice.remove": {
        "de": "Schon angenommene Kontakte markierter Absender entfernen; Betrugsversuche über „…“ → „Melden“ "
              "an LinkedIn melden.",
        "en": "Remove flagged senders you already accepted; report scams via “…” → “Report”."},
    "automation.advice.labels": {
        "de": "Bringen Sie es Ihrem Postfach bei: reichweite automation label ABSENDER spam|ok – ab {min} "
              "Markierungen (beide Sorten, je mindestens {per_class}) verfeinert ein Modell die Werte.",
        "en": "Teach it your inbox: reichweite automation label SENDER spam|ok – from {min} labels (both kinds, "
              "at least {per_class} each) a model refines the scores."},
    "automation.title": {
        "de": "Automatisierte Kontaktanfragen und Funnel-Nachrichten",
        "en": "Automated invitations and funnel pitches"},
    "automation.summary": {
        "de": "{senders} Absender, davon {flagged} markiert (Wert ≥ {threshold}).",
        "en": "{senders} senders, {flagged} flagged (score ≥ {threshold})."},
    "automation.col.rank": {"de": "Rang", "en": "Rank"},
    "automation.col.sender": {"de": "Absender", "en": "Sender"},
    "automation.col.score": {"de": "Wert", "en": "Score"},
    "automation.col.flagged": {"de": "Markiert", "en": "Flagged"},
    "automation.col.scored_by": {"de": "Bewertet durch", "en": "Scored by"},
    "automation.col.reasons": {"de": "Gründe", "en": "Reasons"},
    "automation.col.messages": {"de": "Nachrichten", "en": "Messages"},
    "automation.col.invitations": {"de": "Einladungen", "en": "Invitations"},
    "automation.col.first_contact": {"de": "Erster Kontakt", "en": "First contact"},
    "automation.col.points": {"de": "Punkte", "en": "Points"},
    "automation.col.signal": {"de": "Signal", "en": "Signal"},
    "automation.col.text": {"de": "Text", "en": "Text"},
    "automation.pseudonym": {"de": "Absender {n}", "en": "Sender {n}"},
    "automation.privacy": {
        "de": "Alle Daten bleiben auf diesem Rechner. Namen erscheinen in Berichtsdateien nur mit --show-names; "
              "sonst stehen dort Pseudonyme und keine Nachrichtentexte.",
        "en": "All data stays on this computer. Report files show names only with --show-names; otherwise they "
              "show pseudonyms and no message texts."},
    "automation.definition.score": {
        "de": "Wert = 1 / (1 + e^−(Punkte − 3)); markiert ab 0,5, also ab 3 Punkten. Kein einzelnes Signal "
              "bringt 3 Punkte. Mit Modell: Mittel aus Regelwert und Modellwahrscheinlichkeit.",
        "en": "score = 1 / (1 + e^−(points − 3)); flagged from 0.5, i.e. from 3 points. No single signal is "
              "worth 3 points. With a model: the mean of the rule score and the model's probability."},
    "automation.model.none": {
        "de": "Kein Modell: {n} Markierungen ({spam} Spam, {ok} in Ordnung); nötig sind {min}, je Sorte {per_class}.",
        "en": "No model: {n} labels ({spam} spam, {ok} ok); it needs {min}, at least {per_class} of each."},
    "automation.model.used": {
        "de": "Modell trainiert auf {n} Ihrer Markierungen ({spam} Spam, {ok} in Ordnung).",
        "en": "Model trained on {n} of your labels ({spam} spam, {ok} ok)."},
    "automation.account.regular_cadence": {
        "de": "postet im Takt: Abstände schwanken kaum (Variationskoeffizient {0}, im Mittel {1} min)",
        "en": "posts like clockwork: gaps hardly vary (coefficient of variation {0}, mean {1} min)"},
    "automation.account.same_second": {
        "de": "{0} der Beiträge zur selben Sekunde der Minute ({1})",
        "en": "{0} of posts at the same second of the minute ({1})"},
    "automation.account.duplicate_texts": {
        "de": "{0} der Beiträge wiederholen einen eigenen Text", "en": "{0} of posts repeat an earlier text"},
    "automation.account.links": {"de": "{0} der Beiträge mit Link", "en": "{0} of posts carry a link"},
    "automation.account.replies": {"de": "{0} der Beiträge sind Antworten", "en": "{0} of posts are replies"},
    "automation.account.high_volume": {"de": "{0} Beiträge pro Tag", "en": "{0} posts a day"},
    "automation.account.very_high_volume": {
        "de": "sehr hohes Volumen ({0} pro Tag)", "en": "very high volume ({0} a day)"},
    "automation.accounts.summary": {
        "de": "Konten mit Beiträgen: {posted}; bewertet: {scored}, davon markiert: {flagged}; gezeigt: die {top} "
              "höchsten Werte.",
        "en": "Accounts that posted: {posted}; scored: {scored}, flagged: {flagged}; shown: the {top} highest "
              "scores."},
    "automation.accounts.left_out": {
        "de": "Nicht bewertet: {left} mit weniger als {min_posts} Beiträgen (--min-posts).",
        "en": "Left out: {left} with fewer than {min_posts} posts (--min-posts)."},
    "automation.accounts.no_rates": {
        "de": "Keine Raten pro Tag: der Datenstrom umfasst nur {span}, Raten brauchen mindestens {needed}.",
        "en": "No rates per day: the stream spans only {span}; rates need at least {needed}."},
    "automation.col.evidence": {"de": "Belege", "en": "Evidence"},
    "automation.col.account": {"de": "Konto", "en": "Account"},
    "automation.col.posts": {"de": "Beiträge", "en": "Posts"},
    "automation.col.per_day": {"de": "pro Tag", "en": "per day"},
}
