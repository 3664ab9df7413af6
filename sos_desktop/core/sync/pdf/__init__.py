"""PDF reports and paper forms (ReportLab), in fonts that cover Spanish and names like Nguyễn."""
