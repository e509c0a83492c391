"""Types of ``counselroom.resources`` for mypy, which cannot follow setup.py's mapping of it onto resources/."""

from pathlib import Path

RESOURCES_DIR: Path

def resource_path(*parts: str) -> Path: ...
