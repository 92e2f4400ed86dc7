"""The sentences of the editors' inline checks (checks.form_rules), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..checks import form_rules
from ..checks.form_rules import Problem

translate = QCoreApplication.translate


def describe(problem: Problem) -> str:
    texts = {
        form_rules.PURPOSE_WITHOUT_BASIS: translate("Problems", "This purpose needs a legal basis (Art. 6(1))."),
        form_rules.INTEREST_NOT_DESCRIBED: translate(
            "Problems", "Describe the legitimate interest this purpose relies on (Art. 13(1)(d))."
        ),
        form_rules.TRANSFER_WITHOUT_TOOL: translate(
            "Problems", "This country has no adequacy decision: choose a transfer tool (Art. 46 or 49)."
        ),
        form_rules.TRANSFER_WITHOUT_COUNTRY: translate("Problems", "Choose the country the data goes to."),
        form_rules.PROCESSOR_WITHOUT_CONTROLLER: translate(
            "Problems", "As processor, name the controller(s) we process for (Art. 30(2)(a))."
        ),
        form_rules.NAME_MISSING: translate("Problems", "Give the activity a name."),
        form_rules.TEXT_TOO_LONG: translate(
            "Problems", "This text is too long to be saved: at most %1 characters."
        ).replace("%1", problem.detail),
        form_rules.TEXT_REFUSED_CHARACTER: translate(
            "Problems", "This text holds a character that cannot be saved (%1): remove it."
        ).replace("%1", problem.detail),
    }
    return texts.get(problem.code, problem.code)
