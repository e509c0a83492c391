"""The few colours the screens use for hints and outcomes, so they read the same everywhere."""

HINT_STYLE = "color: #5f6368;"
OK_STYLE = "color: #1e7d32;"
ERROR_STYLE = "color: #b3261e;"
BOLD = " font-weight: 600;"
