"""The concurrent package (its futures module runs work on thread pools)."""
