"""Editors built from field specs: one form engine, one spec per kind of item."""
