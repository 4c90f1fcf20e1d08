"""Draws the application icon: iok_desk/resources/icons/iok-desk.png (256 px, the window icon)
and iok-desk.ico (16–256 px, the Windows executables and the installer). Run it after changing
the drawing and commit both files: ``.venv/bin/python packaging/make_icon.py``."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from iok_desk.package_data import package_path

SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
BLUE = (23, 78, 140, 255)
KEY_GOLD = (242, 183, 5, 255)


def draw() -> Image.Image:
    """A blue rounded square with a gold key and the letters IOK."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=BLUE)
    pen.ellipse((40, 40, 120, 120), outline=KEY_GOLD, width=18)
    pen.line((108, 108, 200, 200), fill=KEY_GOLD, width=20)
    pen.line((170, 170, 196, 144), fill=KEY_GOLD, width=18)
    pen.line((188, 188, 214, 162), fill=KEY_GOLD, width=18)
    font = ImageFont.truetype(str(package_path("resources", "fonts", "DejaVuSans-Bold.ttf")), 58)
    pen.text((84, 196), "IOK", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    folder = Path(package_path("resources", "icons"))
    folder.mkdir(exist_ok=True)
    image = draw()
    image.save(folder / "iok-desk.png")
    image.save(folder / "iok-desk.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
