"""The command line on a register on a PostgreSQL server: every command takes a URL where it takes
a file (issue 17), and a server that cannot be reached is one sentence and exit code 2."""

from __future__ import annotations

import socket
import subprocess
import sys

from ropa_desktop.register import schema


def test_new_info_check_and_verify_take_a_url(ropa, postgres_url):
    code, out, err = ropa("new", postgres_url, "--org", "Team B.V.", "--privacy-email", "privacy@team.example")
    assert code == 0, err
    code, out, err = ropa("info", postgres_url)
    assert code == 0, err
    assert "Team B.V." in out and f"Schema version:    {schema.head_revision()}" in out
    code, out, err = ropa("verify", postgres_url)
    assert code == 0 and "The change log is intact" in out, err
    # Near miss: a second `ropa new` on the same database refuses and leaves it as it is.
    code, out, err = ropa("new", postgres_url, "--org", "Other B.V.")
    assert code == 2 and "not empty" in err
    assert "Team B.V." in ropa("info", postgres_url)[1]


def test_the_demo_on_a_server_exports_checks_and_writes_its_statement(ropa, postgres_url, tmp_path):
    assert ropa("demo", postgres_url)[0] == 0
    code, out, err = ropa("check", postgres_url)
    assert code in (0, 1) and "Connaxis" not in err, err  # findings, no failure
    workbook = tmp_path / "register.xlsx"
    code, _out, err = ropa("export", postgres_url, "--format", "xlsx", "-o", str(workbook))
    assert code == 0 and workbook.stat().st_size > 0, err
    code, out, err = ropa("statement", postgres_url)
    assert code == 0 and "Connaxis" in out, err
    code, out, err = ropa("establish", postgres_url, "Vastgesteld door de FG")
    assert code == 0, err
    code, out, err = ropa("versions", postgres_url)
    assert code == 0 and "Vastgesteld door de FG" in out, err
    code, out, err = ropa("history", postgres_url)
    assert code == 0 and "postgres" in out, err  # changes recorded as made by the database role


def test_a_server_that_cannot_be_reached_is_one_sentence_and_exit_code_2():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://postgres@127.0.0.1:{port}/register"
    done = subprocess.run(
        [sys.executable, "-m", "ropa_desktop.cli", "info", url], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"ropa: {url}: the database server cannot be reached (is it running, and is the address right?)\n"
    )
    assert done.stdout == ""
