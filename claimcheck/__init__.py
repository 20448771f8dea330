"""claimcheck: audit machine-generated literature reports against their cited sources."""

__version__ = "0.1.0"
