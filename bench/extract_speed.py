"""How fast the extract stage reads PDFs: pages per second on a multilingual report.

Generates a report of at least 100 A4 pages with WeasyPrint (numbered paragraphs of about 3,000
characters a page in the six UN languages, footnotes, running header, job number and page numbers) in
a temporary folder, then times, median of 3 runs:

- ``extract_file`` — the whole stage: layout, paragraphs, footnotes, headers removed;
- PDFium's plain text dump (``get_text_range`` of every page), the floor any PDFium-based reader pays.

Then the same for reports in one language each (30 pages): right-to-left lines cost more, since they
are read again from the positions of their words.

Run: ``python bench/extract_speed.py [--pages N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")

import django
import pypdfium2 as pdfium
import weasyprint

django.setup()

from observatory.ingest.extract import extract_file  # noqa: E402

PARAGRAPHS = {
    "en": (
        "Requests the Secretariat to collect, analyse and disseminate information on good practices in the "
        "field of prevention of corruption, taking into account existing expertise within the United "
        "Nations system and other relevant organizations, focusing particularly on public procurement, "
        "management of public finances and integrity in public administration."
    ),
    "fr": (
        "Prie le Secrétariat de recueillir, d'analyser et de diffuser des informations sur les bonnes "
        "pratiques en matière de prévention de la corruption, en tenant compte des compétences existant au "
        "sein du système des Nations Unies et d'autres organisations compétentes."
    ),
    "es": (
        "Solicita a la Secretaría que reúna, analice y difunda información sobre buenas prácticas en materia "
        "de prevención de la corrupción, teniendo en cuenta los conocimientos especializados existentes en "
        "el sistema de las Naciones Unidas y otras organizaciones pertinentes."
    ),
    "ru": (
        "Просит Секретариат собирать, анализировать и распространять информацию о передовой практике в "
        "области предупреждения коррупции с учетом имеющегося опыта в системе Организации Объединенных "
        "Наций и других соответствующих организациях."
    ),
    "ar": (
        "يطلب إلى الأمانة أن تجمع المعلومات عن الممارسات الجيدة في مجال منع الفساد وأن تحللها وتعممها، "
        "مع مراعاة الخبرات الموجودة في منظومة الأمم المتحدة وسائر المنظمات ذات الصلة."
    ),
    "zh": (
        "请秘书处收集、分析和传播关于预防腐败领域良好做法的信息，"
        "同时考虑到联合国系统和其他相关组织内的现有专门知识。"
    ),
}
NOTES = {  # a footnote in the language of its paragraph: "document symbol, paragraph N."
    "en": "CAC/COSP/2009/{symbol}, para. {number}.",
    "fr": "CAC/COSP/2009/{symbol}, par. {number}.",
    "es": "CAC/COSP/2009/{symbol}, párr. {number}.",
    "ru": "CAC/COSP/2009/{symbol}, пункт {number}.",
    "ar": "CAC/COSP/2009/{symbol}، الفقرة {number}.",
    "zh": "CAC/COSP/2009/{symbol}，第{number}段。",
}
FONTS = {"ar": "Noto Naskh Arabic", "zh": "Noto Sans CJK SC"}
STYLE = """
@page { size: A4; margin: 2.5cm 2.2cm;
  @top-center { content: "CAC/COSP/2009/15"; font-size: 9pt }
  @bottom-left { content: "V.09-87654 (E)"; font-size: 8pt }
  @bottom-right { content: counter(page); font-size: 9pt } }
body { font-family: 'Noto Serif'; font-size: 10pt; line-height: 1.3 }
p { margin: 0 0 6pt 0; text-align: justify }
.fn { float: footnote; font-size: 8pt }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6pt }
::footnote-marker { content: counter(footnote) " " }
"""


def build_report(
    path: Path, pages: int, languages: tuple[str, ...] = tuple(PARAGRAPHS)
) -> tuple[int, int, int]:
    """Write the report PDF, its paragraphs in turn in ``languages``; returns its number of pages,
    paragraphs and footnotes."""
    paragraphs = []
    number = 0
    # About nine paragraphs fill a page; write enough for the pages asked, plus a margin.
    for index in range(pages * 9 + 20):
        language = languages[(index // 9) % len(languages)]
        number += 1
        text = PARAGRAPHS[language]
        font = f"font-family:'{FONTS[language]}';" if language in FONTS else ""
        direction = ' dir="rtl"' if language == "ar" else ""
        note = NOTES[language].format(symbol=number % 17, number=number)
        note = f'<span class="fn"{direction}>{note}</span>' if index % 4 == 0 else ""
        paragraphs.append(f'<p lang="{language}"{direction} style="{font}">{number}. {text}{note} {text}</p>')
    html = f"<html><head><style>{STYLE}</style></head><body>{''.join(paragraphs)}</body></html>"
    weasyprint.HTML(string=html).write_pdf(path)
    return len(pdfium.PdfDocument(path)), number, len(range(0, number, 4))


def plain_dump(path: Path) -> int:
    """PDFium's text of every page, without any layout: the baseline."""
    document = pdfium.PdfDocument(path)
    characters = 0
    for page in document:
        characters += len(page.get_textpage().get_text_range())
    document.close()
    return characters


def median_seconds(action, runs: int = 3) -> float:
    """The median wall time of ``runs`` calls of ``action``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Build the report and print pages per second for each reader."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120, help="pages to generate, at least 100")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        started = time.perf_counter()
        pages, paragraphs, notes = build_report(path, max(arguments.pages, 100))
        print(f"generated {pages} pages with WeasyPrint in {time.perf_counter() - started:.1f} s")
        document = extract_file(path)
        characters = sum(len(block.text) for block in document.blocks)
        footnotes = [block for block in document.blocks if block.kind == "footnote"]
        # Every paragraph opens with its number; one split by a page break shows up as one more block.
        opening = {
            block.text.split(".")[0]
            for block in document.blocks
            if block.kind == "text" and block.text.split(".")[0].isdigit()
        }
        debris = sum(
            "V.09-87654" in block.text or block.text == "CAC/COSP/2009/15" for block in document.blocks
        )
        numbers = {str(number) for number in range(1, paragraphs + 1)}
        marked = sum(bool(block.marker) for block in footnotes)
        print(f"{characters / pages:,.0f} characters a page")
        print(f"paragraphs found by their number: {len(opening & numbers)} of {paragraphs}")
        print(f"footnotes: {len(footnotes)} of {notes}, with their marker: {marked}")
        print(f"blocks left with a running header or job number: {debris}")
        ours = median_seconds(lambda: extract_file(path))
        floor = median_seconds(lambda: plain_dump(path))
        print(f"{'reader':<42}{'pages/s':>10}{'ms/page':>10}")
        for name, seconds in (
            ("extract_file (layout, footnotes, debris)", ours),
            ("pypdfium2 get_text_range (no layout)", floor),
        ):
            print(f"{name:<42}{pages / seconds:>10.0f}{1000 * seconds / pages:>10.2f}")
        print(f"\n{'one language, 30 pages':<24}{'chars/page':>12}{'extract_file':>14}{'get_text_range':>16}")
        for language in PARAGRAPHS:
            single = Path(folder) / f"{language}.pdf"
            count = build_report(single, 30, (language,))[0]
            characters = sum(len(block.text) for block in extract_file(single).blocks) / count
            ours = median_seconds(lambda path=single: extract_file(path))
            floor = median_seconds(lambda path=single: plain_dump(path))
            print(f"{language:<24}{characters:>12,.0f}{count / ours:>10.0f} p/s{count / floor:>12.0f} p/s")


if __name__ == "__main__":
    main()
