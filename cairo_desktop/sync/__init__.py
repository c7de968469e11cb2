"""Sync packages: Excel workbooks that carry revisions between offices and coordinators."""
