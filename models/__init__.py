"""Pipeline assets of focusfive_nlp: patterns, lexicons and the pipeline config (data, not code)."""
