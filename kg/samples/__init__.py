"""The embedded sample report (Ofsted, 2012)."""
