//! The store on real folders: atomic saves, one writer, files it could not
//! read left exactly as they were.

#[path = "support/builders.rs"]
mod builders;

use std::fs;
use std::path::Path;

use sigap::domain::Session;
use sigap::store::lock::lock_path;
use sigap::store::{ReadOnly, Store, StoreError, check};

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn created(store: &Store) -> (std::path::PathBuf, Session) {
    let session = builders::full_session();
    let (path, _file) = store.create(&session).unwrap();
    (path, session)
}

#[test]
fn create_puts_the_session_under_its_workshop_with_date_start_and_title() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, session) = created(&store);
    assert_eq!(path, dir.path().join("bimtek-sekcam-jatim-2017/2017-05-08-0800-hari-1-kepemimpinan.ron"));
    assert_eq!(store.read(&path).unwrap(), session);
}

#[test]
fn create_never_writes_over_an_existing_session() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (first, _) = created(&store);
    let before = fs::read(&first).unwrap();
    let (second, _) = created(&store);
    assert_eq!(second.file_name().unwrap(), "2017-05-08-0800-hari-1-kepemimpinan-2.ron");
    assert_eq!(fs::read(&first).unwrap(), before);
}

#[test]
fn a_save_leaves_no_temporary_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, mut session) = created(&store);
    let (_, file) = store.open(&path).unwrap();
    session.title.push_str(" (revisi)");
    store.save(&file, &session).unwrap();
    let folder = path.parent().unwrap();
    let lock = lock_path(&path).file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(names_in(folder), vec![lock, path.file_name().unwrap().to_string_lossy().into_owned()]);
    assert_eq!(store.read(&path).unwrap().title, "Hari 1: Kepemimpinan (revisi)");
}

#[cfg(unix)]
#[test]
fn a_new_session_is_its_owners_and_a_save_keeps_what_the_file_had() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, session) = created(&store);
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "NIPs and phone numbers are nobody else's");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let (_, file) = store.open(&path).unwrap();
    store.save(&file, &session).unwrap();
    assert_eq!(mode(&path), 0o644, "a file shared on purpose stays shared");
}

#[test]
fn a_second_writer_is_refused_and_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, session) = created(&store);
    let (_, first) = store.open(&path).unwrap();
    assert_eq!(first.read_only(), None);
    let (_, second) = store.open(&path).unwrap();
    assert_eq!(second.read_only(), Some(ReadOnly::Locked));
    let err = store.save(&second, &session).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
    assert!(err.to_string().contains("another sigap has it open"));
    drop(first);
    let (_, third) = store.open(&path).unwrap();
    assert_eq!(third.read_only(), None, "the lock is released when the first writer closes");
}

#[test]
fn an_unparseable_file_names_line_and_column_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, _) = created(&store);
    let text = fs::read_to_string(&path).unwrap().replacen("    title:", "    title", 1);
    fs::write(&path, &text).unwrap();
    let err = store.open(&path).unwrap_err();
    let StoreError::Parse { line, col, .. } = &err else { panic!("{err}") };
    assert_eq!((*line, *col), (5, 10));
    assert!(err.to_string().contains("the file was not changed"), "{err}");
    let findings = check::check_file(&path, &sigap::text::EN);
    assert_eq!(findings.len(), 1);
    assert!(findings[0].to_string().starts_with(&format!("{}:5:10: ", path.display())), "{}", findings[0]);
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_file_from_a_newer_version_is_refused_without_touching_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, _) = created(&store);
    let text = fs::read_to_string(&path).unwrap().replacen(
        &format!("version: {},", sigap::domain::FORMAT_VERSION),
        "version: 7,\n    colour: Red,",
        1,
    );
    fs::write(&path, &text).unwrap();
    let err = store.open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Newer { version: 7, .. }), "{err}");
    assert!(err.to_string().contains("newer sigap"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    let entry = store.list().into_iter().next().unwrap();
    assert!(matches!(entry.summary, Err(StoreError::Newer { .. })));
}

#[test]
fn an_unknown_field_is_an_error_not_silently_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, _) = created(&store);
    let text = fs::read_to_string(&path).unwrap().replacen("    venue:", "    venu:", 1);
    fs::write(&path, &text).unwrap();
    let err = store.open(&path).unwrap_err();
    assert!(err.to_string().contains("`venu` is not a field"), "{err}");
}

#[test]
fn listing_counts_without_reading_notes_and_shows_unreadable_files_last() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, session) = created(&store);
    let mut day2 = session.clone();
    day2.planned_start = builders::at("08:00") + chrono::Duration::days(1);
    day2.title = "Hari 2".into();
    store.create(&day2).unwrap();
    let broken = dir.path().join("bimtek-sekcam-jatim-2017/broken.ron");
    fs::write(&broken, "(version: 1, id: ").unwrap();
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates/not-a-session.ron"), "()").unwrap();
    let entries = store.list();
    assert_eq!(entries.len(), 3);
    let first = entries[0].summary.as_ref().unwrap();
    assert_eq!(first.title, "Hari 2", "newest first");
    let second = entries[1].summary.as_ref().unwrap();
    assert_eq!(second.path, path);
    assert_eq!((second.roster, second.in_room, second.notes, second.agenda_items), (3, 3, 3, 4));
    assert_eq!(entries[2].path, broken);
    assert!(entries[2].summary.is_err());
}

/// Folders made before folding learnt a letter keep their sessions together:
/// `Đà Nẵng` once made `da-n-ng`, and now makes `da-nang`.
#[test]
fn a_workshop_keeps_its_folder_when_its_name_now_makes_another_slug() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut session = builders::full_session();
    session.workshop = "Bimtek Đà Nẵng".to_string();
    let (path, _file) = store.create(&session).unwrap();
    let old_folder = dir.path().join("bimtek-da-n-ng");
    fs::rename(path.parent().unwrap(), &old_folder).unwrap();

    let mut next = builders::full_session();
    next.workshop = session.workshop.clone();
    next.id = format!("{}-2", next.id);
    let (second, _file) = store.create(&next).unwrap();
    assert_eq!(second.parent().unwrap(), old_folder, "the new session joins the old folder");

    let (sessions, errors) = store.read_workshop("bimtek-da-nang");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(sessions.len(), 2);
    assert!(sessions.iter().all(|(_, s)| s.class.is_none()), "the old folder is no class");
}
