"""The public privacy statement: built once from the register as a document, then rendered
to HTML, Markdown, plain text or PDF."""

from .builder import build_statement
from .render import FORMATS, render

__all__ = ["FORMATS", "build_statement", "render"]
