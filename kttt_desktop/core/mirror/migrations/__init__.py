"""Numbered schema migrations of the PostgreSQL mirror (`NNNN_name.sql`), like the SQLite ones:
a released file is never edited, a later change adds the next number."""
