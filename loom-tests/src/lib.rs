//! Shared helpers for the loom models (see `tests/`).
