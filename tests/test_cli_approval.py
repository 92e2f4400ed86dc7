"""`ropa approve` and `ropa approval`: approval per activity from the command line (issue 16)."""

from __future__ import annotations

import shutil

from ropa_desktop.register import approval, kinds, operations
from ropa_desktop.register.models import ApprovalState
from ropa_desktop.register.storage import open_register


def _demo(demo_path, tmp_path):
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    return path


def _state(path, name):
    with open_register(path) as register, register.session() as session:
        item = approval.find_activity(session, name)
        return item, approval.read(session, [item])[item]


def test_cli_approve_refuses_a_concept_then_establishes_after_review(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    code, out, err = ropa("approve", str(path), "Onze dienstverlening")
    assert code != 0 and "submit it for review first" in err
    assert _state(path, "Onze dienstverlening")[1].state == ApprovalState.CONCEPT
    assert ropa("approve", str(path), "onze dienstverlening", "--step", "submit")[:2] == (
        0,
        "Onze dienstverlening: in review\n",
    )
    code, out, err = ropa("approve", str(path), "Onze dienstverlening", "--comment", "MT 2 december")
    assert (code, out, err) == (0, "Onze dienstverlening: established\n", "")
    assert _state(path, "Onze dienstverlening")[1].state == ApprovalState.ESTABLISHED
    code, out, _ = ropa("history", str(path), "--item", "Onze dienstverlening")
    assert "Approval: \u201cIn review\u201d \u2192 \u201cEstablished\u201d" in out.splitlines()[0]
    assert "MT 2 december" in out.splitlines()[0]


def test_cli_approval_lists_states_and_filters_changed(demo_path, tmp_path, ropa):
    path = _demo(demo_path, tmp_path)
    for step in ("submit", "approve"):
        ropa("approve", str(path), "Onze dienstverlening", "--step", step)
        ropa("approve", str(path), "Wettelijke plichten", "--step", step)
    item, _ = _state(path, "Wettelijke plichten")
    with open_register(path) as register:
        operations.save(register, kinds.ACTIVITY, item, {"owner": "Juridische zaken"})
    code, out, _ = ropa("approval", str(path))
    lines = out.splitlines()
    assert code == 0 and any(line.startswith("established ") and "Onze dienstverlening" in line for line in lines)
    assert any(line.startswith(approval.CHANGED_WORDS) and "Wettelijke plichten" in line for line in lines)
    assert any(line.startswith("concept ") for line in lines)
    code, out, _ = ropa("approval", str(path), "--state", "changed")
    assert len(out.splitlines()) == 1 and "Wettelijke plichten" in out
    code, out, _ = ropa("approval", str(path), "--state", "withdrawn")  # near miss: none withdrawn
    assert out.strip() == "No activities in that state."


def test_cli_approve_names_an_unknown_activity(demo_path, tmp_path, ropa):
    code, _out, err = ropa("approve", str(_demo(demo_path, tmp_path)), "Bestaat niet")
    assert code != 0 and "no activity matches" in err
