"""The register's tables as typed SQLAlchemy 2.0 models."""

from .activity import ActivityDataCategory, ProcessingActivity, Purpose, RetentionRule
from .approval import ActivityApproval, ApprovalState
from .base import Base, text_in
from .catalogues import DataCategory, DataSubjectCategory, Recipient, SecurityMeasure, Transfer
from .change_log import ChangeLogEntry
from .cookie import Cookie
from .enums import (
    ActivityRole,
    ActivityStatus,
    CookieCategory,
    CookieParty,
    DataCategoryKind,
    DataSource,
    DpiaStatus,
    MeasureKind,
    PeriodUnit,
    ProvisionRequirement,
    RecipientKind,
)
from .established_version import EstablishedVersion, VersionIsReadOnly
from .meta import RegisterMeta
from .organisation import Contact, Office, Organisation, StatementText
from .publication import Publication, PublishedDocument

__all__ = [
    "ActivityApproval",
    "ActivityDataCategory",
    "ApprovalState",
    "ActivityRole",
    "ActivityStatus",
    "Base",
    "ChangeLogEntry",
    "Contact",
    "Cookie",
    "CookieCategory",
    "CookieParty",
    "DataCategory",
    "DataCategoryKind",
    "DataSource",
    "DataSubjectCategory",
    "DpiaStatus",
    "EstablishedVersion",
    "MeasureKind",
    "Office",
    "Organisation",
    "PeriodUnit",
    "ProcessingActivity",
    "ProvisionRequirement",
    "Publication",
    "PublishedDocument",
    "Purpose",
    "Recipient",
    "RecipientKind",
    "RegisterMeta",
    "RetentionRule",
    "SecurityMeasure",
    "StatementText",
    "Transfer",
    "VersionIsReadOnly",
    "text_in",
]
