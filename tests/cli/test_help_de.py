"""--help in German: every command, option and argument has a German help (a new English help without one fails
here), no German text is left over for a help that is gone, and `--help` with --lang de or a German locale shows no
English help sentence and no English frame; English --help stays as it was; shell completion still answers."""

from __future__ import annotations

import re

import pytest
import typer

from reichweite.cli import app
from reichweite.cli.helptext import commands, parameters
from reichweite.report.texts.help import HELP, key
from tests.cli.conftest import process

ENGLISH_LOCALE = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "80"}
GERMAN_LOCALE = {"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "80"}


def _english_helps() -> dict[str, str]:
    """Every help text of the command tree as shown (command descriptions, options, arguments, panel names), with
    where it is."""
    found: dict[str, str] = {}
    root = typer.main.get_command(app)
    for command in commands(root):
        for holder in (command, *parameters(command)):
            for name in ("help", "short_help", "rich_help_panel"):
                text = getattr(holder, name, None)
                if isinstance(text, str) and text:
                    found.setdefault(key(text), f"{command.name} {getattr(holder, 'name', '')} {name}")
    return found


def test_every_help_has_a_german_text_and_no_german_text_is_left_over() -> None:
    helps = _english_helps()
    assert len(helps) > 150
    missing = {text[:70]: where for text, where in helps.items() if text not in HELP}
    assert not missing, f"help without a German text (add it to report/texts/help/): {missing}"
    unused = [text[:70] for text in HELP if text not in helps]
    assert not unused, f"German help of a help that no longer exists: {unused}"


def test_german_help_keeps_the_options_commands_and_examples_literal() -> None:
    literal = re.compile(r"--[a-z][a-z-]*|\b[\w.-]+\.(?:csv|xlsx|xls|json|jsonl|zst|zip|js|db|html|toml)\b")
    for english, german in HELP.items():
        assert german != english, english
        assert sorted(set(literal.findall(english))) == sorted(set(literal.findall(german))), english
        assert re.findall(r"\d", english) == re.findall(r"\d", german), english  # 20,000,000 is 20.000.000


def _words(output: str) -> str:
    """The help as a run of words: box lines and columns gone, wrapped lines joined."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


HELPED = [[], ["import"], ["panel"], ["compare"], ["import", "linkedin-page"], ["panel", "report"],
          ["template", "posts"], ["languages"], ["accounts"], ["serve"]]


@pytest.mark.parametrize("args", HELPED, ids=lambda args: " ".join(args) or "reichweite")
def test_help_in_german_with_lang_or_locale(cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    english = cli(*args, "--help", env=ENGLISH_LOCALE)
    by_option = cli("--lang", "de", *args, "--help", env=ENGLISH_LOCALE)
    by_locale = cli(*args, "--help", env=GERMAN_LOCALE)
    assert english.code == by_option.code == by_locale.code == 0
    assert by_option.out == by_locale.out
    shown, words = _words(english.out), _words(by_option.out)
    sentences = [" ".join(text.split()[:6]) for text in _english_helps() if len(text.split()) >= 4]
    in_english = [s for s in sentences if s in shown]
    assert len(in_english) >= 3, english.out  # the scan below looks at something
    left = [s for s in in_english if s in words]
    assert not left, f"English help in the German --help: {left}"
    assert words.startswith("Aufruf: reichweite") and "Optionen" in words and "Zeigt diese Hilfe" in words
    for frame in ("Usage:", "Options", "Arguments", "Commands", "[default:", "[env var:", "[required]",
                  "Show this message", "[OPTIONS]"):
        assert frame not in by_option.out, frame
    # the same process, back in English: the German frame was put back
    assert cli(*args, "--help", env=ENGLISH_LOCALE).out == english.out


def test_english_help_is_the_english_of_the_code(cli) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", "--help", env=ENGLISH_LOCALE)
    words = _words(done.out)
    assert words.startswith("Usage: reichweite compare [OPTIONS]")
    for text in ("Options", "Arguments", "Show this message and exit.", "[default: 12h]", "[required]",
                 "Count quotes as interactions too."):
        assert text in words, text


def test_a_group_without_a_command_shows_its_german_help(cli) -> None:  # type: ignore[no-untyped-def]
    done = cli("--lang", "de", "import", env=ENGLISH_LOCALE)
    assert done.code == 2
    words = _words(done.out + done.err)
    assert "Aufruf: reichweite import [OPTIONEN] BEFEHL [ARGUMENTE]..." in words
    assert "Importiert das offizielle Kontoarchiv von X" in words and "Befehle" in words


def test_help_in_a_fresh_process_and_completion_still_answers() -> None:
    done = process("panel", "report", "--help", env=GERMAN_LOCALE)
    assert done.code == 0 and "Summen je Datum und Plattform" in _words(done.out)
    completion = process(env={**GERMAN_LOCALE, "_REICHWEITE_COMPLETE": "complete_bash",
                              "COMP_WORDS": "reichweite comp", "COMP_CWORD": "1"})
    assert completion.code == 0 and completion.out.split() == ["compare"]
    described = process(env={**GERMAN_LOCALE, "_REICHWEITE_COMPLETE": "complete_zsh",
                             "_TYPER_COMPLETE_ARGS": "reichweite compare --ov"})
    assert described.code == 0 and "--overrides" in described.out and "Paare erzwingt" in described.out
