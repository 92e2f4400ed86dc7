"""What marks a database as a ROPA register, and by which version it was written."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

REGISTER_FORMAT = "ropa-desktop-register"


class RegisterMeta(Base):
    __tablename__ = "register_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(500), default="")
