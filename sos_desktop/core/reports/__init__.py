"""PDF reports (visit_report, season_report) and paper forms (paper), built with ReportLab from
the report tallies (tallies), in fonts that cover Spanish and names like Nguyễn."""
