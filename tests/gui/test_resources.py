"""Generated GUI files are fresh, and every interface string is translated into French and Arabic."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import PySide6

ROOT = Path(__file__).resolve().parents[2]
QT_TOOLS = Path(PySide6.__file__).parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    path = QT_TOOLS / name
    if not path.exists():
        pytest.fail(f"{name} is missing from the PySide6 installation ({path}); the check cannot run.")
    return str(path)


@pytest.mark.parametrize("form", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_are_fresh(form: Path, tmp_path: Path) -> None:
    out = tmp_path / "ui.py"
    uic = Path(sys.executable).parent / "pyside6-uic"
    subprocess.run([str(uic) if uic.exists() else "pyside6-uic", str(form), "-o", str(out)],
                   check=True, capture_output=True)
    committed = ROOT / "cairo_desktop" / "gui" / f"ui_{form.stem}.py"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), (
        f"{committed.name} is older than {form.name}: run pyside6-uic {form} -o {committed}")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_untranslated_interface_strings(lang: str, tmp_path: Path) -> None:
    """Re-extract the strings from today's sources into a copy of the .ts: none may be unfinished.

    English is the source language: its file holds only the plural messages (their singular forms).
    """
    copy = tmp_path / f"cairo_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"cairo_{lang}.ts", copy)
    sources = [str(p) for p in sorted((ROOT / "cairo_desktop" / "gui").glob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]
    only_plurals = ["-pluralonly"] if lang == "en" else []
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *only_plurals, *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    untranslated = []
    messages = 0
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [(form.text or "") for form in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text or "" if translation is not None else ""]
            if translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                untranslated.append(f"{context.findtext('name')}: {source}")
                continue
            wanted = sorted(part.split("}")[0] for part in source.split("{")[1:])
            for text in texts:
                found = sorted(part.split("}")[0] for part in text.split("{")[1:])
                assert wanted == found, f"placeholders differ in {lang}: {source} -> {text}"
    assert untranslated == [], f"Untranslated in {lang}: {untranslated}"
    assert messages > 0


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_compiled_translations_are_fresh(lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"cairo_{lang}.qm"
    subprocess.run([_tool("lrelease"), str(TRANSLATIONS / f"cairo_{lang}.ts"), "-qm", str(out)], check=True, capture_output=True)
    assert (TRANSLATIONS / f"cairo_{lang}.qm").read_bytes() == out.read_bytes(), f"run lrelease on cairo_{lang}.ts"
