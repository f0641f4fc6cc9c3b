"""Stage: repair."""
