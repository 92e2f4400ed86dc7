"""The record: the register read once and laid out as the tables every export prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from ... import __version__
from ...checks.findings import Finding
from ...checks.run import check
from ...register import portable, three_way, working_copy
from ...register.models import ProcessingActivity
from ...register.reference.authorities import supervisory_authority_of
from ...register.reference.countries import adequacy_list_date
from ...register.storage import Register
from ...register.views import RegisterView
from . import changes_annex, version_shown
from . import columns as c
from .changes_annex import ChangesAnnex
from .columns import Column, Context
from .labels import Labels


@dataclass
class Table:
    key: str  # sheet key in resources/export/labels.toml
    columns: list[Column]
    items: list[Any]

    def headers(self, context: Context) -> list[str]:
        return [context.labels.column(column.key) for column in self.columns]

    def rows(self, context: Context) -> list[list]:
        """The values of every row (computed once, then kept: several writers may ask)."""
        cached = getattr(self, "_rows", None)
        if cached is None or cached[0] is not context:
            cached = (context, [[column.value(item, context) for column in self.columns] for item in self.items])
            self._rows = cached
        return cached[1]


@dataclass
class Record:
    context: Context
    organisation: Any
    contacts: dict[str, Any]
    exported_at: datetime
    last_change: datetime | None
    schema: str
    tables: list[Table] = field(default_factory=list)
    # The register as portable entries, for the workbook's data sheet (empty unless asked).
    entries: list[portable.Entry] = field(default_factory=list)
    # The compliance check's findings, for the findings annex (None unless asked).
    findings: list[Finding] | None = None
    # The rules that could not be checked (checks/run.py): rule id: why. Named in the annex.
    broken_rules: dict[str, str] = field(default_factory=dict)
    # Which version of the register this is, in words (documents/record/version_shown.py).
    version_line: str = ""
    # The changes since a version or date, for the changes annex (None unless asked).
    changes: ChangesAnnex | None = None
    # Where ``entries`` stand in the register's history (register/three_way.py), read before them.
    history: three_way.Stamp | None = None

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)

    @property
    def version(self) -> str:
        return f"ROPA Desktop {__version__}, schema {self.schema}"

    @property
    def reference_date(self) -> date:
        return adequacy_list_date()


def read_record(
    register: Register,
    language: str,
    exported_at: datetime | None = None,
    with_data: bool = False,
    with_findings: bool = False,
    internal_notes: bool = True,
    changes_since: str | None = None,
) -> Record:
    """The record in ``language``; without ``internal_notes`` the activities' internal
    descriptions and notes are in none of its tables. ``changes_since`` (a version's name or
    number, "start", or a date YYYY-MM-DD) adds the changes annex; one that names nothing is
    refused (RegisterError) before anything is written."""
    exported_at = (exported_at or datetime.now()).replace(microsecond=0)
    with register.session() as session:
        organisation = register.organisation(session)
        # The version and the annex from the same read as the content they describe (a
        # version that names nothing is refused before the rest is read).
        labels = Labels(language)
        version_line = version_shown.version_line(working_copy.shown_version(session), labels)
        changes = None
        if changes_since is not None:
            changes = changes_annex.read(
                session, changes_annex.resolve(session, changes_since, register.location), labels
            )
        view = RegisterView(session)
        last_change = session.scalar(select(func.max(ProcessingActivity.updated_at)))
        last_change = max(filter(None, (last_change, organisation.updated_at)), default=None)
        contacts = {
            "privacy_contact": organisation.privacy_contact,
            "dpo": organisation.dpo,
            "representative": organisation.representative,
            "supervisory_authority": supervisory_authority_of(organisation),
        }
        # Read before the entries: a change saved in between then counts as after the export.
        history = three_way.stamp(session) if with_data else None
        entries = portable.dump(session) if with_data else []
        # Keep what the writers read after the session closes.
        session.expunge_all()
    context = Context(view, language, organisation.primary_language, exported_at.date(), internal=internal_notes)
    activities = view.activities
    record = Record(
        context,
        organisation,
        contacts,
        exported_at,
        last_change,
        register.schema_revision() or "",
        entries=entries,
        version_line=version_line,
        changes=changes,
        history=history,
    )
    if with_findings:
        # Checked as of the export's date, so the annex and the cover agree.
        checked = check(register, exported_at.date())
        record.findings, record.broken_rules = checked.findings, checked.broken
    record.tables = [
        Table("register", c.without_internal(c.ACTIVITY, context), activities),
        Table("controller", c.CONTROLLER, [a for a in activities if not c.is_processor(a)]),
        Table("processor", c.PROCESSOR, [a for a in activities if c.is_processor(a)]),
        Table("recipients", c.RECIPIENT, sorted(view.recipients.values(), key=lambda r: context.t(r.name).casefold())),
        Table("transfers", c.TRANSFER, list(view.transfers.values())),
        Table("data_categories", c.DATA_CATEGORY, list(view.data_categories.values())),
        Table("data_subjects", c.DATA_SUBJECT, list(view.data_subjects.values())),
        Table("retention", c.RETENTION, [(a, rule) for a in activities for rule in a.retention_rules]),
        Table("security", c.SECURITY, list(view.security_measures.values())),
        Table("cookies", c.COOKIE, view.cookies),
    ]
    return record
