"""inspection-kg."""
