"""The W3C Nu validator and axe-core on HTML files, as the benchmark and the test run them.

The tools come from npm (this folder's package.json: `npm ci --prefix benchmarks/html_checks`),
Java and Debian's Chromium from the system (`apt-get install chromium`). Where one is missing,
``missing()`` says which, so a test can skip with that reason (CI's machine has none of them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).parent
VNU_JAR = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_SCRIPT = HERE / "axe.mjs"
CHROMIUM = Path("/usr/bin/chromium")
INSTALL = "npm ci --prefix benchmarks/html_checks"

# The columns of a file's findings, in the order the report shows them.
NU = "Nu"
CHECKS = (NU, "axe 1280", "axe 390", "reflow 320")


@dataclass(frozen=True)
class Finding:
    """One error of the Nu validator, or one axe rule (or reflow) violated, in one file."""

    file: Path
    check: str  # one of CHECKS
    message: str
    where: str  # Nu: line and column; axe: the elements (CSS selectors)
    excerpt: str = ""


def missing() -> str | None:
    """Why the checks cannot run on this machine; None when they can."""
    for program in ("java", "node"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if not VNU_JAR.exists() or not (HERE / "node_modules" / "axe-core").is_dir():
        return f"the Nu validator and axe-core are not installed ({INSTALL})"
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        return f"playwright-core is not installed ({INSTALL})"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    return None


def nu_errors(files: Sequence[Path]) -> list[Finding]:
    """The Nu validator's errors (warnings left out) in ``files``, checked in one run."""
    if not files:
        return []
    by_path = {file.resolve(): file for file in files}
    done = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # Exit status 1 means "errors found"; the messages are JSON on stderr either way.
    try:
        messages = json.loads(done.stderr)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise RuntimeError(
            f"the Nu validator did not answer (exit {done.returncode}): {done.stderr[-2000:]}"
        ) from error
    findings = []
    for message in messages:
        if message.get("type") == "info":
            continue
        # Java names a file "file:/tmp/x.html" (one slash, percent-encoded).
        path = Path("/" + unquote(message.get("url", "").removeprefix("file:")).lstrip("/"))
        findings.append(
            Finding(
                file=by_path.get(path, path),
                check=NU,
                message=message.get("message", ""),
                where=f"line {message.get('lastLine', '?')}, column {message.get('firstColumn', '?')}",
                excerpt=message.get("extract", ""),
            )
        )
    return findings


def axe_violations(files: Sequence[Path]) -> list[Finding]:
    """axe-core's WCAG 2.1 A/AA violations in ``files`` at 1280 and 390 CSS pixels wide, and
    horizontal scrolling at 320 (axe.mjs: one Chromium for all files)."""
    if not files:
        return []
    done = subprocess.run(
        ["node", str(AXE_SCRIPT), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"axe.mjs failed (exit {done.returncode}): {done.stderr[-2000:]}")
    by_name = {str(file): file for file in files}
    findings = []
    for result in json.loads(done.stdout)["results"]:
        check = f"{result['check']} {result['width']}"
        for violation in result["violations"]:
            nodes = violation["nodes"]
            findings.append(
                Finding(
                    file=by_name[result["file"]],
                    check=check,
                    message=f"{violation['id']} ({violation['impact']}): {violation['help']}",
                    where=", ".join(node["target"] for node in nodes[:5])
                    + (f" and {len(nodes) - 5} more" if len(nodes) > 5 else ""),
                    excerpt=nodes[0]["html"] if nodes else "",
                )
            )
    return findings


def all_findings(files: Sequence[Path]) -> list[Finding]:
    return nu_errors(files) + axe_violations(files)


def table(files: Sequence[Path], findings: list[Finding]) -> str:
    """Errors and violations per file and check, one line a file."""
    name_width = max([len(file.name) for file in files] + [4])
    lines = [f"{'file':<{name_width}}" + "".join(f" {check:>11}" for check in CHECKS)]
    for file in files:
        counts = [sum(1 for f in findings if f.file == file and f.check == check) for check in CHECKS]
        lines.append(f"{file.name:<{name_width}}" + "".join(f" {count:>11}" for count in counts))
    return "\n".join(lines)


def details(findings: list[Finding]) -> str:
    """Each finding with where it is, to fix it."""
    return "\n".join(
        f"{f.file.name} [{f.check}] {f.where}: {f.message}" + (f"\n    {f.excerpt!r}" if f.excerpt else "")
        for f in findings
    )
