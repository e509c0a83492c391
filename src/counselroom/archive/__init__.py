"""Quarterly archive export and reader, local backups."""
