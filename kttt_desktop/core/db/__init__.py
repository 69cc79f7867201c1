"""SQLite storage: opening the file safely, schema migrations, backups."""
