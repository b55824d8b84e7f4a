"""Reading PDFs back for the report tests: text, page count, and which fonts are embedded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


@dataclass(frozen=True)
class PdfFont:
    base_font: str
    embedded: bool


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def squashed(text: str) -> str:
    """Text with every run of whitespace removed, so a word wrapped across lines still matches."""
    return "".join(text.split())


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def _fonts_in(resources: DictionaryObject, seen: dict[str, PdfFont]) -> None:
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for child in font.get("/DescendantFonts") or []:
                descriptors.append(child.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors)
            seen[str(font["/BaseFont"])] = PdfFont(str(font["/BaseFont"]), embedded)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            inner = ref.get_object().get("/Resources")
            if inner is not None:
                _fonts_in(inner.get_object(), seen)


def fonts_used(path: Path) -> list[PdfFont]:
    seen: dict[str, PdfFont] = {}
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        if resources is not None:
            _fonts_in(resources.get_object(), seen)
    return sorted(seen.values(), key=lambda f: f.base_font)
