"""The controller itself: organisation, its contacts, offices and register settings."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.ext.mutable import MutableList
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, localized_text

if TYPE_CHECKING:
    from .catalogues import Recipient  # the catalogues link back to the organisation's contacts


class Contact(Base):
    """A contact block: privacy contact, DPO, EU representative or supervisory authority."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    # The department or person within ``name`` (e.g. "Privacy desk"); optional.
    attention: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    website: Mapped[str] = mapped_column(String(500), default="")


class Organisation(Versioned, Timestamped, Base):
    """The controller whose register this is (exactly one per register)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    trade_name: Mapped[str] = mapped_column(String(300), default="")
    description = localized_text()
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="NL")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    chamber_of_commerce: Mapped[str] = mapped_column(String(40), default="")
    # Art. 37(1)(a): a public authority or body (courts acting judicially aside) must always
    # designate a data protection officer, whatever it processes.
    public_authority: Mapped[bool] = mapped_column(default=False, server_default=false())

    privacy_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    dpo_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    representative_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    # None means: the authority of ``country_code`` from the reference data.
    supervisory_authority_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))

    privacy_contact: Mapped[Contact | None] = relationship(
        foreign_keys=[privacy_contact_id], cascade="all, delete-orphan", single_parent=True
    )
    dpo: Mapped[Contact | None] = relationship(foreign_keys=[dpo_id], cascade="all, delete-orphan", single_parent=True)
    representative: Mapped[Contact | None] = relationship(
        foreign_keys=[representative_id], cascade="all, delete-orphan", single_parent=True
    )
    supervisory_authority: Mapped[Contact | None] = relationship(
        foreign_keys=[supervisory_authority_id], cascade="all, delete-orphan", single_parent=True
    )

    # Languages of the register's public texts; the first is the primary language.
    languages: Mapped[list[str]] = mapped_column(MutableList.as_mutable(JSON), default=lambda: ["nl", "en"])
    statement_date: Mapped[date | None] = mapped_column(Date)
    # Art. 12(3): the term within which a request about rights is answered.
    rights_response_months: Mapped[int] = mapped_column(Integer, default=1)

    offices: Mapped[list[Office]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="Office.position",
    )

    @property
    def primary_language(self) -> str:
        return self.languages[0] if self.languages else "nl"


class Office(Base):
    """An establishment of the organisation, in the Netherlands or abroad."""

    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    name = localized_text()
    city: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2))
    headquarters: Mapped[bool] = mapped_column(default=False)
    # The group entity (a recipient) that runs this office, where data is shared with it.
    group_entity_id: Mapped[int | None] = mapped_column(ForeignKey("recipients.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    organisation: Mapped[Organisation] = relationship(back_populates="offices")
    group_entity: Mapped[Recipient | None] = relationship()


class StatementText(Base):
    """A register's own wording for a statement passage, by phrase key, per language.

    Keys are those of the statement phrase catalogue (resources/statement); a text
    here replaces the catalogue's default for this register only.
    """

    __tablename__ = "statement_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    text = localized_text()
