"""What a cell of a realistic register must have become after the import: facts about the
activity its row describes (or, for a contact block, a legend or a sheet that is no register,
about the register as a whole).

Each fact checks the register read back (reading.py) and returns None when it holds, or a
Failure saying what was found. A failure is ``forbidden`` when the import made something
wrong of the cell (a recipient named "Als V-01", a transfer *to* Benin): such a cell is wrong
even when its text also went to the notes. Facts over lists (subjects, categories, recipients,
transfers, measures) also say which names they expect, so that names no cell expects (a list
not split, a cross reference turned into a recipient) are found: see scoring.py.

``cause`` groups failures for the coordinator: header, combined, basis, role, list, transfer,
retention, relational.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .reading import ActivityView, RegisterView, in_notes, key, squeeze, tbc

Names = tuple[str, ...]  # one name and its acceptable alternatives


@dataclass(frozen=True)
class Failure:
    reason: str
    forbidden: bool = False


@dataclass
class Context:
    register: RegisterView
    activity: ActivityView | None
    text: str  # the cell as written
    expected: dict[str, list[Names]] = field(default_factory=dict)  # field -> every name the row's cells expect


def _alts(name: str | Names) -> Names:
    return (name,) if isinstance(name, str) else tuple(name)


def _has(names: list[str], wanted: Names) -> bool:
    keys = {key(n) for n in names}
    return any(key(w) in keys for w in wanted)


class Fact:
    cause = "list"
    list_field: str | None = None  # the list whose names this fact expects

    def check(self, ctx: Context) -> Failure | None:
        raise NotImplementedError

    def names(self) -> list[Names]:
        return []


# --- the activity and its purposes ----------------------------------------------------------


class Name(Fact):
    """The row is an activity of this name (the row's activity was found)."""

    cause = "header"

    def check(self, ctx):
        return None


@dataclass
class Reference(Fact):
    """The activity's number in the sheet ("V-01", "PRC-002", "1"): the activity's reference, as
    written, since the organisation's documents, cross references and relational sheets name it."""

    cause = "number"

    def check(self, ctx):
        found = ctx.activity.fields["reference"]
        if found == ctx.text.strip():
            return None
        if not found and in_notes(ctx.text, ctx.activity.notes):
            return Failure("the activity's number is in the notes, not its reference")
        return Failure(f"the activity's reference is {found!r}" if found else "the activity's number is kept nowhere")


class Purposes(Fact):
    """The activity's purposes are exactly these (never a copy of the name, never one purpose
    holding the bases' words)."""

    cause = "list"

    def __init__(self, *descriptions: str | Names):
        self.descriptions = [_alts(d) for d in descriptions]

    def check(self, ctx):
        found = list(dict.fromkeys(key(p.description) for p in ctx.activity.purposes))
        missing = [d[0] for d in self.descriptions if not any(key(x) in found for x in d)]
        wanted = {key(x) for d in self.descriptions for x in d}
        extra = [f for f in found if f not in wanted]
        if missing or extra:
            return Failure(f"purposes {found}; expected {[d[0] for d in self.descriptions]}")
        return None


class Bases(Fact):
    """The Art. 6 bases of a purpose (``purpose``) or of every purpose: all of them kept, none
    added. One purpose with "b en c" has two bases, however the register holds them."""

    cause = "basis"

    def __init__(self, *bases: str, purpose: str | None = None):
        self.bases = set(bases)
        self.purpose = purpose

    def check(self, ctx):
        purposes = ctx.activity.purposes
        if self.purpose is not None:
            purposes = [p for p in purposes if key(p.description) == key(self.purpose)]
            if not purposes:
                return Failure(f"no purpose {self.purpose!r} to hold {sorted(self.bases)}")
        found = {p.basis for p in purposes if p.basis}
        if found != self.bases or any(not p.basis for p in purposes):
            where = f" of {self.purpose!r}" if self.purpose else ""
            return Failure(
                f"bases{where} {sorted(found) or '(none)'}"
                f"{' with a purpose without basis' if any(not p.basis for p in purposes) else ''}; "
                f"expected {sorted(self.bases)}"
            )
        return None


class NoBasis(Fact):
    """No Art. 6 basis ("n.v.t." in a processor's row: the client chooses the basis)."""

    cause = "basis"

    def check(self, ctx):
        found = {p.basis for p in ctx.activity.purposes if p.basis}
        return Failure(f"bases {sorted(found)} where none applies", forbidden=True) if found else None


@dataclass
class Condition(Fact):
    """The Art. 9(2) condition of every purpose (or of ``purpose``)."""

    condition: str
    purpose: str | None = None
    cause = "basis"

    def check(self, ctx):
        purposes = [p for p in ctx.activity.purposes if self.purpose is None or key(p.description) == key(self.purpose)]
        found = {p.condition for p in purposes}
        if not purposes or found != {self.condition}:
            return Failure(
                f"Art. 9 conditions {sorted(found)}; expected {self.condition!r}",
                forbidden=bool(found - {"", self.condition}),
            )
        return None


@dataclass
class Role(Fact):
    role: str
    cause = "role"

    def check(self, ctx):
        found = ctx.activity.role
        # The default role (controller) is no guess; any other role the sheet does not say is.
        return (
            None
            if found == self.role
            else Failure(f"role {found!r}; expected {self.role!r}", forbidden=found != "controller")
        )


class Served(Fact):
    """A processor activity (Art. 30(2)) done for these controllers."""

    cause = "role"
    list_field = "controllers_served"

    def __init__(self, *controllers: str | Names):
        self.controllers = [_alts(c) for c in controllers]

    def names(self):
        return self.controllers

    def check(self, ctx):
        a = ctx.activity
        missing = [c[0] for c in self.controllers if not _has(a.controllers_served, c)]
        if a.role != "processor" or missing:
            return Failure(
                f"role {a.role!r}, controllers served {a.controllers_served}; expected processor for "
                f"{[c[0] for c in self.controllers]}"
            )
        return None


# --- lists of named catalogue entries ------------------------------------------------------------


class _Named(Fact):
    attribute = ""

    def __init__(self, *items: str | Names):
        self.items = [_alts(i) for i in items]

    def names(self):
        return self.items

    def found(self, a: ActivityView) -> list[str]:
        return list(getattr(a, self.attribute))

    def check(self, ctx):
        found = self.found(ctx.activity)
        missing = [i[0] for i in self.items if not _has(found, i)]
        return Failure(f"{self.attribute} {found}; missing {missing}") if missing else None


class Subjects(_Named):
    attribute = list_field = "subjects"


class Measures(_Named):
    attribute = list_field = "measures"


class Categories(_Named):
    """Data categories; an item may be (name, kind) or (name, kind, special category)."""

    attribute = list_field = "categories"

    def __init__(self, *items):
        self.kinds = {}
        plain = []
        for item in items:
            if (
                isinstance(item, tuple)
                and len(item) >= 2
                and item[1] in ("ordinary", "special", "criminal", "national_id")
            ):
                plain.append(item[0])
                self.kinds[key(item[0])] = item[1:]
            else:
                plain.append(item)
        super().__init__(*plain)

    def found(self, a):
        return [name for name, _, _ in a.categories]

    def check(self, ctx):
        failure = super().check(ctx)
        if failure:
            return failure
        for name, kind, special in ctx.activity.categories:
            wanted = self.kinds.get(key(name))
            if wanted and (kind != wanted[0] or (len(wanted) > 1 and special != wanted[1])):
                return Failure(f"category {name!r} is {kind} {special}; expected {' '.join(wanted)}")
        return None


@dataclass
class Special(Fact):
    """Some data category of the activity is special (Art. 9), of this kind when given."""

    special: str | None = None
    cause = "list"

    def check(self, ctx):
        kinds = [(k, s) for _, k, s in ctx.activity.categories if k == "special"]
        if any(self.special in (None, s) for _, s in kinds):
            return None
        return Failure(f"special categories {kinds}; expected {self.special or 'one'}")


class NoSpecial(Fact):
    """No special category data ("No", "Nee", "None")."""

    cause = "list"

    def check(self, ctx):
        kinds = [n for n, k, _ in ctx.activity.categories if k == "special"]
        return Failure(f"special categories {kinds} where the sheet says none", forbidden=True) if kinds else None


@dataclass(frozen=True)
class R:
    """A recipient: its name (or alternatives), its kind(s), and where given its country(s)."""

    name: str | Names
    kind: str | tuple[str, ...]
    country: str | tuple[str, ...] | None = None


class Recipients(Fact):
    cause = "role"
    list_field = "recipients"

    def __init__(self, *recipients: R):
        self.recipients = recipients

    def names(self):
        return [_alts(r.name) for r in self.recipients]

    def check(self, ctx):
        found = ctx.activity.recipients
        for r in self.recipients:
            names = {key(n) for n in _alts(r.name)}
            match = [f for f in found if key(f[0]) in names]
            if not match:
                return Failure(f"recipients {[f[0] for f in found]}; missing {_alts(r.name)[0]!r}")
            name, kind, country = match[0]
            if kind not in _alts(r.kind):
                return Failure(f"{name!r} is {kind}; expected {' or '.join(_alts(r.kind))}", forbidden=True)
            if r.country is not None and country not in _alts(r.country):
                return Failure(f"{name!r} is in {country or '(no country)'}; expected {r.country}", forbidden=True)
        return None


class Internal(Fact):
    """An internal team or "internal only": an internal recipient, or none, never a third party."""

    cause = "role"
    list_field = "recipients"

    def names(self):
        return [("*internal",)]

    def check(self, ctx):
        outside = [(n, k) for n, k, _ in ctx.activity.recipients if key(n) == key(ctx.text) and k != "internal"]
        return Failure(f"{outside} is not internal", forbidden=True) if outside else None


# --- transfers ------------------------------------------------------------------------------------


class Transfers(Fact):
    """Transfers by (country, tool): country "?" is "to be confirmed", tool None is any tool.
    A country may be a tuple of acceptable answers, ("US", "?")."""

    cause = "transfer"
    list_field = "transfers"

    def __init__(self, *transfers: tuple[str | tuple[str, ...], str | None]):
        self.transfers = transfers

    def names(self):
        return [_alts(c) for c, _ in self.transfers]

    def check(self, ctx):
        found = ctx.activity.transfers
        for countries, tool in self.transfers:
            countries = _alts(countries)
            match = [t for t in found if t[0] in countries or ("?" in countries and tbc(t[0]))]
            if not match:
                return Failure(f"transfers {[t[:2] for t in found]}; expected {countries[0]} ({tool or 'any tool'})")
            if tool is not None and not any(t[1] == tool for t in match):
                return Failure(f"transfer to {match[0][0]} with {match[0][1]!r}; expected {tool!r}", forbidden=True)
        return None


class NoTransfer(Fact):
    """ "No", "binnen de EER", "Nein": no transfer other than those other cells of the row name."""

    cause = "transfer"

    def check(self, ctx):
        allowed = [c for names in ctx.expected.get("transfers", []) for c in names]
        extra = [t[0] for t in ctx.activity.transfers if t[0] not in allowed and not ("?" in allowed and tbc(t[0]))]
        return Failure(f"transfers to {extra} where the sheet says none", forbidden=True) if extra else None


@dataclass
class NotTo(Fact):
    """Never a transfer *to* this country ("s'il est hors du Bénin")."""

    country: str
    cause = "transfer"

    def check(self, ctx):
        if any(t[0] == self.country for t in ctx.activity.transfers):
            return Failure(f"a transfer to {self.country}", forbidden=True)
        return None


# --- retention -----------------------------------------------------------------------------------


def _kept(ctx: Context) -> bool:
    """The cell's whole text is kept in the rules' wordings (clause by clause)."""
    held = squeeze(" ".join(r.texts() for r in ctx.activity.retention))
    clauses = [c for c in (squeeze(part) for part in ctx.text.replace(",", ";").split(";")) if c]
    return all(c in held for c in clauses)


class Period(Fact):
    """One rule with this period, from an event whose words include ``starts``, its wording the
    whole cell (not garbled: "Account lifetime + 30 days" is 30 days from the end of the account)."""

    cause = "retention"

    def __init__(self, value: int, unit: str, starts: str | tuple[str, ...] = ()):
        self.value, self.unit, self.starts = value, unit, _alts(starts) if starts else ()

    def check(self, ctx):
        rules = ctx.activity.retention
        match = [r for r in rules if (r.value, r.unit) == (self.value, self.unit)]
        shown = [(r.value, r.unit, r.starts_from) for r in rules]
        if not match:
            wrong = any(r.value is not None for r in rules)
            return Failure(f"retention {shown}; expected {self.value} {self.unit}", forbidden=wrong)
        rule = match[0]
        if self.starts and not all(key(s) in key(rule.starts_from) for s in self.starts):
            return Failure(f"retention starts from {rule.starts_from!r}; expected words {self.starts}", forbidden=True)
        if not _kept(ctx):
            return Failure(f"wording {[r.wording for r in rules]} does not keep the cell", forbidden=True)
        return None


class Cases(Fact):
    """Several cases in one cell: the full wording kept, and only periods the cell states."""

    cause = "retention"

    def __init__(self, *allowed: tuple[int, str]):
        self.allowed = set(allowed)

    def check(self, ctx):
        rules = ctx.activity.retention
        if not rules:
            return Failure("no retention rule")
        odd = [(r.value, r.unit) for r in rules if r.value is not None and (r.value, r.unit) not in self.allowed]
        if odd:
            return Failure(f"periods {odd} the cell does not state", forbidden=True)
        if not _kept(ctx):
            return Failure(f"wording {[r.wording for r in rules]} does not keep the cell")
        return None


class Until(Fact):
    """No period ("until consent is withdrawn"): a rule whose criterion or wording is the cell."""

    cause = "retention"

    def check(self, ctx):
        rules = ctx.activity.retention
        if any(r.value is not None for r in rules):
            return Failure(f"periods {[(r.value, r.unit) for r in rules]} where the cell states none", forbidden=True)
        if not rules or not _kept(ctx):
            return Failure("the cell is not kept as a retention rule")
        return None


# --- plain fields ------------------------------------------------------------------------------------


class Field(Fact):
    """A plain field of the activity (department, owner, dpia_status, dpia_reference, ...)."""

    cause = "header"

    def __init__(self, name: str, *values: str):
        self.field, self.values = name, values

    def check(self, ctx):
        found = ctx.activity.fields[self.field]
        if key(found) in {key(v) for v in self.values}:
            return None
        return Failure(f"{self.field} {found!r}; expected {self.values[0]!r}", forbidden=bool(found))


class Described(Fact):
    """The activity's description: the internal description or the public explanation."""

    cause = "header"

    def check(self, ctx):
        a = ctx.activity
        if key(ctx.text) in (key(a.fields["internal_description"]), key(a.fields["public_explanation"])):
            return None
        return Failure(f"description {a.fields['internal_description']!r}; expected the cell")


# --- cells that belong in the notes, or to no activity ---------------------------------------------------


class Notes(Fact):
    """Keeping the cell in the internal notes is the right answer."""

    cause = "header"

    def check(self, ctx):
        return None if in_notes(ctx.text, ctx.activity.notes) else Failure("not in the internal notes")


@dataclass
class CrossRef(Fact):
    """ "Als V-01": the recipients of the activity referred to, or the text in the notes;
    never a recipient named after the reference."""

    target: str
    cause = "role"

    list_field = "recipients"

    def names(self):
        return [(f"*crossref:{self.target}",)]

    def check(self, ctx):
        a = ctx.activity
        if any(squeeze(ctx.text) in squeeze(n) or squeeze(n) in squeeze(ctx.text) for n, _, _ in a.recipients):
            return Failure(f"a recipient named after {ctx.text!r}", forbidden=True)
        target = ctx.register.activity(self.target)
        if target and target.recipients and sorted(a.recipients) == sorted(target.recipients):
            return None
        if in_notes(ctx.text, a.notes):
            return None
        return Failure(f"{ctx.text!r} neither resolved to {self.target!r}'s recipients nor noted")


class Outside(Fact):
    """A contact block, a title or a legend: no activity and no catalogue entry is made of it."""

    cause = "header"

    def check(self, ctx):
        if key(ctx.text) in ctx.register.catalogue_names:
            return Failure(f"{ctx.text!r} became an activity or a catalogue entry", forbidden=True)
        return None


@dataclass
class Unread(Fact):
    """A sheet that is no register: not read, and the report says so and why."""

    sheet: str
    cause = "relational"

    def check(self, ctx):
        if key(ctx.text) in ctx.register.catalogue_names:
            return Failure(f"{ctx.text!r} was imported", forbidden=True)
        said = [text for sheet, read, text in ctx.register.report_sheets if sheet == self.sheet and not read]
        said += [note for note in ctx.register.report_notes if self.sheet in note]
        if not said:
            return Failure(f"the report does not say that sheet {self.sheet!r} was not read", forbidden=True)
        if not any(_reason(text, self.sheet) for text in said):
            return Failure(f"the report does not say why sheet {self.sheet!r} was not read", forbidden=True)
        return None


def _reason(text: str, sheet: str) -> str:
    """What a report line says besides the sheet's name and "not read": the reason."""
    rest = key(text.replace(sheet, "")).replace("not read", "")
    return " ".join(re.findall(r"[^\W_]+", rest))
