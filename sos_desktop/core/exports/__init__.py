"""Files that leave the laptop: sign-ups for a CRM (signups, profiles, dedupe, columns,
crm_marks), survey answers with their codebook (responses, codebook), CSV cells spreadsheets
cannot execute (csv_safety) and the receipt of every file written (receipts)."""
