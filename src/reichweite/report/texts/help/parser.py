"""German help of the options the parser adds itself (--help, shell completion), keyed by the English help."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Install completion for the current shell.":
        "Installiert die Vervollständigung für die aktuelle Shell.",
    "Show completion for the current shell, to copy it or customize the installation.":
        "Zeigt die Vervollständigung für die aktuelle Shell, um sie zu kopieren oder die Installation "
        "anzupassen.",
    "Show this message and exit.":
        "Zeigt diese Hilfe und endet.",
}
