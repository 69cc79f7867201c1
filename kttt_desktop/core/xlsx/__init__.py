"""Excel in and out: the workbook template, the export, and the checked import of officers' lists."""
