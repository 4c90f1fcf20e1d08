"""SQLAlchemy models, engine and session setup, and the schema-revision check."""
