"""Sync: CRM-shaped sign-up exports, survey answers with a codebook, PDF reports and paper
forms, and laptop-to-laptop bundles. Everything here works offline."""
