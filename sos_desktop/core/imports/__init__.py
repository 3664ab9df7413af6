"""Typed-up paper into the database: sign-in sheets (signups) and paper surveys (responses),
both read by one CSV reader (csv_reader) that names every bad cell by line and column."""
