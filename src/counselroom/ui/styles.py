"""The few colours the screens use for hints and outcomes, so they read the same everywhere."""

HINT_STYLE = "color: #5f6368;"
OK_STYLE = "color: #1e7d32;"
ERROR_STYLE = "color: #b3261e;"
# A field with a problem: outlined in the error colour (its message is on the line under it).
INVALID_BORDER = "border: 1px solid #b3261e; border-radius: 3px;"
BOLD = " font-weight: 600;"
