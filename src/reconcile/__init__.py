"""reconcile: cross-source fact reconciliation for newsrooms."""

__version__ = "0.1.0"
