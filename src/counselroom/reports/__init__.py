"""Printable documents (PDF) built in memory with reportlab."""
