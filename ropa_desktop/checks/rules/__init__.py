"""Every rule, one module per subject; importing this package registers them all."""

from . import (  # noqa: F401
    dpia,
    legal_basis,
    organisation,
    processors,
    record,
    reference_data,
    retention,
    special_data,
    statement,
    transfers,
)
