"""The merged register mirrored into PostgreSQL for the offices above the commune.

`layout` says which table and typed column each record field becomes; `schema` brings the
PostgreSQL side to the program's version and registers the source sites; `source` reads the
SQLite register; `writer` loads one run into PostgreSQL; `service` ties a run together.
"""
