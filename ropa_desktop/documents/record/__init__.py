"""The Art. 30 record as tables of labelled values: what the Excel workbook and the PDF
dossier both print, so the two can never disagree."""
