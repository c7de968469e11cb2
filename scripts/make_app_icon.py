"""Draw the application icon and write it in every size the three desktops ask for.

The icon is drawn here, in code, so it has no third-party artwork and anyone can redraw it:
a teal tile with a winding white route from a sand-coloured origin dot to an arrowhead, the
journey the Khartoum Process follows. Run ``python scripts/make_app_icon.py`` (needs Pillow, a
developer tool only; the app never imports it) and commit ``resources/icons/app/``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
NAME = "cairo-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SUPERSAMPLE = 4

TILE_TOP = (22, 122, 130)
TILE_BOTTOM = (11, 72, 96)
ROUTE = (255, 255, 255)
ORIGIN = (242, 193, 78)


def _route_points(n: int = 64) -> list[tuple[float, float]]:
    """An S-shaped route in unit coordinates, from lower left to upper right."""
    points = []
    for i in range(n + 1):
        t = i / n
        x = 0.22 + 0.50 * t
        y = 0.76 - 0.50 * t + 0.12 * math.sin(t * 2 * math.pi)
        points.append((x, y))
    return points


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn large and scaled down; strokes thicken at small sizes."""
    big = size * SUPERSAMPLE
    tile = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    gradient = Image.new("RGBA", (big, big))
    pen = ImageDraw.Draw(gradient)
    for row in range(big):
        f = row / max(1, big - 1)
        colour = tuple(round(a + (b - a) * f) for a, b in zip(TILE_TOP, TILE_BOTTOM))
        pen.line([(0, row), (big, row)], fill=colour + (255,))
    mask = Image.new("L", (big, big), 0)
    margin = round(big * 0.04)
    ImageDraw.Draw(mask).rounded_rectangle(
        [margin, margin, big - margin, big - margin], radius=round(big * 0.2), fill=255
    )
    tile.paste(gradient, (0, 0), mask)

    small = size <= 32
    stroke = big * (0.11 if small else 0.075)
    pen = ImageDraw.Draw(tile)
    points = [(x * big, y * big) for x, y in _route_points(12 if small else 64)]
    route = points[:-4]
    pen.line(route, fill=ROUTE, width=round(stroke), joint="curve")
    for x, y in (route[0], route[-1]):
        r = stroke / 2
        pen.ellipse([x - r, y - r, x + r, y + r], fill=ROUTE)

    # Arrowhead pointing along the last stretch of the route.
    (x0, y0), (x1, y1) = points[-5], points[-1]
    angle = math.atan2(y1 - y0, x1 - x0)
    length = big * (0.24 if small else 0.2)
    tip = (x1 + math.cos(angle) * length * 0.35, y1 + math.sin(angle) * length * 0.35)
    left = (tip[0] - math.cos(angle - 0.6) * length, tip[1] - math.sin(angle - 0.6) * length)
    right = (tip[0] - math.cos(angle + 0.6) * length, tip[1] - math.sin(angle + 0.6) * length)
    pen.polygon([tip, left, right], fill=ROUTE)

    ox, oy = points[0]
    radius = big * (0.13 if small else 0.1)
    pen.ellipse([ox - radius, oy - radius, ox + radius, oy + radius], fill=ORIGIN, outline=ROUTE,
                width=round(stroke * 0.45))
    return tile.resize((size, size), Image.Resampling.LANCZOS)


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(out / f"{NAME}-{size}.png", optimize=True)
    images[256].save(out / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    try:
        images[512].save(out / f"{NAME}.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    except (OSError, KeyError, ValueError) as error:  # an old Pillow without an ICNS writer
        print(f"no .icns written ({error}); make it on macOS with iconutil (docs/PACKAGING.md)", file=sys.stderr)
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
