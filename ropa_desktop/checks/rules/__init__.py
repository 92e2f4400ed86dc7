"""Every rule, one module per subject; importing this package registers them all."""

from . import retention, transfers  # noqa: F401
