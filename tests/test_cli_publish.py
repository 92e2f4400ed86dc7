"""`ropa publish`, `ropa publications` and `ropa publication`: the statement published and read
back exactly as published, without a window (issue 16 point 5)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date

from ropa_desktop.register import publications
from ropa_desktop.register.storage import open_register


def _demo(demo_path, tmp_path):
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    return path


def _count(path) -> int:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute("SELECT count(*) FROM publications").fetchone()[0]


def test_publish_refuses_a_register_with_errors(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    code, out, err = ropa("publish", str(path))
    assert (code, out) == (1, "")
    assert err.startswith("ropa: the statement was not published: the checks find 10 error(s)")
    assert "--force" in err.splitlines()[0] and "[art. 44–49 AVG]" in err
    assert _count(path) == 0


def test_publish_with_force_stores_a_publication(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    code, out, err = ropa("publish", str(path), "--force")
    assert (code, err) == (0, "")
    assert out.strip() == (
        f"Published the privacy statement as publication 1 of {date.today().isoformat()} "
        "(nl, en; HTML and PDF) despite errors (--force)"
    )
    assert _count(path) == 1
    code, out, err = ropa("verify", str(path))
    assert code == 0


def test_publications_lists_each_with_date_and_languages(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    code, out, _err = ropa("publications", str(path))
    assert (code, out) == (0, "The statement has not been published yet.\n")
    ropa("publish", str(path), "--force")
    ropa("publish", str(path), "--force")
    code, out, _err = ropa("publications", str(path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split()[:2] == ["1", date.today().isoformat()]
    assert "[en, nl]" in lines[1] and "forced despite errors" in lines[1] and "ALTERED" not in out


def test_publication_writes_the_stored_bytes_exactly(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    ropa("publish", str(path), "--force")
    with open_register(path) as register, register.session() as session:
        stored = {
            (lang, fmt): publications.document(session, 1, lang, fmt)
            for lang in ("nl", "en")
            for fmt in ("html", "pdf")
        }
    for (lang, fmt), data in stored.items():
        target = tmp_path / f"out-{lang}.{fmt}"
        code, _out, err = ropa("publication", str(path), "1", "--output", str(target), "--lang", lang, "--format", fmt)
        assert code == 0, err
        assert target.read_bytes() == data
    assert stored[("nl", "pdf")].startswith(b"%PDF")


def test_publication_of_a_number_that_does_not_exist_writes_nothing(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    target = tmp_path / "none.html"
    code, _out, err = ropa("publication", str(path), "3", "-o", str(target))
    assert code == 2 and "there is no publication 3" in err
    assert not target.exists()


def test_publication_shows_altered_documents_in_the_list(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    ropa("publish", str(path), "--force")
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("UPDATE published_documents SET pdf = CAST('%PDF-x' AS BLOB) WHERE language = 'nl'")
        raw.commit()
    _code, out, _err = ropa("publications", str(path))
    assert "ALTERED outside ROPA Desktop: nl pdf" in out


def test_info_shows_the_last_publication_date(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    _code, out, _err = ropa("info", str(path))
    assert "Statement date:    2018-07-01" in out  # typed, before the first publication
    ropa("publish", str(path), "--force")
    _code, out, _err = ropa("info", str(path))
    assert f"Statement date:    {date.today().isoformat()}" in out
