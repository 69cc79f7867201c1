"""Printed pages: the summary report, an organisation's record and its member list, laid
out as Vietnamese administrative documents on A4 and written to PDF or a printer."""
