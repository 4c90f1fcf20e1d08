"""An iPhone photo (HEIC) made viewable: Qt reads no HEIC, so the preview shows it converted
to PNG, decoded by pi-heif (the decoder-only build of pillow-heif) through Pillow. The photo
is stored as it came; only the preview is converted."""

from __future__ import annotations

import io

# A scan photographed by a phone is 12 megapixels; a larger HEIC is not shown.
MAX_PREVIEW_PIXELS = 50_000_000


def heic_as_png(content: bytes) -> bytes | None:
    """The photo as PNG bytes, or None when it cannot be decoded (damaged, too large)."""
    import pi_heif  # a start of the desk decodes no photo (tests/ui/test_startup_imports)
    from PIL import Image

    pi_heif.register_heif_opener()
    try:
        with Image.open(io.BytesIO(content), formats=["HEIF"]) as image:
            if image.width * image.height > MAX_PREVIEW_PIXELS:
                return None
            out = io.BytesIO()
            image.convert("RGB").save(out, format="PNG")
            return out.getvalue()
    except (OSError, ValueError, RuntimeError, Image.DecompressionBombError):
        return None
