"""IOK Desk: the back-office desk that runs access to MSM Gdynia's resident portal (IOK)."""

__version__ = "0.1.0"
