"""`ropa`: every register and document job without a window.

Failures print one line on stderr and exit with status 2; nothing is created or changed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .register.errors import RegisterError

EXIT_FAILURE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        self.exit(EXIT_FAILURE, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ropa", description="ROPA Desktop: the register without a window.")
    parser.add_argument("--version", action="version", version=f"ROPA Desktop {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="print the full traceback of an unexpected error (also: ROPA_DEBUG=1)"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    # What the window's "New register" dialog asks, through the same service (register/starting.py).
    new = commands.add_parser("new", help="create an empty register")
    new.add_argument("path", help="the new register file (.ropa) or a database URL")
    new.add_argument("--org", "--name", dest="org", required=True, help="the organisation's legal name")
    new.add_argument("--country", default="NL", help="ISO country code of its main establishment (default: NL)")
    new.add_argument(
        "--languages",
        metavar="LANGS",
        help="languages of the public texts, the primary one first, e.g. nl,en (default: nl,en)",
    )
    new.add_argument("--lang", help="the primary language (first of --languages, or put first)")
    new.add_argument(
        "--privacy-email",
        default="",
        metavar="EMAIL",
        help="e-mail address of the privacy contact (may be filled in later)",
    )
    new.set_defaults(run=_new)

    demo = commands.add_parser("demo", help="create the demo register (Connaxis B.V., 2018)")
    demo.add_argument("path", help="the new register file (.ropa)")
    demo.set_defaults(run=_demo)

    info = commands.add_parser("info", help="show what a register holds")
    info.add_argument("path", help="a register file (.ropa) or a database URL")
    info.set_defaults(run=_info)

    statement = commands.add_parser("statement", help="write the privacy statement, or check it against Art. 13/14")
    statement.add_argument("path", help="a register file (.ropa) or a database URL")
    statement.add_argument("--lang", choices=("nl", "en"), help="language (default: the register's primary)")
    statement.add_argument("--format", dest="fmt", choices=("html", "md", "txt", "pdf"), default="html")
    statement.add_argument("-o", "--output", help="file to write (text formats go to stdout without it)")
    statement.add_argument(
        "--check",
        action="store_true",
        help="list each Art. 13/14 item as present or missing; exit 1 when one is missing",
    )
    statement.add_argument(
        "--force", action="store_true", help="write the file even when the compliance checks find errors"
    )
    statement.set_defaults(run=_statement)

    export = commands.add_parser("export", help="write the register as an Excel workbook or a PDF dossier")
    export.add_argument("path", help="a register file (.ropa) or a database URL")
    export.add_argument("--format", dest="fmt", choices=("xlsx", "pdf"), required=True)
    export.add_argument("--lang", choices=("nl", "en"), help="language (default: the register's primary)")
    export.add_argument("-o", "--output", required=True, help="the file to write")
    export.add_argument(
        "--findings",
        action="store_true",
        help="add the compliance check's findings (a sheet, or the dossier's last annex)",
    )
    export.add_argument(
        "--changes-since",
        metavar="VERSION|DATE",
        help="add the changes since a version (name or number; start: the history start) or a "
        "date YYYY-MM-DD: who, when, what (a sheet, or an annex of the dossier)",
    )
    export.add_argument(
        "--internal-notes",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="include the activities' internal descriptions and notes (default: in the "
        "workbook yes, in the dossier for the supervisory authority no)",
    )
    export.set_defaults(run=_export)

    check = commands.add_parser(
        "check", help="check the register against the compliance rules; exit 1 when a finding is an error"
    )
    check.add_argument("path", help="a register file (.ropa) or a database URL")
    check.add_argument("--format", dest="fmt", choices=("text", "json"), default="text")
    check.add_argument("--lang", choices=("nl", "en"), help="language (default: the register's primary)")
    check.add_argument(
        "--severity",
        choices=("error", "warning", "info"),
        default="info",
        help="show findings of this severity and worse (default: all)",
    )
    check.set_defaults(run=_check)

    rules = commands.add_parser("rules", help="write the reference of every compliance rule")
    rules.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default: nl)")
    rules.add_argument("--format", dest="fmt", choices=("md", "html"), default="md")
    rules.add_argument("-o", "--output", help="file to write (stdout without it)")
    rules.set_defaults(run=_rules)

    imports = commands.add_parser(
        "import", help="bring an Excel workbook into the register (ours exactly, any other by its headers)"
    )
    imports.add_argument("path", help="a register file (.ropa) or a database URL")
    imports.add_argument("file", help="the workbook (.xlsx)")
    imports.add_argument("--dry-run", action="store_true", help="report what would change; change nothing")
    imports.add_argument("--mapping", help="a column mapping (JSON) saved before, for a spreadsheet of your own")
    imports.add_argument(
        "--save-mapping",
        metavar="FILE",
        help="write the columns as understood to FILE (JSON), to edit and use with --mapping",
    )
    imports.add_argument("--lang", choices=("nl", "en"), help="language of the report (default: the register's)")
    imports.set_defaults(run=_import)

    # The window's Ctrl+F, through the same service (register/search.py).
    search = commands.add_parser("search", help="find every item whose text matches, by section")
    search.add_argument("path", help="a register file (.ropa) or a database URL")
    search.add_argument("query", help="letters to find in every text, in every language; case and accents do not count")
    search.add_argument("--lang", choices=("nl", "en"), default="en", help="language of the names (default: en)")
    search.set_defaults(run=_search)

    # The change log (register/change_log.py): is it as recorded, and what does it say.
    verify = commands.add_parser("verify", help="check that the change log is as it was recorded; exit 1 when not")
    verify.add_argument("path", help="a register file (.ropa) or a database URL")
    verify.set_defaults(run=_verify)

    history = commands.add_parser("history", help="list the changes recorded in the register, newest first")
    history.add_argument("path", help="a register file (.ropa) or a database URL")
    history.add_argument(
        "--item",
        metavar="NAME",
        help="only the item whose name contains NAME (at any time), or KIND:ID such as activity:3",
    )
    history.add_argument(
        "--since",
        metavar="DATE",
        type=_date,
        help="only changes on or after DATE (YYYY-MM-DD, or YYYY-MM-DDTHH:MM, UTC)",
    )
    history.add_argument("--language", choices=("en", "nl"), default="en", help="language of the lines (default: en)")
    history.set_defaults(run=_history)

    # Established versions of the whole register (register/established.py) and what changed between two points.
    establish = commands.add_parser(
        "establish", help="establish (vaststellen) the register as it is now as a named version"
    )
    establish.add_argument("path", help="a register file (.ropa) or a database URL")
    establish.add_argument("name", help="the version's name, e.g. 2026-1")
    establish.add_argument("--note", default="", help="why, or what was agreed (kept with the version)")
    establish.set_defaults(run=_establish)

    versions = commands.add_parser(
        "versions", help="list the versions, oldest first: the history start (0), then the established ones"
    )
    versions.add_argument("path", help="a register file (.ropa) or a database URL")
    versions.set_defaults(run=_versions)

    diff = commands.add_parser("diff", help="what changed between two versions, dates or now, per item")
    diff.add_argument("path", help="a register file (.ropa) or a database URL")
    diff.add_argument(
        "since",
        nargs="?",
        metavar="FROM",
        help="a version (name or number), a date YYYY-MM-DD (the end of that day, UTC), start "
        "(the history start) or now (default: the last version, else the history start)",
    )
    diff.add_argument("until", nargs="?", metavar="TO", default="now", help="as FROM (default: now)")
    diff.add_argument("--format", dest="fmt", choices=("text", "markdown", "html"), default="text")
    diff.add_argument(
        "--language",
        choices=("en", "nl"),
        default="en",
        help="the language the fields and items are named in (default: en)",
    )
    diff.set_defaults(run=_diff)

    # Approval per activity (register/approval.py): concept, in review, established, withdrawn.
    approve = commands.add_parser(
        "approve", help="approve (establish) an activity, or take another approval step with --step"
    )
    approve.add_argument("path", help="a register file (.ropa) or a database URL")
    approve.add_argument("activity", help="the activity's name (or part of it), reference or number")
    approve.add_argument(
        "--step",
        choices=("submit", "approve", "withdraw", "concept"),
        default="approve",
        help="submit for review, approve (default), withdraw, or back to concept",
    )
    approve.add_argument("--comment", default=None, help="why, kept in the change log")
    approve.set_defaults(run=_approve)

    approvals = commands.add_parser("approval", help="list the activities with their approval, who and when")
    approvals.add_argument("path", help="a register file (.ropa) or a database URL")
    approvals.add_argument(
        "--state",
        choices=("concept", "in_review", "established", "changed", "withdrawn"),
        help="only activities in this state (changed: established, changed since)",
    )
    approvals.set_defaults(run=_approval)

    # Publications of the statement (documents/publication.py): stored in the register as published.
    publish = commands.add_parser(
        "publish", help="publish the privacy statement: store it (HTML and PDF, every language) in the register"
    )
    publish.add_argument("path", help="a register file (.ropa) or a database URL")
    publish.add_argument("--force", action="store_true", help="publish even when the compliance checks find errors")
    publish.set_defaults(run=_publish)

    publications = commands.add_parser("publications", help="list the statement's publications, oldest first")
    publications.add_argument("path", help="a register file (.ropa) or a database URL")
    publications.set_defaults(run=_publications)

    publication = commands.add_parser("publication", help="write a publication's document exactly as it was published")
    publication.add_argument("path", help="a register file (.ropa) or a database URL")
    publication.add_argument("number", type=int, help="the publication's number (see `ropa publications`)")
    publication.add_argument("-o", "--output", required=True, help="the file to write")
    publication.add_argument("--lang", choices=("nl", "en"), help="language (default: the register's primary)")
    publication.add_argument("--format", dest="fmt", choices=("html", "pdf"), default="html")
    publication.set_defaults(run=_publication)

    # A register moved between a file and a server (register/copy_between.py): every row, history included.
    copy = commands.add_parser(
        "copy", help="copy a register between a file and a database server, row for row, history included"
    )
    copy.add_argument("source", help="a register file (.ropa) or a database URL")
    copy.add_argument("target", help="a new register file (.ropa) or the URL of an empty database")
    copy.set_defaults(run=_copy)

    # Roles on a server register, enforced by the server (register/roles.py, cli_users.py).
    users = commands.add_parser("users", help="list who may read, edit, approve or administer a server register")
    users.add_argument("path", help="a database URL (a register file has no users)")
    change = users.add_mutually_exclusive_group()
    change.add_argument(
        "--grant",
        nargs=2,
        metavar=("USER", "ROLE"),
        help="give USER the role reader, editor, approver or admin (the login role USER is made when missing)",
    )
    change.add_argument("--revoke", nargs=2, metavar=("USER", "ROLE"), help="take the role from USER")
    users.add_argument("--password-stdin", action="store_true", help="read a new login role's password from stdin")
    users.set_defaults(run=_users)
    return parser


def _users(args) -> int:
    from .cli_users import run

    return run(args)


def _copy(args) -> int:
    from .register.copy_between import copy_between

    def show(table: str, rows: int) -> None:  # a large register takes a while: say where it is, on a terminal
        print(f"\r{table}: {rows:,} rows\033[K", end="", file=sys.stderr, flush=True)

    try:
        copied = copy_between(args.source, args.target, progress=show if sys.stderr.isatty() else None)
    finally:
        if sys.stderr.isatty():  # the line cleared for what follows, a failure too
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    log = copied.rows.get("change_log", 0)
    print(
        f"Copied the register to {copied.target}: {copied.total:,} rows in {len(copied.rows)} tables, "
        f"the change log's {log:,} entries among them."
    )
    return 0


def _date(text: str):
    from datetime import datetime

    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _verify(args) -> int:
    from .register import change_log
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        count, broken = change_log.verify(session)
    if broken is not None:
        print(broken.sentence())
        return 1
    print(f"The change log is intact: {count:,} entries.")
    return 0


def _history(args) -> int:
    from .documents import change_history
    from .register import change_log
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        found = change_log.entries(session, item=args.item, since=args.since)
        for entry in found:
            print(change_history.line(entry, args.language))
    if not found:
        print("No changes recorded" + (" that match." if args.item or args.since else "."))
    return 0


def _establish(args) -> int:
    from .register import established
    from .register.storage import open_register

    with open_register(args.path) as register:
        version = established.establish(register, args.name, args.note)
    print(f"Version {version.number} \u201c{version.name}\u201d established (change log entry {version.log_sequence}).")
    return 0


def _versions(args) -> int:
    from .register import established
    from .register.storage import open_register

    with open_register(args.path) as register:
        found = established.versions(register)
    for version in found:
        when = f"{version.established_at:%Y-%m-%d %H:%M:%S} UTC"
        if version.is_history_start:  # never a claim that someone established it
            print(
                f"{version.number}  {version.name}  {when}  history starts here: the content when the register "
                f"began to keep history, established by nobody  entry {version.log_sequence}"
            )
            continue
        who = f"{version.who_name} ({version.who})" if version.who_name else version.who
        line = f"{version.number}  \u201c{version.name}\u201d  {when}  {who}  entry {version.log_sequence}"
        print(line + (f"  \u2014 {version.note}" if version.note else ""))
    if not any(not version.is_history_start for version in found):
        print("No version established yet.")
    return 0


def _diff(args) -> int:
    from .documents import register_diff as rendering
    from .register import established, register_diff
    from .register.errors import NOT_FOUND
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        since = args.since
        if since is None:
            last = established.latest(session) or established.history_start(session)
            if last is None:
                raise RegisterError(
                    f"{register.location}: no version established yet; name FROM (a date or a version)",
                    NOT_FOUND,
                    register.location,
                )
            since = str(last.number)
        first, said_first = established.moment(session, since, register.location)
        second, said_second = established.moment(session, args.until, register.location)
        diff = register_diff.compare(session, first, second, said_first, said_second)
    sys.stdout.write(rendering.render(diff, args.fmt, args.language))
    return 0


def _approve(args) -> int:
    from .register import approval, change_log
    from .register.models import ProcessingActivity
    from .register.storage import open_register

    step = approval.TO_CONCEPT if args.step == "concept" else args.step
    with open_register(args.path) as register:
        with register.session() as session:
            item = approval.find_activity(session, args.activity)
            name = change_log.display_name("activity", {"name": session.get_one(ProcessingActivity, item).name}, item)
        with change_log.acting(comment=args.comment):
            approval.take_step(register, step, [item])
        now = approval.states(register, [item])[item]
    print(f"{name}: {now.words()}")
    return 0


def _approval(args) -> int:
    from .register import approval, change_log
    from .register.models import ProcessingActivity
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        found = approval.read(session)
        rows = session.execute(_in_list_order(ProcessingActivity)).all()
    listed = 0
    for item_id, name in rows:
        now = found[item_id]
        if args.state and not (now.state.value == args.state or (args.state == "changed" and now.changed)):
            continue
        listed += 1
        by = f"  {now.who}, {now.when:%Y-%m-%d %H:%M} UTC" if now.when and now.state != "concept" else ""
        print(f"{now.words():<28} {change_log.display_name('activity', {'name': name}, item_id)}{by}")
    if not listed:
        print("No activities" + (" in that state." if args.state else "."))
    return 0


def _in_list_order(model):
    from sqlalchemy import select

    return select(model.id, model.name).order_by(model.position)


def _publish(args) -> int:
    from .documents.publication import PublishingRefused, publish
    from .documents.statement.publishing import error_lines
    from .register.storage import open_register

    with open_register(args.path) as register:
        with register.session() as session:
            language = register.organisation(session).primary_language
        try:
            published = publish(register, force=args.force)
        except PublishingRefused as refused:
            print(f"ropa: {refused}:", file=sys.stderr)
            for line in error_lines(refused.errors, language):
                print(f"  {line}", file=sys.stderr)
            return EXIT_REFUSED
    forced = " despite errors (--force)" if published.forced else ""
    print(
        f"Published the privacy statement as publication {published.number} of "
        f"{published.published_on.isoformat()} ({', '.join(published.languages)}; HTML and PDF){forced}"
    )
    return 0


def _publications(args) -> int:
    from .register import publications
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        found = publications.listed(session)
        for publication in found:
            who = f"{publication.who_name} ({publication.who})" if publication.who_name else publication.who
            languages = ", ".join(publications.languages(session, publication.number))
            forced = "  forced despite errors" if publication.forced else ""
            altered = publications.altered(session, publication.number)
            warning = f"  ALTERED outside ROPA Desktop: {', '.join(altered)}" if altered else ""
            print(
                f"{publication.number:>3}  {publication.published_on.isoformat()}  "
                f"{publication.published_at:%Y-%m-%d %H:%M:%S} UTC  {who}  [{languages}]  "
                f"after change {publication.log_sequence}{forced}{warning}"
            )
    if not found:
        print("The statement has not been published yet.")
    return 0


def _publication(args) -> int:
    from .documents.files import write_atomically
    from .register import publications
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        if publications.get(session, args.number) is None:
            raise RegisterError(f"{register.location}: there is no publication {args.number} (see `ropa publications`)")
        language = args.lang or register.organisation(session).primary_language
        data = publications.document(session, args.number, language, args.fmt)
        if data is None:
            raise RegisterError(f"publication {args.number} has no statement in {language!r}")
    try:
        write_atomically(args.output, data, private=False)  # the public statement, as published
    except OSError as exc:
        raise RegisterError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(f"Wrote publication {args.number} ({language}, {args.fmt}) to {args.output}", file=sys.stderr)
    return 0


def _search(args) -> int:
    """Each section with its hits: the item, where it matched, and the text around the match."""
    from .register.models import text_in
    from .register.search import find
    from .register.storage import open_register

    with open_register(args.path) as register, register.session() as session:
        found = find(session, args.query)
    for section, hits in found.sections.items():
        total = found.totals[section]
        print(f"{section} ({total})" if total == len(hits) else f"{section} ({len(hits)} of {total} listed)")
        for hit in hits:
            name = hit.name if isinstance(hit.name, str) else text_in(hit.name, args.lang)
            if hit.via is not None:
                via = hit.via.name if isinstance(hit.via.name, str) else text_in(hit.via.name, args.lang)
                print(f"  {name}  [via {hit.via.kind}]  {via}")
            else:
                row = f" {hit.row + 1}" if hit.row is not None else ""
                print(f"  {name}  [{hit.field}{row}]  {hit.snippet}")
    if not found.sections:
        print(f"Nothing found for {args.query!r}")
    return 0


def _new(args) -> int:
    from .register.reference.languages import SUPPORTED
    from .register.starting import RegisterStart, start_register

    if args.languages is not None:
        languages = [lang.strip().lower() for lang in args.languages.split(",") if lang.strip()]
    else:
        languages = list(SUPPORTED)
    if args.lang is not None:  # the primary language first, the others after it
        primary = args.lang.strip().lower()
        languages = [primary, *(lang for lang in languages if lang != primary)]
    start = RegisterStart(
        legal_name=args.org.strip(),
        country=args.country.strip().upper(),
        languages=tuple(languages),
        privacy_email=args.privacy_email.strip(),
    )
    with start_register(args.path, start):
        pass
    print(f"Created {args.path} for {start.legal_name}")
    return 0


def _demo(args) -> int:
    from .register.demo import create_demo_register

    with create_demo_register(args.path):
        pass
    print(f"Created the demo register {args.path}")
    return 0


def _info(args) -> int:
    from pathlib import Path

    from .register.opening_checks import is_url
    from .register.quick_summary import summarise_file
    from .register.reference.english_country_names import country_name

    # A register file of this version is read without the models (quick_summary: issue 19, the
    # command should start about as fast as Python); a server, or an older file to migrate first,
    # is opened as every other command opens it.
    s = None if is_url(args.path) else summarise_file(Path(args.path))
    if s is None:
        from .register.storage import open_register
        from .register.summary import summarise

        with open_register(args.path) as register:
            s = summarise(register)
    counts = s.counts
    lines = [
        f"Register:          {s.location}",
        f"Organisation:      {s.organisation} ({country_name(s.country_code)})",
        f"Languages:         {', '.join(s.languages)}",
        f"Statement date:    {s.statement_date.isoformat() if s.statement_date else '-'}",
        f"Authority:         {s.supervisory_authority or '-'}",
        f"Activities:        {counts['activities']} "
        f"({s.activities_by_role['controller']} as controller, "
        f"{s.activities_by_role['joint_controller']} as joint controller, "
        f"{s.activities_by_role['processor']} as processor)",
        f"Data categories:   {counts['data_categories']}",
        f"Data subjects:     {counts['data_subject_categories']}",
        f"Recipients:        {counts['recipients']}",
        f"Transfers:         {counts['transfers']}",
        f"Security measures: {counts['security_measures']}",
        f"Cookies:           {counts['cookies']}",
        f"Offices:           {counts['offices']}",
        f"Schema version:    {s.schema_revision}",
        f"Reference data:    adequacy list of {s.reference_date.isoformat()}",
    ]
    print("\n".join(lines))
    return 0


def _statement(args) -> int:
    from .documents.files import write_atomically
    from .documents.statement import build_statement, render
    from .documents.statement.completeness import Status, check_statement
    from .register.storage import open_register

    with open_register(args.path) as register:
        with register.session() as session:
            language = args.lang or register.organisation(session).primary_language
        if args.check:
            items = check_statement(register, language)
            width = max([14, *(len(item.citation(language)) for item in items)])  # Dutch citations are longer
            for item in items:
                subjects = f" ({', '.join(item.subjects)})" if item.subjects else ""
                print(
                    f"{item.status_label(language):<20} {item.citation(language):<{width}} {item.label(language)}"
                    f"{subjects}"
                )
            return 1 if any(item.status is Status.MISSING for item in items) else 0
        if args.fmt == "pdf" and not args.output:
            raise RegisterError("a PDF statement needs a file to go to: add -o FILE.pdf")
        if args.output and not args.force and _refused_by_errors(register, language, args.output):
            return EXIT_REFUSED
        data = render(build_statement(register, language), args.fmt)
    if not args.output:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    try:
        write_atomically(args.output, data, private=False)  # the public statement
    except OSError as exc:
        raise RegisterError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(f"Wrote the {language} statement to {args.output}", file=sys.stderr)
    return 0


def _refused_by_errors(register, language: str, output: str) -> bool:
    """A file is a published statement: name the errors the checks find, and write nothing."""
    from .documents.statement.publishing import error_lines, errors_before_publishing

    errors = errors_before_publishing(register)
    if not errors:
        return False
    print(
        f"ropa: {output} not written: the checks find {len(errors)} error(s) in the register; "
        "fix them, or add --force to publish anyway:",
        file=sys.stderr,
    )
    for line in error_lines(errors, language):
        print(f"  {line}", file=sys.stderr)
    return True


def _export(args) -> int:
    from .documents.exports import export_register
    from .register.storage import open_register

    with open_register(args.path) as register:
        with register.session() as session:
            language = args.lang or register.organisation(session).primary_language
        try:
            export_register(
                register,
                args.fmt,
                language,
                args.output,
                with_findings=args.findings,
                internal_notes=args.internal_notes,
                changes_since=args.changes_since,
            )
        except OSError as exc:
            raise RegisterError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(f"Wrote the {language} register to {args.output}", file=sys.stderr)
    return 0


EXIT_REFUSED = 1
EXIT_ERRORS = 1  # `ropa check`: at least one finding is an error


def _check(args) -> int:
    import json
    from datetime import datetime

    from .checks.findings import Severity
    from .checks.run import check, counts
    from .documents.record.findings import broken_rule_lines, severity_word, summary
    from .documents.record.labels import Labels
    from .register.storage import is_url, open_register

    with open_register(args.path) as register:
        with register.session() as session:
            language = args.lang or register.organisation(session).primary_language
        checked_at = datetime.now().astimezone().replace(microsecond=0)
        checked = check(register, checked_at.date())
        findings, broken = checked.findings, checked.broken
        location = register.location
    if is_url(location):  # a database URL: never its password
        from sqlalchemy.engine import make_url

        location = make_url(location).render_as_string(hide_password=True)
    threshold = Severity(args.severity).rank
    shown = sorted((f for f in findings if f.severity.rank <= threshold), key=lambda f: f.severity.rank)
    severities = [severity for severity in Severity if severity.rank <= threshold]
    # Errors decide the exit status whatever is shown (every level shows them); a rule that
    # could not be checked changes nothing of it (what the others found decides).
    status = EXIT_ERRORS if any(f.severity is Severity.ERROR for f in findings) else 0
    labels = Labels(language)
    # The rules that could not be checked, whatever the level: the check is incomplete.
    broken_lines = broken_rule_lines(broken, labels)
    if args.fmt == "json":
        document = {
            "register": location,
            "checked_at": checked_at.isoformat(),
            "language": language,
            "severity": args.severity,
            "counts": {severity.value: n for severity, n in counts(shown).items() if severity in severities},
            "findings": [finding.as_dict(language) for finding in shown],
            "broken_rules": [
                {"rule": rule, "error": why.partition(":")[0], "message": line}
                for (rule, why), line in zip(broken.items(), broken_lines, strict=True)
            ],
        }
        _write_utf8(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return status
    words = {severity: severity_word(severity, labels).upper() for severity in Severity}
    word_width = max(len(word) for word in words.values()) + 2
    rule_width = max((len(f.rule) for f in shown), default=0) + 2
    # The message names the item itself; the place would say it twice.
    lines = [
        f"{words[f.severity]:<{word_width}}{f.rule:<{rule_width}}{f.message(language)}  [{f.citation(language)}]"
        for f in shown
    ]
    lines.extend(broken_lines)
    lines.append(summary(counts(shown), labels, severities))
    _write_out("\n".join(lines) + "\n")
    return status


def _rules(args) -> int:
    from .checks.reference import reference_html, reference_markdown
    from .documents.files import write_atomically

    text = reference_html(args.lang) if args.fmt == "html" else reference_markdown(args.lang)
    if not args.output:
        _write_out(text if text.endswith("\n") else text + "\n")
        return 0
    try:
        write_atomically(args.output, text.encode("utf-8"), private=False)  # public rules
    except OSError as exc:
        raise RegisterError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(f"Wrote the {args.lang} rule reference to {args.output}", file=sys.stderr)
    return 0


def _write_utf8(text: str) -> None:
    """Data for programs (JSON) to stdout as UTF-8, whatever the console's encoding."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _write_out(text: str) -> None:
    """Text to stdout; a console that cannot show a character (›, —) gets a stand-in, not a crash."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))


def _import(args) -> int:
    from .documents.importing.both_changed import ImportConflict
    from .documents.importing.mapping import Mapping
    from .documents.importing.problems import ImportRefused
    from .documents.importing.service import import_workbook
    from .register.storage import open_register

    with open_register(args.path) as register:
        with register.session() as session:
            language = args.lang or register.organisation(session).primary_language
        try:
            mapping = Mapping.load(args.mapping) if args.mapping else None
            report = import_workbook(register, args.file, mapping=mapping, dry_run=args.dry_run)
        except ImportRefused as refused:
            print(f"ropa: {refused.words(language)}", file=sys.stderr)
            return EXIT_REFUSED
        except ImportConflict as conflict:  # both changed a field since the export: named, in the language asked
            print(f"ropa: {conflict.words(language)}", file=sys.stderr)
            return EXIT_FAILURE
    print(report.text(language))
    if args.dry_run and not report.native:
        print()
        print("\n".join(report.review_lines(language)))
    if args.save_mapping and report.mapping is not None:
        try:
            report.mapping.save(args.save_mapping)
        except OSError as exc:
            raise RegisterError(f"{args.save_mapping}: cannot be written ({exc.strerror or exc})") from None
        print(f"Wrote the column mapping to {args.save_mapping}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except RegisterError as exc:
        print(f"ropa: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("ropa: interrupted", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader stopped reading (`ropa history REG | head`): nothing went wrong. Python would
        # complain again when it flushes standard output at exit, so that goes nowhere now.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # still one line: a person reads this, not a debugger
        damaged = _damaged(args)
        if damaged:
            print(f"ropa: {damaged}".splitlines()[0], file=sys.stderr)
            return EXIT_FAILURE
        return _unexpected(args, exc)


def _unexpected(args, exc: Exception) -> int:
    """A bug: one line for the person, the whole traceback in the log file (and on stderr with
    --debug or ROPA_DEBUG=1), so that a bug report can carry it."""
    import logging
    import traceback

    from . import logs

    debug = args.debug or logs.debug_wanted()
    log_file = logs.set_up("ropa", debug)
    try:
        # Only the command's name: its arguments may name a register or a person.
        logging.getLogger("ropa_desktop.cli").error("unexpected error in the command %s", args.command, exc_info=exc)
    finally:
        logs.tear_down()
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
        print("\n".join(logs.versions()), file=sys.stderr)
    line = f"ropa: unexpected error: {type(exc).__name__}: {exc}".splitlines()[0]
    if log_file is not None:
        line += f" (details in {log_file})"
    print(line, file=sys.stderr)
    return EXIT_FAILURE


def _damaged(args) -> RegisterError | None:
    """A value the register cannot read (a text where JSON belongs) fails deep inside a command:
    when that is what went wrong, say the register is damaged and where."""
    if args.command not in {"info", "statement", "export", "check", "import"}:
        return None
    from .register.damage import damaged
    from .register.storage import open_register

    try:
        with open_register(args.path) as register:
            return damaged(register)
    except Exception:
        return None


if __name__ == "__main__":
    sys.exit(main())
