"""German and English texts of the panel report, including the caveats of the built-in DAX membership data."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "panel.title": {"de": "Panel {panel}: Unternehmensseiten im Zeitverlauf",
                    "en": "Panel {panel}: company pages over time"},
    "panel.followers": {"de": "Follower", "en": "Followers"},
    "panel.employees": {"de": "Mitarbeitende", "en": "Employees"},
    "panel.total": {"de": "Summe", "en": "Total"},
    "panel.platform": {"de": "Plattform", "en": "Platform"},
    "panel.date": {"de": "Stichtag", "en": "Date"},
    "panel.members": {"de": "Mitglieder", "en": "Members"},
    "panel.measured": {"de": "gemessen", "en": "measured"},
    "panel.coverage": {"de": "Abdeckung", "en": "Coverage"},
    "panel.rounded": {"de": "davon gerundet", "en": "of which rounded"},
    "panel.company": {"de": "Unternehmen", "en": "Company"},
    "panel.rank": {"de": "Rang", "en": "Rank"},
    "panel.change": {"de": "Veränderung", "en": "Change"},
    "panel.same": {"de": "gleiche Unternehmen", "en": "same companies"},
    "panel.ratio": {"de": "Verhältnis", "en": "Ratio"},
    "panel.joined": {"de": "aufgenommen", "en": "joined"},
    "panel.left": {"de": "ausgeschieden", "en": "left"},
    "panel.none": {"de": "keine", "en": "none"},
    "panel.off": {"de": "abgeschaltet", "en": "off"},
    "panel.col.off": {"de": "abgeschaltet", "en": "switched off"},
    "panel.term.off": {"de": "{n} abgeschaltet", "en": "{n} off"},
    "panel.chart.off": {"de": "{platforms} abgeschaltet", "en": "off on {platforms}"},
    "panel.chart.left_out": {"de": {"one": "{n} Mitglied ohne Messung an dem Tag nicht gezeigt",
                                    "other": "{n} Mitglieder ohne Messung an dem Tag nicht gezeigt"},
                             "en": {"one": "{n} member not measured that day, not shown",
                                    "other": "{n} members not measured that day, not shown"}},
    "panel.composition": {"de": "Zusammensetzung", "en": "Composition"},
    "panel.composition.asof": {"de": "Mitglieder zum jeweiligen Stichtag", "en": "members as of each date"},
    "panel.composition.fixed": {"de": "feste Zusammensetzung vom {day}", "en": "fixed composition of {day}"},
    "panel.chart.totals": {"de": "{panel}: Summen je Plattform",
                           "en": "{panel}: totals per platform"},
    "panel.chart.dates": {"de": "{n} Stichtage, {first} bis {last}", "en": "{n} dates, {first} to {last}"},
    "panel.chart.source": {"de": "Quelle: Seitenzahlen aus Tabellen und Exporten · Kalendertage {tz}",
                           "en": "Source: page figures from tables and exports · calendar days {tz}"},
    "panel.chart.companies": {"de": "{figure} je Unternehmen am {day}", "en": "{figure} per company on {day}"},
    "panel.chart.hollow": {
        "de": "Hohle Punkte: nicht alle Mitglieder gemessen (Summe nur über die gemessenen).",
        "en": "Hollow points: not every member was measured (total over those measured only).",
    },
    "panel.section.totals": {"de": "Summen je Stichtag", "en": "Totals per date"},
    "panel.section.growth": {"de": "Wachstum zwischen Stichtagen", "en": "Growth between dates"},
    "panel.section.ratio": {"de": "Verhältnis {a}/{b}", "en": "Ratio {a}/{b}"},
    "panel.section.companies": {"de": "Unternehmen am {day}", "en": "Companies on {day}"},
    "panel.section.threshold": {"de": "Über der Schwelle", "en": "Above the threshold"},
    "panel.section.changes": {"de": "Aufnahmen und Abgänge zwischen Stichtagen",
                              "en": "Joined and left between dates"},
    "panel.section.caveats": {"de": "Einschränkungen", "en": "Caveats"},
    "panel.section.files": {"de": "Dateien", "en": "Files"},
    "panel.threshold.line": {
        "de": "{platform}: {n} von {measured} gemessenen Mitgliedern haben mindestens {threshold} Follower.",
        "en": "{platform}: {n} of {measured} measured members have at least {threshold} followers.",
    },
    "panel.threshold.line_on": {
        "de": "{platform}: {n} von {measured} gemessenen Mitgliedern haben am {day} mindestens {threshold} Follower.",
        "en": "{platform}: {n} of {measured} measured members have at least {threshold} followers on {day}.",
    },
    "panel.term.head": {"de": "{panel} ({composition}), {dates}", "en": "{panel} ({composition}), {dates}"},
    "panel.term.dates": {"de": {"one": "{n} Stichtag", "other": "{n} Stichtage"},
                         "en": {"one": "{n} measurement date", "other": "{n} measurement dates"}},
    "panel.term.written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "panel.no.data": {"de": "Keine Messungen für diese Plattformen im Speicher.",
                      "en": "No measurements for these platforms in the store."},
    "panel.workbook": {"de": "Arbeitsmappe mit Rohdaten, Mitgliedschaft je Stichtag und Summen: {file}",
                       "en": "Workbook with the raw measurements, the membership per date and the totals: {file}"},
    "panel.database": {"de": "Datenbank: {db}", "en": "Database: {db}"},
    "panel.definitions": {"de": "Definitionen", "en": "Definitions"},
    "panel.sheet.totals": {"de": "Summen", "en": "Totals"},
    "panel.sheet.growth": {"de": "Wachstum", "en": "Growth"},
    "panel.sheet.ratio": {"de": "Verhältnis", "en": "Ratio"},
    "panel.sheet.companies": {"de": "Unternehmen", "en": "Companies"},
    "panel.sheet.changes": {"de": "Änderungen", "en": "Changes"},
    "panel.sheet.membership": {"de": "Mitgliedschaft", "en": "Membership"},
    "panel.sheet.measurements": {"de": "Messungen", "en": "Measurements"},
    "panel.col.key": {"de": "Schlüssel (ISIN)", "en": "Key (ISIN)"},
    "panel.col.measured": {"de": "gemessen", "en": "measured"},
    "panel.col.figure": {"de": "Kennzahl", "en": "Figure"},
    "panel.col.from": {"de": "von", "en": "from"},
    "panel.col.to": {"de": "bis", "en": "to"},
    "panel.col.total_from": {"de": "Summe am Anfang", "en": "Total at the start"},
    "panel.col.total_to": {"de": "Summe am Ende", "en": "Total at the end"},
    "panel.col.change_pct": {"de": "Veränderung in %", "en": "Change in %"},
    "panel.col.same_from": {"de": "gleiche Unternehmen: Summe am Anfang", "en": "same companies: total at the start"},
    "panel.col.same_to": {"de": "gleiche Unternehmen: Summe am Ende", "en": "same companies: total at the end"},
    "panel.col.same_change_pct": {"de": "gleiche Unternehmen: Veränderung in %",
                                  "en": "same companies: change in %"},
    "panel.col.numerator": {"de": "Zähler", "en": "Numerator"},
    "panel.col.denominator": {"de": "Nenner", "en": "Denominator"},
    "panel.col.on_both": {"de": "Unternehmen auf beiden", "en": "companies on both"},
    "panel.col.shown": {"de": "(wie angezeigt)", "en": "(as shown)"},
    "panel.col.counted": {"de": "gezählt", "en": "counted"},
    "panel.def.members": {
        "de": "Mitglieder: Unternehmen, deren Mitgliedschaft [Aufnahme, Abgang) den Stichtag enthält – wer am Tag D "
              "ausscheidet, zählt an D nicht mehr mit. Bei fester Zusammensetzung zählen an jedem Stichtag die "
              "Mitglieder des gewählten Tages.",
        "en": "Members: companies whose membership spell [joined, left) contains the date – a company leaving on "
              "day D is not counted on D. With a fixed composition every date counts the members of the chosen day.",
    },
    "panel.def.total": {
        "de": "Summe: Summe der Zahlen der gemessenen Mitglieder. Eine fehlende Zahl wird nie als 0 gezählt.",
        "en": "Total: the sum over the members that were measured. A missing figure is never counted as 0.",
    },
    "panel.def.off": {
        "de": "Abgeschaltet: eine Zahl, die das Unternehmen abgeschaltet hat (z. B. „Folgen“ deaktiviert); sie wird "
              "als „abgeschaltet“ gezeigt und gezählt, nie als 0 und nie in der Summe, der Abdeckung oder dem Rang.",
        "en": "Off: a figure the company switched off (e.g. 'Follow' disabled); shown and counted as off, never as 0 "
              "and never in the total, the coverage or the rank.",
    },
    "panel.def.coverage": {
        "de": "Abdeckung: gemessene Mitglieder / alle Mitglieder am Stichtag, je Plattform und Kennzahl.",
        "en": "Coverage: members measured / all members on the date, per platform and figure.",
    },
    "panel.def.rounded": {
        "de": "Gerundet: Zahlen, die nur wie angezeigt bekannt sind (z. B. „1,2 Mio.“); sie gehen mit ihrem "
              "Näherungswert in die Summe ein.",
        "en": "Rounded: figures known only as shown on screen (e.g. '1.2M'); they enter the total with their "
              "approximate value.",
    },
    "panel.def.growth": {
        "de": "Wachstum: Veränderung der Summe zum vorigen Stichtag; „gleiche Unternehmen“: nur über die an beiden "
              "Stichtagen gezählten und gemessenen Unternehmen (ohne Effekte von Aufnahmen, Abgängen, Lücken).",
        "en": "Growth: change of the total since the previous date; 'same companies': only over the companies "
              "counted and measured on both dates (free of joiners, leavers and gaps).",
    },
    "panel.def.ratio": {
        "de": "Verhältnis: Summe auf der ersten / Summe auf der zweiten Plattform, nur über die Mitglieder, die am "
              "Stichtag auf beiden gemessen wurden.",
        "en": "Ratio: total on the first / total on the second platform, over the members measured on both on "
              "that date only.",
    },
    "panel.def.rank": {
        "de": "Rang: nach Followern je Plattform am letzten Stichtag, 1 = die meisten; ungemessene ohne Rang.",
        "en": "Rank: by followers per platform on the latest date, 1 = most; unmeasured companies have no rank.",
    },
    "panel.def.threshold": {
        "de": "Schwelle: Unternehmen mit mindestens {threshold} Followern.",
        "en": "Threshold: companies with at least {threshold} followers.",
    },
    "panel.def.dates": {
        "de": "Stichtage: Kalendertage (Europe/Berlin), an denen gemessen wurde; Messungen ohne Uhrzeit gelten "
              "mittags.",
        "en": "Dates: the calendar days (Europe/Berlin) with measurements; measurements without a time count as "
              "noon.",
    },
    "panel.caveat.dax.1": {
        "de": "DAX-Mitgliedschaft vom 01.01.2010 bis zur Überprüfung im März 2026 (wirksam 23.03.2026), "
              "zusammengestellt aus Nachrichten und Kopien von Pressemitteilungen; keine Primärdatei von STOXX oder "
              "Deutsche Börse.",
        "en": "DAX membership from 1 Jan 2010 to the March 2026 review (effective 23 Mar 2026), compiled from news and "
              "copies of press releases; no primary STOXX or Deutsche Börse composition file.",
    },
    "panel.caveat.dax.2": {
        "de": "Geprüft: 30 Mitglieder an jedem Tag bis 19.09.2021, 40 ab 20.09.2021; der Bestand am 30.12.2010 und "
              "14.02.2025 stimmt mit unabhängigen ISIN-Listen überein.",
        "en": "Checked: 30 members on every day up to 19 Sept 2021 and 40 from 20 Sept 2021; the members on 30 Dec "
              "2010 and 14 Feb 2025 match independent ISIN lists.",
    },
    "panel.caveat.dax.3": {
        "de": "Lücken ohne ausdrückliche „keine Änderung“-Quelle: März 2016 bis März 2018, Oktober 2018 bis "
              "September 2019, September 2019 bis Juni 2020, Dezember 2022 bis Februar 2023.",
        "en": "Gaps without an explicit 'no change' source: March 2016 to March 2018, October 2018 to September "
              "2019, September 2019 to June 2020, December 2022 to February 2023.",
    },
    "panel.caveat.dax.4": {
        "de": "Eintägige technische Aufnahmen von Abspaltungen (Osram, Uniper, Siemens Energy 2020, Vitesco, Daimler "
              "Truck 2021, Aumovio) sind nicht enthalten.",
        "en": "One-day technical inclusions of spin-offs (Osram, Uniper, Siemens Energy 2020, Vitesco, Daimler "
              "Truck 2021, Aumovio) are left out.",
    },
    "panel.caveat.dax.5": {
        "de": "Je Unternehmen eine ISIN (die aktuelle oder die beim Ausscheiden). Linde AG und Linde plc sind "
              "verschiedene Unternehmen; Umbenennungen (Daimler → Mercedes-Benz Group, Deutsche Post → DHL Group, "
              "HeidelbergCement → Heidelberg Materials) sind dasselbe Unternehmen.",
        "en": "One ISIN per company (the current one, or the one used when it left). Linde AG and Linde plc are "
              "different companies; renamings (Daimler → Mercedes-Benz Group, Deutsche Post → DHL Group, "
              "HeidelbergCement → Heidelberg Materials) are the same company.",
    },
    "panel.caveat.dax.6": {
        "de": "Änderungen ab der Überprüfung im Juni 2026 sind nicht erfasst.",
        "en": "Changes from the June 2026 review onward are not covered.",
    },
    "panel.notes": {"de": "Vollständige Notizen zu den Mitgliedschaftsdaten (Quellen, Prüfungen; englisch)",
                    "en": "Full notes on the membership data (sources, checks)"},
    "panel.caveat.own": {
        "de": "Mitgliedschaft aus {source} (vom Nutzer importiert).",
        "en": "Membership from {source} (imported by the user).",
    },
    "panel.caveat.measurements": {
        "de": "Follower- und Mitarbeiterzahlen sind von Hand erfasste oder exportierte Seitenzahlen; Xing und "
              "LinkedIn zählen Mitarbeitende unterschiedlich (Profilangaben, keine Personalstatistik).",
        "en": "Follower and employee figures are page figures typed in or exported; Xing and LinkedIn count "
              "employees differently (members' profile data, not headcount).",
    },
}

DAX_CAVEATS = tuple(f"panel.caveat.dax.{i}" for i in range(1, 7))
