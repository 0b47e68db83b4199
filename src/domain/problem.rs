//! What can go wrong, as data: each problem carries what a person needs to
//! act on it, and `text` says it in their language.

pub mod command;
pub mod import;
pub mod keys;
pub mod parse;
pub mod store;
pub mod target;
pub mod timetable;
pub mod validate;

pub use command::{CommandError, CreateError, FolderSource, Kept};
pub use import::{ImportError, ImportWarning, NipProblem, RowProblem};
pub use keys::KeyError;
pub use parse::{ParseHint, Token};
pub use store::{Brought, DiskChange, Holder, IoAction, ReadOnly, StoreError, Trouble};
pub use target::{FileKind, NodeKind, TargetProblem};
pub use timetable::{Place, TimetableError, TimetableProblem, TimetableWarning};
pub use validate::{Broken, IdOf, Problem};
