//! The cycle collector (issue 6): not written yet. The crate exists so the
//! workspace has its final shape and the dependency direction is fixed.
