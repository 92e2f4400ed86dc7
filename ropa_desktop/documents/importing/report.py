"""What an import did (or, in a dry run, would do), as the window and the command line show it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...register.kinds import ORGANISATION
from ...register.merge import Outcome
from ...register.portable import ORDER
from .mapping import Mapping
from .problems import Note, word

# Names listed per kind and group before "…and N more".
SHOWN = 12


@dataclass
class ImportReport:
    file: str
    native: bool
    dry_run: bool
    sheet: str = ""
    header_row: int = 0
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    backup: str = ""
    # For a foreign sheet: the columns as understood, to save and use again.
    mapping: Mapping | None = None
    # For a foreign workbook: what was done with each sheet (sheets_report.SheetUse), and the
    # cells to review before importing (review.ReviewItem).
    sheets: list = field(default_factory=list)
    review: list = field(default_factory=list)
    # Fields of the organisation filled from the contact block above the table (contact_fill.py).
    organisation_filled: int = 0

    def count(self, kind: str, group: str) -> int:
        outcome = self.outcomes.get(kind)
        if outcome is None:
            return 0
        return outcome.unchanged if group == "unchanged" else len(getattr(outcome, group))

    @property
    def changes(self) -> int:
        return sum(len(o.added) + len(o.updated) for o in self.outcomes.values())

    def lines(self, language: str) -> list[str]:
        source = (
            word("report", "native", language)
            if self.native
            else word("report", "foreign", language).format(sheet=self.sheet, row=self.header_row)
        )
        lines = [word("report", "dry_run" if self.dry_run else "done", language).format(file=self.file, source=source)]
        if self.backup:
            lines.append(word("report", "backup", language).format(file=self.backup))
        lines.append("")
        added = word("report", "would_add" if self.dry_run else "added", language)
        updated = word("report", "would_update" if self.dry_run else "updated", language)
        unchanged = word("report", "unchanged", language)
        for kind in ORDER:
            outcome = self.outcomes.get(kind)
            if outcome is None or not (outcome.added or outcome.updated or outcome.unchanged):
                continue
            if kind == ORGANISATION and self.organisation_filled:
                lines.append(f"{word('kind', kind, language)}: {self._filled(language)}")
                continue
            counts = [
                f"{len(outcome.added)} {added}",
                f"{len(outcome.updated)} {updated}",
                f"{outcome.unchanged} {unchanged}",
            ]
            lines.append(f"{word('kind', kind, language)}: {', '.join(counts)}")
            for group, names in ((added, outcome.added), (updated, outcome.updated)):
                if names:
                    shown = ", ".join(names[:SHOWN]) + (f" … (+{len(names) - SHOWN})" if len(names) > SHOWN else "")
                    lines.append(f"  {group}: {shown}")
        if not self.changes and not any(o.unchanged for o in self.outcomes.values()):
            lines.append(word("report", "nothing", language))
        if len(self.sheets) > 1:  # a workbook of one sheet: the first line said it all
            lines += ["", word("report", "sheets", language).format(count=len(self.sheets))]
            lines += [f"- {use.text(language)}" for use in self.sheets]
        if self.notes:
            lines += ["", word("report", "notes", language).format(count=len(self.notes))]
            lines += [f"- {note.text(language)}" for note in self.notes]
        return lines

    def _filled(self, language: str) -> str:
        """ "4 fields filled from the block above the table" (in a dry run: to fill)."""
        key = "organisation_to_fill" if self.dry_run else "organisation_filled"
        count = self.organisation_filled
        return word("report", f"{key}_one" if count == 1 else key, language).format(count=count)

    def text(self, language: str) -> str:
        return "\n".join(self.lines(language))

    def review_lines(self, language: str) -> list[str]:
        """The cells to check before importing, grouped (guesses, cells going to the notes, the
        officer's corrections) and by kind, each with its place and text: `ropa import --dry-run`."""
        if not self.review:
            return [word("review", "none", language)]
        lines = [word("review", "title", language).format(count=len(self.review))]
        for group in ("guess", "notes", "corrected"):
            items = [item for item in self.review if item.group == group]
            if not items:
                continue
            lines += ["", word("review", f"group_{group}", language).format(count=len(items))]
            kinds: dict[str, list] = {}
            for item in items:
                kinds.setdefault(item.kind, []).append(item)
            for kind_items in kinds.values():
                lines.append(f"  {kind_items[0].kind_words(language)} ({len(kind_items)}):")
                for item in kind_items:
                    lines.append(f"    {item.cell or item.place.words(language)}: {_quoted(item, language)}")
        lines += ["", word("review", "correct_hint", language).format()]
        return lines


def _quoted(item, language: str) -> str:
    text = " ".join(item.text.split())
    text = text if len(text) <= 120 else text[:119] + "…"
    header = f" [{item.header[:40]}]" if item.header else ""
    # A split names each part on a line of its own; in a list of one line per cell they are
    # joined with " | " so every line of the report still starts with its cell.
    result = " | ".join(line.strip() for line in item.result_words(language).splitlines() if line.strip())
    return f"“{text}”{header} → {result}"
