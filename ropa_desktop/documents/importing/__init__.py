"""Reading spreadsheets into the register: our own workbooks exactly, foreign ones by their headers."""
