"""IOK Desk: the back-office desk that runs access to MSM Gdynia's resident portal (IOK)."""

from importlib.metadata import PackageNotFoundError, version

try:
    # The one version is pyproject.toml's, read from the installed package's metadata.
    __version__ = version("iok-desk")
except PackageNotFoundError:  # pragma: no cover - only a tree that was never installed
    __version__ = "0+unknown"
