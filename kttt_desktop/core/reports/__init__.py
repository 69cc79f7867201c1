"""Reports: indicators against the plan's targets, summaries for printing, Excel in and out."""
