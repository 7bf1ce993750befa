"""Make the README's images from the browser walk's screenshots.

``core/tests/test_browser_every_page.py`` saves every page of the demo couple in
``test-artifacts/pages/`` (the whole page on a phone in light, the first screen on a
desktop in dark). This crops each chosen one to a first screen, scales it down and keeps
128 colours, so that the README shows the app as it is in a few small PNGs.

Needs Pillow, which the app does not: ``pip install pillow``, then
``python tools/readme_images.py`` after the walk has run.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "test-artifacts" / "pages"
IMAGES = ROOT / "docs" / "images"
PHONE_SCREEN = 844
# (the walk's screenshot, the README's image, how much of the page to keep, width)
SHOTS = [
    ("today-phone-light.png", "today-phone-light.png", PHONE_SCREEN, 360),
    ("today-desktop-dark.png", "today-desktop-dark.png", None, 800),
    ("journal_id-phone-light.png", "reply-phone-light.png", 780, 360),
    ("checkup_report_id-phone-light.png", "checkup-report-phone-light.png", PHONE_SCREEN, 360),
    ("conflict_id-desktop-dark.png", "conflict-room-desktop-dark.png", None, 800),
]


def main() -> None:
    for source, target, height, width in SHOTS:
        image = Image.open(PAGES / source).convert("RGB")
        if height:
            image = image.crop((0, 0, image.width, min(height, image.height)))
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
        image = image.quantize(
            colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        image.save(IMAGES / target, optimize=True)
        print(f"{target}: {image.width}x{image.height}, {(IMAGES / target).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
