"""The command-line parser's own usage errors (unknown option or command, missing argument, a value of the wrong
type …) in the user's language: one line 'Fehler: …' / 'Error: …' and where help is, exit 2, no usage block, no
traceback — with --lang de typed anywhere (even after the error), or a German locale."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

import pytest
import typer

from reichweite.cli.usage import typed_language, usage_lines
from reichweite.report.texts import usage
from tests.cli.conftest import process

HINT = {"de": "'reichweite {} --help' zeigt die Hilfe.", "en": "Try 'reichweite {} --help' for help."}

CASES = [
    (["compare", "--no-json"], "compare",
     "Unbekannte Option: --no-json (ähnlich: --json)", "No such option: --no-json (Possible options: --json)"),
    (["compare"], "compare", "Argument 'PLATFORM:HANDLE…' fehlt.", "Missing argument 'PLATFORM:HANDLE…'."),
    (["import", "linkedin-page", "a.xls", "--followers", "x"], "import linkedin-page",
     "Ungültiger Wert für '--followers': 'x' ist keine ganze Zahl.",
     "Invalid value for '--followers': 'x' is not a valid integer."),
    (["import", "linkedin-page", "a.xls", "--followers", "-3"], "import linkedin-page",
     "Ungültiger Wert für '--followers': -3 liegt nicht im Bereich x>=0.",
     "Invalid value for '--followers': -3 is not in the range x>=0."),
    (["languages", "a.jsonl", "--workers", "0"], "languages",
     "Ungültiger Wert für '--workers': 0 liegt nicht im Bereich x>=1.",
     "Invalid value for '--workers': 0 is not in the range x>=1."),
    (["panel", "import", "dax", "."], "panel import",
     "Ungültiger Wert für 'file': Datei '.' ist ein Ordner.", "Invalid value for 'file': File '.' is a directory."),
    (["nope"], "", "Unbekannter Befehl 'nope'.", "No such command 'nope'."),
    (["db", "upgrade", "extra", "x"], "db upgrade",
     "Unerwartete zusätzliche Argumente (extra x)", "Got unexpected extra argument(s) (extra x)"),
    (["compare", "x:a", "x:b", "--tolerance"], None,
     "Option '--tolerance' braucht einen Wert.", "Option '--tolerance' requires an argument."),
]


def _hint(command: str | None, lang: str) -> list[str]:
    if command is None:
        return []
    return [HINT[lang].format(command).replace("reichweite  ", "reichweite ")]


@pytest.mark.parametrize(("args", "command", "german", "english"), CASES)
def test_parser_errors_in_both_languages(cli, args: list[str], command: str | None, german: str,
                                         english: str) -> None:  # type: ignore[no-untyped-def]
    for lang, sentence in (("de", german), ("en", english)):
        for where in ("first", "last"):  # --lang on the root, or typed after the error (the parser never reads it)
            line = ["--lang", lang, *args] if where == "first" else [*args, f"--lang={lang}"]
            done = cli(*line, env={"LANG": "en_GB.UTF-8", "LC_ALL": ""})
            if where == "last" and command is None:  # the option takes '--lang=…' as its value
                continue
            prefix = "Fehler: " if lang == "de" else "Error: "
            assert done.code == 2 and done.out == "", (line, done)
            assert done.err.splitlines() == [prefix + sentence, *_hint(command, lang)], (line, done.err)


def test_a_german_locale_says_them_in_german_and_lang_en_wins(cli) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", "--nope", env={"LANG": "de_DE.UTF-8", "LC_ALL": ""})
    assert done.err.splitlines() == ["Fehler: Unbekannte Option: --nope", HINT["de"].format("compare")]
    done = cli("compare", "--nope", "--lang", "en", env={"LANG": "de_DE.UTF-8", "LC_ALL": ""})
    assert done.err.splitlines() == ["Error: No such option: --nope", HINT["en"].format("compare")]
    # the innermost --lang wins: the command's over the root's
    done = cli("--lang", "en", "compare", "--lang", "de", "--nope", env={"LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert done.err.splitlines()[0] == "Fehler: Unbekannte Option: --nope"


def test_in_a_fresh_process_with_a_german_locale() -> None:
    done = process("--nope-root", env={"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert done.code == 2
    assert done.err == "Fehler: Unbekannte Option: --nope-root\n'reichweite --help' zeigt die Hilfe.\n"
    done = process("--lang", "de", env={"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert (done.code, done.err) == (2, "Fehler: Befehl fehlt.\n'reichweite --help' zeigt die Hilfe.\n")


def test_secrets_and_control_characters_never_reach_the_line(cli) -> None:  # type: ignore[no-untyped-def]
    done = cli("--lang", "de", "db", "upgrade", "token=abcdef123456", "\x1b[31mrot\x07")
    assert done.code == 2 and "abcdef123456" not in done.err and "\x1b" not in done.err and "\x07" not in done.err
    assert done.err.startswith("Fehler: Unerwartete zusätzliche Argumente (token=***"), done.err


def test_typed_language_reads_the_last_lang_before_the_end_of_options() -> None:
    assert typed_language(["--lang", "de", "compare", "--lang=EN"]) == "en"
    assert typed_language(["compare", "--lang", "de", "--", "--lang", "en"]) == "de"
    assert typed_language(["--lang", "de", "compare", "--lang", "fr"]) is None
    assert typed_language(["compare", "--lang"]) is None
    assert typed_language(["compare", "x:a"]) is None


def _error_of(app: typer.Typer, *args: str) -> BaseException:
    try:
        typer.main.get_command(app).main(args=list(args), prog_name="probe", standalone_mode=False)
    except Exception as exc:  # noqa: BLE001 — the parser's exception is what is looked at
        return exc
    raise AssertionError("no usage error")


def test_value_errors_of_other_parameter_types(tmp_path: Path) -> None:
    """Types the commands do not use today (choices, dates, paths that must exist, floats) are said too."""
    app = typer.Typer()

    @app.command()
    def probe(kind: Annotated[Literal["a", "b"], typer.Option("--kind")] = "a",
              when: Annotated[datetime | None, typer.Option("--when")] = None,
              source: Annotated[Path | None, typer.Option("--source", exists=True)] = None,
              share: Annotated[float, typer.Option("--share")] = 0.5,
              top: Annotated[int, typer.Option("--top", max=10)] = 1) -> None:
        """Probe."""

    missing = tmp_path / "fehlt.csv"
    cases = [
        (["--kind", "z"], "Ungültiger Wert für '--kind': 'z' ist keiner der Werte 'a', 'b'.",
         "Invalid value for '--kind': 'z' is not one of 'a', 'b'."),
        (["--when", "bald"],
         "Ungültiger Wert für '--when': 'bald' ist kein Datum mit Uhrzeit (z. B. 2026-01-31 18:00).",
         "Invalid value for '--when': 'bald' is not a valid datetime."),
        (["--source", str(missing)], f"Ungültiger Wert für '--source': Pfad '{missing}' gibt es nicht.",
         f"Invalid value for '--source': Path '{missing}' does not exist."),
        (["--share", "viel"], "Ungültiger Wert für '--share': 'viel' ist keine Zahl.",
         "Invalid value for '--share': 'viel' is not a valid float."),
        (["--top", "11"], "Ungültiger Wert für '--top': 11 liegt nicht im Bereich x<=10.",
         "Invalid value for '--top': 11 is not in the range x<=10."),
    ]
    for args, german, english in cases:
        exc = _error_of(app, *args)
        assert usage_lines(exc, "de")[0] == f"Fehler: {german}"
        assert usage_lines(exc, "en")[0] == f"Error: {english}"


def test_every_text_has_the_same_fields_in_both_languages() -> None:
    for key, texts in usage.TEXTS.items():
        assert key.startswith("click.")
        fields = [set(re.findall(r"{(\w*)}", str(texts[lang]))) for lang in ("de", "en")]
        assert fields[0] == fields[1], key
        assert texts["de"] != texts["en"], key
