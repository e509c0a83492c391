"""Use cases: authorization, transaction and audit around the domain rules."""
