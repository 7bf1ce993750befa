"""Draw Heartwork's icons: a warm heart on a rose square, as SVG and PNG, with no library.

Run once when the look changes (``.venv/bin/python tools/make_icons.py``); the files it
writes are committed under ``src/heartwork/pwa/static/heartwork/icons/``. The heart is
the curve (x² + y² - 1)³ = x² y³, sampled 16 times a pixel for smooth edges.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/heartwork/pwa/static/heartwork/icons"
ROSE = (163, 56, 79)  # --accent of site.css
CREAM = (251, 247, 243)  # --bg of site.css
SAMPLES = 4


def _in_heart(x: float, y: float) -> bool:
    return (x * x + y * y - 1) ** 3 - x * x * y**3 <= 0


def _in_rounded_square(u: float, v: float, radius: float) -> bool:
    """u, v in 0..1; corners rounded by ``radius`` (0 for a full square)."""
    cx = min(max(u, radius), 1 - radius)
    cy = min(max(v, radius), 1 - radius)
    return (u - cx) ** 2 + (v - cy) ** 2 <= radius * radius


def render(size: int, *, heart_scale: float, radius: float) -> bytes:
    """RGBA rows of the icon: ``heart_scale`` is the heart's width as a share of the icon."""
    rows = bytearray()
    step = 1 / (size * SAMPLES)
    for py in range(size):
        rows.append(0)  # PNG filter type: none
        for px in range(size):
            rose = cream = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    u = px / size + (sx + 0.5) * step
                    v = py / size + (sy + 0.5) * step
                    if not _in_rounded_square(u, v, radius):
                        continue
                    # The heart spans x in -1.14..1.14 and y in -1..1.2; centre it.
                    x = (u - 0.5) * 2.28 / heart_scale
                    y = -((v - 0.52) * 2.28 / heart_scale) + 0.1
                    if _in_heart(x, y):
                        cream += 1
                    else:
                        rose += 1
            n = SAMPLES * SAMPLES
            alpha = (rose + cream) / n
            if rose + cream:
                color = [(ROSE[i] * rose + CREAM[i] * cream) / (rose + cream) for i in range(3)]
            else:
                color = [0, 0, 0]
            rows.extend([round(c) for c in color] + [round(alpha * 255)])
    return bytes(rows)


def png(size: int, rgba_rows: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rgba_rows, 9))
        + chunk(b"IEND", b"")
    )


def ico(png_bytes: bytes, size: int) -> bytes:
    """An .ico holding one PNG image, as every current browser reads it."""
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png_bytes), 22)
    return header + entry + png_bytes


SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <title>Heartwork</title>
  <rect width="64" height="64" rx="14" fill="#a3384f"/>
  <path fill="#fbf7f3" d="M32 52 C14 40 10 30 10 23 C10 16 15 12 21 12 C26 12 30 15 32 19
    C34 15 38 12 43 12 C49 12 54 16 54 23 C54 30 50 40 32 52 Z"/>
</svg>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "heart.svg").write_text(SVG)
    # "any" icons: a rounded square; "maskable": full bleed, the heart inside the safe circle.
    for name, size, scale, radius in (
        ("heart-32.png", 32, 0.78, 0.2),
        ("heart-180.png", 180, 0.72, 0.0),  # iOS rounds the corners itself
        ("heart-192.png", 192, 0.72, 0.2),
        ("heart-512.png", 512, 0.72, 0.2),
        ("heart-maskable-512.png", 512, 0.56, 0.0),
    ):
        data = png(size, render(size, heart_scale=scale, radius=radius))
        (OUT / name).write_bytes(data)
        if size == 32:
            (OUT / "favicon.ico").write_bytes(ico(data, 32))


if __name__ == "__main__":
    main()
