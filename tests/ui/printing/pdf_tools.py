"""Reading printed PDFs back with poppler's tools, as any PDF reader would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def poppler(tool: str, *args: str) -> str:
    """Run a poppler tool and return its output; skip when poppler-utils is not installed."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not found: install poppler-utils to read the PDFs back")
    done = subprocess.run([tool, *args], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pdf_text(path: Path, first: int | None = None, last: int | None = None, raw: bool = True) -> str:
    """The text of a PDF (or of some of its pages), in the order it was drawn."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return poppler("pdftotext", *(["-raw"] if raw else []), "-enc", "UTF-8", *pages, str(path), "-")


def flat(text: str) -> str:
    """Whitespace squeezed, so a name wrapped inside a table cell reads as one."""
    return " ".join(text.split())
