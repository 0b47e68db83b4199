//! What can go wrong, as data: each problem carries what a person needs to
//! act on it, and `text` says it in their language.

pub mod command;
pub mod import;
pub mod store;
pub mod target;

pub use command::{CommandError, CreateError};
pub use import::{ImportError, RowProblem};
pub use store::{Brought, DiskChange, Holder, IoAction, ReadOnly, StoreError, Trouble};
pub use target::{FileKind, NodeKind, TargetProblem};
