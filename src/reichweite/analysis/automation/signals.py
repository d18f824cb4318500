"""Text signals of bot and funnel pitches: what in a message's words points to automation, with the evidence.

Each detector returns the snippets it matched, so a reason can quote them. Patterns cover German and English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_AMOUNT = (
    r"(?:[€$£]\s?\d[\d.,']*(?:\s?[kK]\b)?"
    r"|\d[\d.,']*\s?(?:[kK]\s?)?(?:€|\$|£|eur\b|euro\b|usd\b|dollars?\b|t€))"
)
_EARN = (
    r"(?:earn\w*|make|making|made|generate[sd]?|profit\w*|verdien\w*|machst|mache|gemacht|einkommen|income|"
    r"umsatz|revenue)"
)
_PERIOD = r"(?:a|per|every|each|pro|im|am|jeden|jede|/)\s?(?:day|week|month|tag|woche|monat)\b"
_SENTENCE = r"[^.!?\n]"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


MONEY_PROMISE = [
    _rx(r"passive[snm]?\s+(?:income|einkommen|einnahmen)"),
    _rx(r"financial(?:ly)?\s+free(?:dom)?|finanzielle[nr]?\s+freiheit|finanziell\s+frei"),
    _rx(r"(?:zweite[sn]?|zusätzliche[sn]?)\s+(?:einkommen|standbein)|nebeneinkommen|nebenbei\s+verdien\w*"
        r"|(?:extra|side|second)\s+income"),
    _rx(r"get\s+rich|reich\s+werden|quit\s+(?:your|their|my)\s+9[-\s]?(?:to[-\s]?)?5"),
    _rx(r"\b[5-9][-\s]?(?:figure|stellig\w*)|\b(?:six|seven|sechs|sieben)[-\s]?(?:figure|stellig\w*)"),
    _rx(r"double\s+your\s+(?:money|investment|income)|verdoppel\w*\s+(?:dein|ihr)\w*\s+(?:geld|investment|einsatz)"),
    _rx(r"\d+\s?%\s+(?:profit|returns?|rendite|gewinn)\w*|returns?\s+of\s+\d+\s?%"),
    _rx(r"profit\s+every\s+(?:day|week|month)"),
    _rx(_EARN + _SENTENCE + r"{0,50}?" + _AMOUNT),
    _rx(_AMOUNT + _SENTENCE + r"{0,30}?" + _PERIOD + _SENTENCE + r"{0,40}?" + _EARN),
    _rx(_AMOUNT + _SENTENCE + r"{0,30}?" + r"(?:verdien\w*|gemacht|erwirtschafte\w*)"),  # German: verb at the end
    _rx(r"\d[\d.,]*\s?-?\s?(?:€|euro|\$)[-\s]?monat|\d+\s?k\s+months?"),
]
GUARANTEE = [
    _rx(r"\bguarantee[ds]?\b|\bgarantiert\b|\bgarantie\b"),
    _rx(r"risk[-\s]?free|risikofrei|ohne\s+risiko|no\s+risk|100\s?%\s+(?:sicher|safe|results?)"),
]
URGENCY = [
    _rx(r"\bonly\s+\d+\s+(?:spots?|seats?|places?|slots?)(?:\s+left)?|\bnur\s+noch\s+\d+\s+(?:plätze|termine|tickets|slots)"),
    _rx(r"\b(?:spots?|seats?|places?|plätze)\s+(?:\w+\s+){0,2}(?:limited|limitiert|begrenzt)"),
    _rx(r"limited\s+(?:time|offer|spots|seats)|streng\s+limitiert"),
    _rx(r"last\s+chance|letzte\s+chance|today\s+only|nur\s+heute|act\s+now|before\s+it'?s\s+too\s+late"),
    _rx(r"jetzt\s+(?:sichern|anmelden|zugreifen|buchen)|(?:sign\s+up|register|grab\s+yours|book)\s+now"),
    _rx(r"don'?t\s+miss|nicht\s+verpassen|until\s+\w+\s+only|\bbonus\s+sichern"),
    _rx(r"\d+\s?%\s+(?:off|rabatt|discount)"),
]
FUNNEL = [
    _rx(r"\b(?:\w+-)?coach(?:ing)?\b|\bcoaches\b|\b\w*coaching\b|\berfolgscoach\w*"),
    _rx(r"\bmindset\b"),
    _rx(r"\b(?:\w+-)?webinar\w*|masterclass|live[-\s]training|free\s+training|kostenlose[sn]?\s+(?:training|erstgespräch)"),
    _rx(r"\bfunnels?\b"),
    _rx(r"\bleads?\b|lead[-\s]?gen\w*|leadgenerierung"),
    _rx(r"qualifi\w+\s+(?:leads|appointments|meetings|termine)|kundentermine|(?:sales\s+)?meetings\s+per\s+month"),
    _rx(r"\bakquise\b|akquise-system|\w+akquise\b"),
    _rx(r"autopilot|automati(?:on|sed|zed|siert\w*|sierung)|automatisiert\w*"),
    _rx(r"done[-\s]for[-\s]you"),
    _rx(r"\bskalier\w*|\bscale\s+your|\b10x\b"),
    _rx(r"thought\s+leaders?"),
    _rx(r"growth\s+(?:package|hack\w*)|case\s+studies"),
    _rx(r"(?:neue|mehr)\s+kunden\s+(?:zu\s+)?gewinn\w*|kunden\s+(?:zu\s+)?gewinnen|more\s+clients|new\s+clients\s+every"),
    _rx(r"unverbindliche[sn]?\s+(?:erst)?gespräch|erstgespräch|discovery\s+call|strategy\s+call"),
    _rx(r"online[-\s]business|high[-\s]ticket"),
    # the closing question of a cold pitch
    _rx(r"worth\s+a\s+(?:quick\s+)?(?:call|chat)|open\s+to\s+a\s+(?:quick\s+)?(?:\d+[-\s]minute\s+)?(?:call|chat)"
        r"|(?:^|[.!?]\s*)(?:interested|interesse)\?\s*$"),
]
SCHEME = [
    _rx(r"\bcrypto\w*|\bbitcoin\b|\bkrypto\w*|\bforex\b|trading\s+signals?|investment\s+platform"),
    _rx(r"network[-\s]marketing|\bmlm\b|(?:baue|building)\s+(?:gerade\s+)?(?:ein|a)\s+team"),
    _rx(r"von\s+zu\s*hause\s+aus|from\s+(?:your\s+)?(?:home|laptop)|working\s+from\s+your\s+laptop"),
    _rx(r"keine\s+vorkenntnisse|no\s+experience\s+(?:needed|required)"),
    _rx(r"lucrative|business\s+proposal"),
    _rx(r"lose\s+(?:\d+\s?kg|weight)|abnehmen|\buniversum\b|\bfülle\b|blockaden|best\s+life|beste[sn]?\s+leben"),
]
CALENDAR = [
    _rx(r"(?:https?://)?(?:[\w-]+\.)?(?:calendly\.com|cal\.com|tidycal\.com|savvycal\.com|zcal\.co|youcanbook\.me"
        r"|meetings\.hubspot\.com|acuityscheduling\.com|koalendar\.com|doodle\.com/bp)/[\w./-]*"),
]
SHORT_LINK = [
    _rx(r"(?:https?://)?(?:bit\.ly|tinyurl\.com|ow\.ly|goo\.gl|rebrand\.ly|cutt\.ly|is\.gd|buff\.ly|shorturl\.at"
        r"|rb\.gy|tiny\.cc|t\.co|linktr\.ee|bio\.link)/[\w./-]*"),
]
MESSENGER = [
    _rx(r"(?:https?://)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me)/[\w./?=+-]*"),
    _rx(r"\b(?:on|via|per|auf|über)\s+(?:whatsapp|telegram)\b|\b(?:whatsapp|telegram)[-\s](?:number|nummer|group|gruppe)"),
]
REPLY_KEYWORD = [
    _rx(r"(?:reply|comment|type|answer|write|dm)\s+(?:me\s+)?[\"'“]?(?:yes|ja|info)\b"),
    _rx(r"(?:schreib|kommentier|antworte)\w*\s+(?:mir\s+)?(?:einfach\s+)?(?:mit\s+)?[\"'„]?(?:ja|info)\b"),
]
FOLLOW_UP = [
    _rx(r"just\s+following\s+up|following\s+up\s+on\s+my\s+(?:last|previous)|bumping\s+this"
        r"|did\s+you\s+(?:see|get\s+a\s+chance\s+to\s+(?:see|look|read))\s+my|nochmal\s+nachhak\w*"
        r"|meine\s+letzte\s+nachricht|kurze\s+erinnerung\s+an\s+meine"),
]
GENERIC_SALUTATION = [
    _rx(r"^\W*(?:hi|hello|hey)\s+there\b|^\W*(?:hi|hello|hey)\s+(?:dear|friend|lovely)\b|^\W*dear\s+(?:friend|sir|madam)"
        r"|^\W*greetings\b|^\W*good\s+day\b|^\W*hallo\s+(?:zusammen|du|ihr\s+lieben)\b|^\W*hey\s+du\b"
        r"|^\W*liebe\s+seele\b"),
    _rx(r"hope\s+this\s+(?:message\s+)?finds\s+you\s+well|how\s+are\s+you\s+doing\s+today"),
]
PLACEHOLDER = [
    _rx(r"\{\{?\s*(?:first_?name|firstname|name|vorname|company)\s*\}\}?|\[(?:first\s?name|name|vorname)\]"
        r"|%(?:first_?name|name)%"),
]
HYPE_EMOJI = re.compile("[\U0001F4B0\U0001F4B8\U0001F680\U0001F525\U0001F449\U0001F911\U0001F4C8\U0001F48E]")

#: Pitch signals: what makes a message a pitch (used for "pitch right after an accepted invitation").
PITCH_SIGNALS = (
    "money_promise", "guarantee", "urgency", "funnel", "scheme", "calendar_link", "short_link", "messenger",
    "reply_keyword",
)


@dataclass(frozen=True, slots=True)
class Detector:
    name: str
    find: Callable[[str], list[str]]


def _finder(patterns: list[re.Pattern[str]]) -> Callable[[str], list[str]]:
    def find(text: str) -> list[str]:
        found: list[str] = []
        for pattern in patterns:
            for match in pattern.finditer(text):
                snippet = " ".join(match.group(0).split()).strip(" .,;:")
                if snippet and snippet.casefold() not in (f.casefold() for f in found):
                    found.append(snippet)
        return found

    return find


def _funnel_terms(text: str) -> list[str]:
    """One snippet per vocabulary group, so 'coach' and 'coaching' count once."""
    found: list[str] = []
    for pattern in FUNNEL:
        match = pattern.search(text)
        if match:
            found.append(" ".join(match.group(0).split()).strip(" .,;:!"))
    return found


def _hype_emoji(text: str) -> list[str]:
    found = HYPE_EMOJI.findall(text)
    return ["".join(dict.fromkeys(found))] if found else []


DETECTORS: tuple[Detector, ...] = (
    Detector("money_promise", _finder(MONEY_PROMISE)),
    Detector("guarantee", _finder(GUARANTEE)),
    Detector("urgency", _finder(URGENCY)),
    Detector("funnel", _funnel_terms),
    Detector("scheme", _finder(SCHEME)),
    Detector("calendar_link", _finder(CALENDAR)),
    Detector("short_link", _finder(SHORT_LINK)),
    Detector("messenger", _finder(MESSENGER)),
    Detector("reply_keyword", _finder(REPLY_KEYWORD)),
    Detector("follow_up", _finder(FOLLOW_UP)),
    Detector("generic_salutation", _finder(GENERIC_SALUTATION)),
    Detector("placeholder", _finder(PLACEHOLDER)),
    Detector("hype_emoji", _hype_emoji),
)
TEXT_SIGNALS: tuple[str, ...] = tuple(d.name for d in DETECTORS)


def text_signals(text: str) -> dict[str, list[str]]:
    """Signal name → the snippets that triggered it, for the signals found in one text."""
    found: dict[str, list[str]] = {}
    if not text:
        return found
    for detector in DETECTORS:
        hits = detector.find(text)
        if hits:
            found[detector.name] = hits
    return found
