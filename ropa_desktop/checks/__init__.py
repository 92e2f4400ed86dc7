"""Compliance rules over the register: pure functions returning findings. No Qt."""
