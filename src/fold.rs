//! Text folding lives with the domain, whose merge compares names by it.

pub use crate::domain::fold::{fold, slug};
