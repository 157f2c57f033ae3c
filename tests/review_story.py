"""A small two-language story for the review, check and CI tests: two articles that agree
on the talks' length, a third that contradicts them (and the line its figure is on), and the
helpers to put them in a throw-away git repository."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

AGREEING = {
    "a-lemonde.txt": """\
        Sommet de Genève : les délégations se retrouvent

        Les négociations entre les deux délégations se sont tenues mardi à Genève.
        Les discussions ont duré environ trois heures, selon un diplomate présent.
        """,
    "b-reuters.txt": """\
        Geneva summit: the delegations meet

        The two delegations met in Geneva on Tuesday.
        The talks lasted about three hours, a diplomat said.
        """,
}
SHORT_TALKS = ("c-afp.txt", """\
    Genève : une rencontre éclair

    Les deux délégations se sont retrouvées mardi à Genève.
    Les discussions ont duré à peine quarante minutes, a indiqué un participant.
    """)
SHORT_TALKS_LINE = 4  # the line of « ont duré à peine quarante minutes »


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path
