"""Catalogues shared between activities: data, people, recipients, measures, transfers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, enum_column, localized_text
from .enums import DataCategoryKind, MeasureKind, RecipientKind

recipient_sub_processors = Table(
    "recipient_sub_processors",
    Base.metadata,
    Column("processor_id", ForeignKey("recipients.id", ondelete="CASCADE"), primary_key=True),
    Column("sub_processor_id", ForeignKey("recipients.id", ondelete="CASCADE"), primary_key=True),
)


class DataCategory(Versioned, Timestamped, Base):
    """A category of personal data (Art. 30(1)(c)), e.g. "Contact details"."""

    __tablename__ = "data_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name = localized_text()
    description = localized_text()
    kind: Mapped[DataCategoryKind] = enum_column(DataCategoryKind, default=DataCategoryKind.ORDINARY)
    # For kind == special: which Art. 9(1) category (key of vocabularies/special_categories).
    special_category: Mapped[str | None] = mapped_column(String(60))


class DataSubjectCategory(Versioned, Timestamped, Base):
    """A category of people whose data is processed (Art. 30(1)(c)), e.g. "Job applicants"."""

    __tablename__ = "data_subject_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name = localized_text()
    description = localized_text()
    vulnerable: Mapped[bool] = mapped_column(default=False)


class Recipient(Versioned, Timestamped, Base):
    """Someone who receives personal data: a processor, another controller, an authority,
    a group entity, or a controller we act for as processor."""

    __tablename__ = "recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name = localized_text()
    description = localized_text()
    kind: Mapped[RecipientKind] = enum_column(RecipientKind, default=RecipientKind.PROCESSOR)
    country_code: Mapped[str] = mapped_column(String(2), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    # Data processing agreement (Art. 28(3)).
    dpa_reference: Mapped[str] = mapped_column(String(500), default="")
    dpa_signed: Mapped[date | None] = mapped_column(Date)
    dpa_end: Mapped[date | None] = mapped_column(Date)
    # Covered by a partial adequacy scheme (EU-US Data Privacy Framework and the like).
    partial_adequacy_certified: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    sub_processors: Mapped[list[Recipient]] = relationship(
        secondary=recipient_sub_processors,
        primaryjoin=lambda: Recipient.id == recipient_sub_processors.c.processor_id,
        secondaryjoin=lambda: Recipient.id == recipient_sub_processors.c.sub_processor_id,
    )


class SecurityMeasure(Versioned, Timestamped, Base):
    """A technical or organisational security measure (Art. 30(1)(g), Art. 32)."""

    __tablename__ = "security_measures"

    id: Mapped[int] = mapped_column(primary_key=True)
    name = localized_text()
    description = localized_text()
    kind: Mapped[MeasureKind] = enum_column(MeasureKind, default=MeasureKind.ORGANISATIONAL)


class Transfer(Versioned, Timestamped, Base):
    """Personal data leaving the EEA (Art. 30(1)(e), Art. 44-49), shared between activities."""

    __tablename__ = "transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_code: Mapped[str] = mapped_column(String(8))
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("recipients.id", ondelete="SET NULL"), index=True)
    # Key of vocabularies/transfer_tools ("adequacy", "standard_contractual_clauses", "none", ...).
    tool: Mapped[str] = mapped_column(String(60), default="none")
    tool_reference: Mapped[str] = mapped_column(String(500), default="")
    tia_date: Mapped[date | None] = mapped_column(Date)
    # Public wording of the safeguard, and how a person obtains a copy of it (Art. 13(1)(f)).
    public_note = localized_text()
    notes: Mapped[str] = mapped_column(Text, default="")

    recipient: Mapped[Recipient | None] = relationship()
