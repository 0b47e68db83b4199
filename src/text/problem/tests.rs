use std::io;
use std::path::PathBuf;

use crate::domain::problem::{
    Broken, CommandError, IdOf, IoAction, ParseHint, Problem, RowProblem, StoreError, TargetProblem,
};
use crate::domain::{ItemId, NoteId, ParticipantId};
use crate::text::{EN, ID};

fn io(action: IoAction) -> StoreError {
    let source = io::Error::other("boom");
    StoreError::Io { path: PathBuf::from("s.ron"), action, source }
}

#[test]
fn the_failed_action_is_said_in_each_language() {
    assert_eq!((EN.store_error)(&io(IoAction::Reading)), "s.ron: reading failed: boom");
    assert_eq!((ID.store_error)(&io(IoAction::Reading)), "s.ron: gagal membaca: kesalahan sistem (boom)");
    assert_eq!((EN.store_error)(&io(IoAction::CreatingTheFolder)), "s.ron: creating the folder failed: boom");
    assert_eq!(
        (ID.store_error)(&io(IoAction::CheckingBeforeSaving)),
        "s.ron: gagal memeriksa sebelum menyimpan: kesalahan sistem (boom)"
    );
    assert_eq!(io(IoAction::Saving).to_string(), (EN.store_error)(&io(IoAction::Saving)));
}

#[test]
fn parse_hints_are_said_in_each_language() {
    let hint = ParseHint::UnknownField { found: "nme".into(), expected: vec!["name".into(), "id".into()] };
    let e = StoreError::Parse { path: PathBuf::from("s.ron"), line: 3, col: 5, hint };
    assert_eq!(
        (EN.store_error)(&e),
        "s.ron:3:5: `nme` is not a field sigap knows here (expected one of: name, id); the file was not changed"
    );
    assert_eq!(
        (ID.store_error)(&e),
        "s.ron:3:5: `nme` bukan isian yang dikenal sigap di sini (yang dapat dipakai: name, id); berkas tidak diubah"
    );
    let e = StoreError::Parse { path: PathBuf::from("s.ron"), line: 1, col: 1, hint: ParseHint::NotUtf8 };
    assert!(e.to_string().contains("this is not UTF-8 text (the file may be damaged)"));
}

#[test]
fn broken_rules_read_as_sigap_check_prints_them() {
    let said = |rule| Problem { rule, anchor: None }.to_string();
    assert_eq!(
        said(Broken::DuplicateId { of: IdOf::AgendaItem, id: "a01".into() }),
        "agenda item id a01 is used twice"
    );
    assert_eq!(said(Broken::NoSessionId), "the session has no id");
    assert_eq!(
        said(Broken::NoteOnMissingItem { note: NoteId("n1".into()), item: ItemId("a09".into()) }),
        "note n1 points at agenda item a09, which does not exist"
    );
    assert_eq!(
        said(Broken::MarkForStranger { participant: ParticipantId("p009".into()) }),
        "attendance for p009, who is not on the roster"
    );
}

#[test]
fn targets_and_rows_are_said_in_each_language() {
    let held = StoreError::Target { path: PathBuf::from("x.csv"), problem: TargetProblem::Held };
    assert_eq!((EN.store_error)(&held), "x.csv: another sigap has it open; not written over");
    assert_eq!((ID.store_error)(&held), "x.csv: sigap lain sedang membukanya; tidak ditimpa");
    assert_eq!((EN.row_problem)(&RowProblem::NoName), "the name is empty");
    assert_eq!((ID.row_problem)(&RowProblem::NoName), "nama kosong");
}

#[test]
fn command_errors_read_the_same_through_text_and_display() {
    let e = CommandError::NoFile { path: PathBuf::from("r.csv") };
    assert_eq!(e.to_string(), "r.csv: no such file");
    assert_eq!(EN.command_error(&e), e.to_string());
    assert_eq!(CommandError::NoProgramPath.to_string(), EN.safety.no_exe);
}

#[test]
fn a_skipped_key_setting_is_said_in_each_language() {
    use crate::domain::problem::KeyError;
    let unknown = KeyError::UnknownAction("mark_presnt".into());
    assert_eq!(
        unknown.to_string(),
        "\"mark_presnt\" is not an action of the key table (sigap config lists them)"
    );
    assert_eq!(unknown.to_string(), (EN.room.key_problem)(&unknown));
    let no_keys = KeyError::NoKeys { action: "toggle_timer".into() };
    assert_eq!((ID.room.key_problem)(&no_keys), "toggle_timer: tidak ada tombol yang diberikan");
    let bad = KeyError::UnknownKey { action: "undo".into(), key: "Hyper+q".into() };
    assert!((ID.room.key_problem)(&bad).starts_with("undo: \"Hyper+q\" bukan tombol"));
}
