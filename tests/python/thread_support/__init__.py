"""Support modules for the thread_* tests (not run by themselves)."""
