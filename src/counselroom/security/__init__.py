"""Key slots, the OS key store, login throttling and the audit chain."""
