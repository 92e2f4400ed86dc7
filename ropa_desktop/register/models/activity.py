"""A processing activity (Art. 30 entry) and what hangs off it only."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text, false
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, enum_column, key_flags, key_list, localized_text
from .catalogues import (
    DataCategory,
    DataSubjectCategory,
    Recipient,
    SecurityMeasure,
    Transfer,
)
from .enums import (
    ActivityRole,
    ActivityStatus,
    DpiaStatus,
    PeriodUnit,
    ProvisionRequirement,
)


def _link_table(name: str, column: str, target: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
        Column(column, ForeignKey(f"{target}.id", ondelete="RESTRICT"), primary_key=True),
    )


activity_data_subjects = _link_table("activity_data_subjects", "data_subject_category_id", "data_subject_categories")
activity_recipients = _link_table("activity_recipients", "recipient_id", "recipients")
activity_security_measures = _link_table("activity_security_measures", "security_measure_id", "security_measures")
activity_transfers = _link_table("activity_transfers", "transfer_id", "transfers")
# Art. 26 partners and, for processor activities, the controllers we act for (Art. 30(2)(a)).
activity_joint_controllers = _link_table("activity_joint_controllers", "recipient_id", "recipients")
activity_controllers_served = _link_table("activity_controllers_served", "recipient_id", "recipients")


class ActivityDataCategory(Base):
    """An activity's use of a data category, in statement order, with optional own wording.

    The wording lets one catalogue entry ("Contact details") read as the activity needs it
    ("Contact details, including e-mail and phone number").
    """

    __tablename__ = "activity_data_categories"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    data_category_id: Mapped[int] = mapped_column(
        ForeignKey("data_categories.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    wording = localized_text()

    data_category: Mapped[DataCategory] = relationship()


class ProcessingActivity(Versioned, Timestamped, Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name = localized_text()
    # The officer's own identifier of the activity ("V-01", "T1"): how the organisation refers to
    # it in its documents and cross references. Free text, optional, never published.
    reference: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # Published in the statement.
    public_explanation = localized_text()
    # For the register only; never published.
    internal_description: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[ActivityRole] = enum_column(ActivityRole, default=ActivityRole.CONTROLLER)

    purposes: Mapped[list[Purpose]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        order_by="Purpose.position",
        collection_class=ordering_list("position"),
    )
    data_subject_categories: Mapped[list[DataSubjectCategory]] = relationship(secondary=activity_data_subjects)
    # The statement's heading above this activity's data list; empty: the catalogue's phrase.
    data_heading = localized_text()
    data_category_links: Mapped[list[ActivityDataCategory]] = relationship(
        cascade="all, delete-orphan",
        order_by="ActivityDataCategory.position",
        collection_class=ordering_list("position"),
    )
    data_categories: AssociationProxy[list[DataCategory]] = association_proxy(
        "data_category_links",
        "data_category",
        creator=lambda category: ActivityDataCategory(data_category=category),
    )
    # Keys of DataSource; Art. 14(2)(f) asks for the source, and whether it is public.
    sources: Mapped[list[str]] = key_list()
    source_details = localized_text()
    recipients: Mapped[list[Recipient]] = relationship(secondary=activity_recipients)
    joint_controllers: Mapped[list[Recipient]] = relationship(secondary=activity_joint_controllers)
    controllers_served: Mapped[list[Recipient]] = relationship(secondary=activity_controllers_served)
    transfers: Mapped[list[Transfer]] = relationship(secondary=activity_transfers)
    retention_rules: Mapped[list[RetentionRule]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        order_by="RetentionRule.position",
        collection_class=ordering_list("position"),
    )
    security_measures: Mapped[list[SecurityMeasure]] = relationship(secondary=activity_security_measures)

    # Art. 10 and UAVG art. 46: the law that allows criminal data or the BSN, where used.
    criminal_data_authorisation: Mapped[str] = mapped_column(Text, default="")
    national_id_legal_basis: Mapped[str] = mapped_column(Text, default="")

    # Art. 22 / 13(2)(f).
    automated_decision_making: Mapped[bool] = mapped_column(default=False)
    automated_logic = localized_text()
    automated_consequences = localized_text()

    # Art. 13(2)(e).
    provision_requirement: Mapped[ProvisionRequirement] = enum_column(
        ProvisionRequirement, default=ProvisionRequirement.NOT_APPLICABLE
    )
    provision_consequence = localized_text()

    # Art. 35: screening answers by criterion key ("wp248.scoring", "ap.camera_surveillance").
    dpia_screening: Mapped[dict[str, bool]] = key_flags()
    dpia_status: Mapped[DpiaStatus] = enum_column(DpiaStatus, default=DpiaStatus.NOT_SCREENED)
    dpia_date: Mapped[date | None] = mapped_column(Date)
    dpia_reference: Mapped[str] = mapped_column(String(500), default="")

    owner: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    # Systems and places where the data lives (ICO: "location of personal data").
    systems: Mapped[str] = mapped_column(Text, default="")
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActivityStatus] = enum_column(ActivityStatus, default=ActivityStatus.ACTIVE)
    in_statement: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0, index=True)


class Purpose(Base):
    """A purpose of an activity with its Art. 6 basis (and Art. 9 condition where needed)."""

    __tablename__ = "purposes"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description = localized_text()
    # Key of vocabularies/legal_bases ("consent", "contract", ...); empty until chosen.
    legal_basis: Mapped[str] = mapped_column(String(60), default="")
    legitimate_interest = localized_text()
    # Where the balancing test (LIA) is kept: a link or a document reference.
    lia_reference: Mapped[str] = mapped_column(String(500), default="")
    # Key of vocabularies/special_conditions; only where special data is processed.
    special_category_condition: Mapped[str] = mapped_column(String(60), default="")
    # How consent is withdrawn, where the basis is consent (Art. 7(3)).
    consent_withdrawal = localized_text()
    # Direct marketing (Art. 21(2)-(3)): the data subject may object at any time, without reasons.
    direct_marketing: Mapped[bool] = mapped_column(default=False, server_default=false())

    activity: Mapped[ProcessingActivity] = relationship(back_populates="purposes")


class RetentionRule(Base):
    """How long data is kept: a period from an event, an optional condition, and the
    wording the statement prints. No period means the criterion must say how it is set."""

    __tablename__ = "retention_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    period_value: Mapped[int | None] = mapped_column(Integer)
    period_unit: Mapped[PeriodUnit | None] = enum_column(PeriodUnit, nullable=True)
    starts_from = localized_text()
    condition = localized_text()
    criterion = localized_text()
    wording = localized_text()
    # Art. 30(1)(f): ids of the data categories this rule keeps, where the activity keeps its
    # categories for different periods; empty: all the activity's data. A JSON list, not a link
    # table: the ids travel with the rule through snapshots, undo and the workbook as one value.
    data_category_ids: Mapped[list[int]] = key_list(server_default="[]")

    activity: Mapped[ProcessingActivity] = relationship(back_populates="retention_rules")
