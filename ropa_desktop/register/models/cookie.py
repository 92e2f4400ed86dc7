"""Cookies and similar techniques on the organisation's website."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, enum_column, localized_text
from .catalogues import Recipient
from .enums import CookieCategory, CookieParty


class Cookie(Versioned, Timestamped, Base):
    __tablename__ = "cookies"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Per language: "Sessiecookie" is "Session cookie" in the English statement; a technical
    # name ("_ga") is the same in every language.
    name = localized_text()
    party: Mapped[CookieParty] = enum_column(CookieParty, default=CookieParty.FIRST_PARTY)
    # The third party that places or reads the cookie, as a recipient of the data.
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("recipients.id", ondelete="SET NULL"))
    category: Mapped[CookieCategory] = enum_column(CookieCategory, default=CookieCategory.FUNCTIONAL)
    purpose = localized_text()
    lifetime = localized_text()
    consent_required: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    recipient: Mapped[Recipient | None] = relationship()
