"""Qt widgets, dialogs and the text people read. Knows services, never SQL."""
