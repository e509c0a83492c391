"""Plain dataclasses, enums and rules. No Qt, no SQL, no I/O."""
