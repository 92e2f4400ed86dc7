"""Every rule, one module per subject; importing this package registers them all."""

from . import (  # noqa: F401
    cookies,
    dpia,
    dpia_evidence,
    lawful_basis_limits,
    legal_basis,
    organisation,
    orphans,
    processors,
    recipients_abroad,
    record,
    reference_data,
    retention,
    retention_categories,
    retention_open,
    rights_requests,
    special_data,
    statement,
    statement_date,
    transfer_evidence,
    transfers,
)
