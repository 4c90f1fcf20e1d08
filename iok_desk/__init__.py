"""IOK Desk: the back-office desk that runs access to MSM Gdynia's resident portal (IOK)."""


def __getattr__(name: str) -> str:
    """``__version__``: the one version is pyproject.toml's, read from the installed package's
    metadata when first asked for — importing importlib.metadata would cost the desk's first
    frame a third of a bare Qt window's start (bench/README.md)."""
    if name != "__version__":
        raise AttributeError(f"module 'iok_desk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("iok-desk")
    except PackageNotFoundError:  # pragma: no cover - only a tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
