"""PDF summaries and activity sheets (reportlab)."""
