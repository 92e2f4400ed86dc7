"""The man page ropa(1), written from the command line's own parser (ropa_desktop/cli.py).

The commands, arguments and help texts are declared once, in the parser; this only lays them out
in roff, so the page cannot tell of an option the program does not have.

    python packaging/make_manpage.py OUTPUT.1      (check it with: man -l OUTPUT.1)
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ropa_desktop import __version__  # noqa: E402
from ropa_desktop.cli import _parser  # noqa: E402

DESCRIPTION = """\
.B ropa
does every register and document job of ROPA Desktop without a window: it makes and reads
registers of processing activities (Art. 30 GDPR), writes the privacy statement (Art. 13 and 14),
the Excel workbook and the PDF dossier, runs the compliance checks, imports workbooks, and keeps
the register's versions, approvals, publications and change log.
A register is a file
.RI ( name .ropa)
or a PostgreSQL database given by its URL.
The window is
.BR ropa-desktop .
"""

EXIT_STATUS = """\
.TP
.B 0
done.
.TP
.B 1
.B check
found an error,
.B statement \\-\\-check
found a missing item, or
.B verify
found the change log altered.
.TP
.B 2
the command failed: one line on standard error says why; nothing was created or changed.
"""

ENVIRONMENT = """\
.TP
.B ROPA_DEBUG
set to 1: print the full traceback of an unexpected error (as
.BR \\-\\-debug ).
.TP
.B ROPA_LOG_DIR
the folder of the log files, instead of the user's log folder.
"""

EXAMPLES = """\
.nf
ropa demo demo.ropa
ropa statement demo.ropa \\-\\-format pdf \\-o statement.pdf
ropa export demo.ropa \\-\\-format xlsx \\-o register.xlsx
ropa check demo.ropa
.fi
"""


def roff(text: str) -> str:
    """Plain text as roff: backslashes and hyphens escaped, no line taken for a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in text.splitlines())


def option_label(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"\\fI{roff(action.metavar or action.dest)}\\fR"
    takes_value = action.nargs != 0
    value = action.metavar or (
        "{" + ",".join(map(str, action.choices)) + "}" if action.choices else action.dest.upper()
    )
    names = []
    if isinstance(value, tuple):  # nargs=2: --grant USER ROLE
        value = " ".join(value)
    for name in action.option_strings:
        label = f"\\fB{roff(name)}\\fR"
        names.append(f"{label} \\fI{roff(str(value))}\\fR" if takes_value else label)
    return ", ".join(names)


def options(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        lines += [".TP", option_label(action), roff(action.help or "")]
    return lines


def commands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each subcommand, in the order `ropa --help` lists them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            return [(name, helps.get(name, ""), sub) for name, sub in action.choices.items()]
    return []


def usage(parser: argparse.ArgumentParser) -> str:
    """The usage lines as argparse wraps them for 78 columns (the page keeps them as they are)."""
    os.environ["COLUMNS"] = "78"
    lines = parser.format_usage().removeprefix("usage: ").rstrip().splitlines()
    return "\n".join([lines[0], *(line.removeprefix(" " * len("usage: ")) for line in lines[1:])])


def page(parser: argparse.ArgumentParser) -> str:
    today = datetime.date.today().isoformat()
    lines = [
        f'.TH ROPA 1 "{today}" "ROPA Desktop {__version__}" "User Commands"',
        ".SH NAME",
        "ropa \\- " + roff(parser.description or "").rstrip("."),
        ".SH SYNOPSIS",
        ".B ropa",
        "[\\fB\\-\\-debug\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]",
        ".br",
        ".B ropa",
        "\\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR",
        ".SH DESCRIPTION",
        DESCRIPTION.rstrip(),
        ".SH OPTIONS",
        *options(parser),
        ".SH COMMANDS",
        "Each command also takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR.",
    ]
    for name, help_text, sub in commands(parser):
        lines += [".SS " + roff(name), roff(help_text[:1].upper() + help_text[1:]) + ".", ".PP", ".nf"]
        lines += [roff(usage(sub)), ".fi"]
        sub_options = options(sub)
        # Leave out -h, said once above.
        while sub_options[:3] and "\\-h" in sub_options[1]:
            sub_options = sub_options[3:]
        lines += [".RS", *sub_options, ".RE"] if sub_options else []
    lines += [
        ".SH EXIT STATUS",
        EXIT_STATUS.rstrip(),
        ".SH ENVIRONMENT",
        ENVIRONMENT.rstrip(),
        ".SH EXAMPLES",
        EXAMPLES.rstrip(),
        ".SH SEE ALSO",
        ".B ropa\\-desktop",
        "is the window; its Help menu has the user guide.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = page(_parser())
    if argv:
        Path(argv[0]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
