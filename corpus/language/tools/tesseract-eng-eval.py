#!/usr/bin/env python3
"""Make OCR test data the way the issue describes: render clean Swedish paragraphs as page images and
read them with Tesseract's *English* model, which strips and mangles å/ä/ö like the old scans.

Usage: tesseract-eng-eval.py PARAGRAPHS.txt OUT.txt
  PARAGRAPHS.txt  one clean paragraph a line (the held-out tenth of corpus/language, exported by the
                  repair benchmark's maintainer; see corpus/language/README.md)
  OUT.txt         blocks of "=== CLEAN" (the paragraphs of one page) and "=== OCR" (Tesseract's text)

Needs chromium (headless screenshot) and tesseract with eng.traineddata. Pages alternate between a
serif and a sans-serif font, since the two give different confusions (ö→é vs ä→"ai").
"""
import html
import subprocess
import sys
import tempfile
from pathlib import Path

FONTS = [("DejaVu Serif", 16), ("Liberation Sans", 15)]
PER_PAGE = 5


def main(src: str, out: str) -> None:
    paragraphs = [line.strip() for line in Path(src).read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = [paragraphs[i:i + PER_PAGE] for i in range(0, len(paragraphs), PER_PAGE)]
    with tempfile.TemporaryDirectory() as tmp, open(out, "w", encoding="utf-8") as result:
        page_html = Path(tmp, "page.html")
        page_png = Path(tmp, "page.png")
        for n, page in enumerate(pages):
            font, size = FONTS[n % len(FONTS)]
            body = "".join(f"<p>{html.escape(p)}</p>" for p in page)
            page_html.write_text(
                f'<html><body style="font-family:{font};font-size:{size}px;width:1000px;margin:30px;'
                f'line-height:1.35">{body}</body></html>', encoding="utf-8")
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={page_png}",
                            "--window-size=1060,2400", page_html.as_uri()], capture_output=True, timeout=120, check=True)
            ocr = subprocess.run(["tesseract", str(page_png), "-", "-l", "eng"], capture_output=True, timeout=300, check=True)
            result.write("=== CLEAN\n" + "\n".join(page) + "\n=== OCR\n" + ocr.stdout.decode("utf-8").strip() + "\n")
            print(f"page {n + 1}/{len(pages)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
