"""ROPA Desktop: keep a GDPR record of processing activities and publish from it."""

__version__ = "0.1.0"
