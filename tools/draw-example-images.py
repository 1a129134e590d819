#!/usr/bin/env python3
"""Draws the example site's illustrations (static/images/ and one beside a KS2 lesson).

The pictures are made by the project and released under CC0 with the example site; each
has a sidecar (NAME.EXT.toml) written by hand. Re-run after editing a drawing:

    python3 -m venv /tmp/pil && /tmp/pil/bin/pip install pillow
    /tmp/pil/bin/python tools/draw-example-images.py

Shapes are drawn at four times the size and scaled down, which smooths their edges.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SCALE = 4

SKY = (224, 240, 252)
NAVY = (29, 29, 31)
TEAL = (11, 79, 108)
GOLD = (255, 200, 60)
CORAL = (240, 110, 90)
GREEN = (90, 170, 120)
SKIN_A = (241, 194, 160)
SKIN_B = (160, 110, 75)
SKIN_C = (205, 150, 110)
WHITE = (255, 255, 255)


class Canvas:
    """A drawing surface in final-size coordinates, drawn at SCALE times the size."""

    def __init__(self, w, h, background):
        self.w, self.h = w, h
        self.image = Image.new("RGB", (w * SCALE, h * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def _box(self, box):
        return [v * SCALE for v in box]

    def ellipse(self, box, fill, outline=None, width=0):
        self.draw.ellipse(self._box(box), fill=fill, outline=outline, width=width * SCALE)

    def rect(self, box, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            self._box(box), radius=radius * SCALE, fill=fill, outline=outline, width=width * SCALE
        )

    def arc(self, box, start, end, fill, width):
        self.draw.arc(self._box(box), start, end, fill=fill, width=width * SCALE)

    def _points(self, points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def line(self, points, fill, width):
        self.draw.line(self._points(points), fill=fill, width=width * SCALE, joint="curve")

    def polygon(self, points, fill):
        self.draw.polygon(self._points(points), fill=fill)

    def save(self, path, **options):
        small = self.image.resize((self.w, self.h), Image.LANCZOS)
        path.parent.mkdir(parents=True, exist_ok=True)
        small.save(path, **options)
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KiB)")


def smile(c, x, y, r):
    """Two eyes and a smile for a face centred at (x, y) of radius r."""
    c.ellipse([x - r * 0.4, y - r * 0.25, x - r * 0.2, y - r * 0.05], NAVY)
    c.ellipse([x + r * 0.2, y - r * 0.25, x + r * 0.4, y - r * 0.05], NAVY)
    c.arc([x - r * 0.45, y - r * 0.3, x + r * 0.45, y + r * 0.5], 20, 160, NAVY, max(2, int(r / 10)))


def person(c, x, ground, height, skin, shirt, hair):
    """A friendly figure standing on `ground`, centred on x."""
    head = height * 0.16
    body_top = ground - height * 0.62
    c.rect([x - height * 0.2, body_top, x + height * 0.2, ground], shirt, radius=int(height * 0.12))
    hy = body_top - head * 0.9
    c.ellipse([x - head * 1.1, hy - head * 1.15, x + head * 1.1, hy + head * 0.6], hair)
    c.ellipse([x - head, hy - head, x + head, hy + head], skin)
    smile(c, x, hy, head)


def padlock():
    c = Canvas(640, 480, SKY)
    c.ellipse([40, 380, 600, 470], (200, 225, 240))
    c.arc([210, 60, 430, 300], 180, 360, TEAL, 34)
    c.line([(227, 180), (227, 215)], TEAL, 34)
    c.line([(413, 180), (413, 215)], TEAL, 34)
    c.rect([160, 200, 480, 420], GOLD, radius=40, outline=NAVY, width=6)
    smile(c, 320, 290, 90)
    c.ellipse([305, 345, 335, 375], NAVY)
    c.polygon([(312, 365), (328, 365), (334, 400), (306, 400)], NAVY)
    for x, y in [(90, 90), (560, 120), (530, 300), (100, 300)]:
        c.polygon([(x, y - 18), (x + 6, y - 6), (x + 18, y), (x + 6, y + 6), (x, y + 18), (x - 6, y + 6), (x - 18, y), (x - 6, y - 6)], WHITE)
    c.save(ROOT / "static/images/padlock.png", optimize=True)


def trusted_adult():
    c = Canvas(640, 480, (236, 246, 236))
    c.rect([0, 400, 640, 480], (200, 228, 200))
    person(c, 200, 410, 300, SKIN_B, TEAL, NAVY)
    person(c, 420, 410, 190, SKIN_A, CORAL, (150, 90, 40))
    c.rect([330, 60, 610, 170], WHITE, radius=30, outline=NAVY, width=4)
    c.polygon([(420, 168), (460, 168), (430, 205)], WHITE)
    c.line([(420, 168), (430, 205), (460, 168)], NAVY, 4)
    for i, w in enumerate([200, 150, 180]):
        c.line([(360, 90 + i * 28), (360 + w, 90 + i * 28)], (150, 150, 160), 8)
    c.save(ROOT / "static/images/trusted-adult.png", optimize=True)


def magnifier():
    c = Canvas(640, 400, SKY)
    c.rect([60, 60, 580, 140], WHITE, radius=40, outline=TEAL, width=6)
    c.line([(110, 100), (330, 100)], (150, 150, 160), 12)
    c.rect([60, 180, 580, 230], WHITE, radius=12)
    c.rect([60, 250, 580, 300], WHITE, radius=12)
    c.rect([60, 320, 430, 370], WHITE, radius=12)
    c.ellipse([380, 150, 540, 310], (210, 235, 250), outline=NAVY, width=14)
    c.line([(520, 290), (600, 370)], NAVY, 26)
    c.arc([405, 175, 515, 285], 200, 260, WHITE, 10)
    c.save(ROOT / "static/images/magnifier.png", optimize=True)


def pupils_at_a_tablet():
    """Two drawn "pupils" sharing a tablet: the example of an image showing pupils."""
    c = Canvas(2000, 1250, (250, 236, 214))
    c.rect([0, 0, 2000, 700], (214, 232, 246))
    c.rect([150, 120, 750, 520], WHITE, radius=20, outline=TEAL, width=10)
    for i in range(4):
        c.line([(220, 200 + i * 80), (680 - i * 60, 200 + i * 80)], (170, 190, 210), 18)
    c.rect([0, 880, 2000, 1250], (190, 140, 100))
    person(c, 760, 960, 620, SKIN_C, GREEN, NAVY)
    person(c, 1240, 960, 600, SKIN_A, CORAL, (120, 70, 30))
    c.rect([820, 760, 1180, 980], NAVY, radius=30)
    c.rect([845, 785, 1155, 955], (120, 200, 240), radius=12)
    c.ellipse([960, 830, 1040, 910], GOLD)
    c.save(ROOT / "content/lessons/ks2/pupils-at-a-tablet.jpg", quality=85, optimize=True)


if __name__ == "__main__":
    padlock()
    trusted_adult()
    magnifier()
    pupils_at_a_tablet()
