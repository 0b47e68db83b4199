//! Every file operation of a save made to fail, one at a time, once and
//! then for ever: the session file is always whole (the old version or the
//! new one), the caller hears why, and saving works again once the fault is
//! gone.

#[path = "support/builders.rs"]
mod builders;

use std::fs::{self, File};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use sigap::domain::Session;
use sigap::store::{FileSystem, OsFileSystem, Store, format};
use sigap::text::EN;
use sigap::tui::message::Message;
use sigap::tui::writer::Writer;

const NEVER: usize = usize::MAX;

/// The real files, except that the k-th operation (counting from when the
/// fault is armed) fails: once, or that one and every one after it.
#[derive(Debug)]
struct Faulty {
    calls: AtomicUsize,
    fail_at: AtomicUsize,
    forever: AtomicBool,
    kind: Mutex<ErrorKind>,
    /// The operations of the last run, by name, for the failure messages.
    seen: Mutex<Vec<&'static str>>,
}

impl Faulty {
    fn new() -> Arc<Faulty> {
        Arc::new(Faulty {
            calls: AtomicUsize::new(0),
            fail_at: AtomicUsize::new(NEVER),
            forever: AtomicBool::new(false),
            kind: Mutex::new(ErrorKind::Other),
            seen: Mutex::new(Vec::new()),
        })
    }

    fn arm(&self, k: usize, forever: bool, kind: ErrorKind) {
        self.calls.store(0, Ordering::SeqCst);
        self.seen.lock().unwrap().clear();
        self.forever.store(forever, Ordering::SeqCst);
        *self.kind.lock().unwrap() = kind;
        self.fail_at.store(k, Ordering::SeqCst);
    }

    fn disarm(&self) {
        self.fail_at.store(NEVER, Ordering::SeqCst);
    }

    fn seen(&self) -> Vec<&'static str> {
        self.seen.lock().unwrap().clone()
    }

    fn gate(&self, op: &'static str) -> io::Result<()> {
        self.seen.lock().unwrap().push(op);
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        let at = self.fail_at.load(Ordering::SeqCst);
        if n == at || (self.forever.load(Ordering::SeqCst) && at != NEVER && n >= at) {
            return Err(io::Error::new(*self.kind.lock().unwrap(), format!("injected fault in {op}")));
        }
        Ok(())
    }
}

impl FileSystem for Faulty {
    fn create_temp(&self, dir: &Path, name: &str) -> io::Result<(File, PathBuf)> {
        self.gate("create temp")?;
        OsFileSystem.create_temp(dir, name)
    }

    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if let Err(e) = self.gate("write") {
            // A full disk takes part of the bytes before it refuses the rest.
            let _ = OsFileSystem.write(file, &bytes[..bytes.len() / 2]);
            return Err(e);
        }
        OsFileSystem.write(file, bytes)
    }

    fn copy_permissions(&self, like: &Path, file: &File) -> io::Result<()> {
        self.gate("copy permissions")?;
        OsFileSystem.copy_permissions(like, file)
    }

    fn sync_file(&self, file: &File) -> io::Result<()> {
        self.gate("fsync file")?;
        OsFileSystem.sync_file(file)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.gate("rename")?;
        OsFileSystem.rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.gate("fsync folder")?;
        OsFileSystem.sync_dir(dir)
    }

    fn try_lock(&self, lock_file: &Path) -> io::Result<Option<File>> {
        self.gate("lock")?;
        OsFileSystem.try_lock(lock_file)
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.gate("read")?;
        OsFileSystem.read(path)
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn encoded(session: &Session) -> Vec<u8> {
    format::encode(session).unwrap().into_bytes()
}

/// The file holds exactly one of the two versions, and it loads.
#[track_caller]
fn whole(store: &Store, path: &Path, old: &[u8], new: &[u8], what: &str) {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{what}: the session file is gone: {e}"));
    assert!(bytes == old || bytes == new, "{what}: the file is neither the old nor the new version");
    // Read as the next sigap would, past the fault still armed in `store`.
    Store::new(store.root()).read(path).unwrap_or_else(|e| panic!("{what}: the file does not load: {e}"));
}

/// Only the session and its lock in the folder: no temporary file left.
#[track_caller]
fn no_temp_left(path: &Path, what: &str) {
    let folder = path.parent().unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(names_in(folder), vec![format!(".{name}.lock"), name], "{what}");
}

/// How many operations a save takes when nothing fails.
fn operations_of_a_save() -> Vec<&'static str> {
    let dir = tempfile::tempdir().unwrap();
    let faulty = Faulty::new();
    let store = Store::with_file_system(dir.path(), faulty.clone());
    let (path, _created) = store.create(&builders::full_session()).unwrap();
    drop(_created);
    let (session, file) = store.open(&path).unwrap();
    faulty.arm(NEVER, false, ErrorKind::Other);
    store.save(&file, &session).unwrap();
    faulty.seen()
}

#[test]
fn a_save_fails_cleanly_at_every_operation_once_and_for_ever() {
    let ops = operations_of_a_save();
    // The file is read first, to see whether another program changed it.
    assert_eq!(
        ops,
        ["read", "create temp", "write", "copy permissions", "fsync file", "rename", "fsync folder"]
    );
    let mut tried = 0;
    for forever in [false, true] {
        for k in 1..=ops.len() {
            let what = format!(
                "operation {k} ({}) failing {}",
                ops[k - 1],
                if forever { "for ever" } else { "once" }
            );
            let dir = tempfile::tempdir().unwrap();
            let faulty = Faulty::new();
            let store = Store::with_file_system(dir.path(), faulty.clone());
            let (path, created) = store.create(&builders::full_session()).unwrap();
            drop(created);
            let (old_session, file) = store.open(&path).unwrap();
            let old = fs::read(&path).unwrap();
            let mut session = old_session.clone();
            session.title.push_str(" (revisi)");
            let new = encoded(&session);

            faulty.arm(k, forever, ErrorKind::Other);
            let err = store.save(&file, &session).expect_err(&what);
            let message = err.to_string();
            assert!(
                message.contains(&path.display().to_string())
                    && message.contains("saving failed")
                    && message.contains(&format!("injected fault in {}", ops[k - 1])),
                "{what}: the caller is told where and why: {message}"
            );
            whole(&store, &path, &old, &new, &what);
            no_temp_left(&path, &what);

            if forever {
                let again = store.save(&file, &session);
                assert!(again.is_err(), "{what}: the second try meets the fault too");
                whole(&store, &path, &old, &new, &what);
                no_temp_left(&path, &what);
            }
            faulty.disarm();
            store.save(&file, &session).unwrap_or_else(|e| panic!("{what}: the fault is gone, yet: {e}"));
            assert_eq!(fs::read(&path).unwrap(), new, "{what}: the later save wrote the new version");
            no_temp_left(&path, &what);
            tried += 1;
        }
    }
    eprintln!("fault points tried on save: {tried}");
    assert_eq!(tried, 2 * ops.len());
}

#[test]
fn creating_a_session_fails_cleanly_at_every_operation() {
    // The side file's lock, the outer lock, then the six operations of the
    // first save (a new file: nothing to read before it).
    for forever in [false, true] {
        for k in 1..=8 {
            let what =
                format!("operation {k} of create failing {}", if forever { "for ever" } else { "once" });
            let dir = tempfile::tempdir().unwrap();
            let faulty = Faulty::new();
            let store = Store::with_file_system(dir.path(), faulty.clone());
            let session = builders::full_session();
            faulty.arm(k, forever, ErrorKind::Other);
            let err = store.create(&session).expect_err(&what);
            assert!(err.to_string().contains("injected fault"), "{what}: {err}");
            let folder = dir.path().join("bimtek-sekcam-jatim-2017");
            let wanted = folder.join("2017-05-08-0800-hari-1-kepemimpinan.ron");
            if wanted.exists() {
                // Only the last step (the folder's fsync) can fail after the rename.
                assert_eq!(fs::read(&wanted).unwrap(), encoded(&session), "{what}");
            }
            assert!(
                names_in(&folder).iter().all(|n| !n.ends_with(".tmp")),
                "{what}: a temporary file was left: {:?}",
                names_in(&folder)
            );
            faulty.disarm();
            let (path, _file) = store.create(&session).unwrap_or_else(|e| panic!("{what}: then {e}"));
            assert_eq!(store.read(&path).unwrap(), session, "{what}");
        }
    }
}

#[test]
fn a_lock_that_cannot_be_taken_is_an_error_not_a_silent_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let faulty = Faulty::new();
    let store = Store::with_file_system(dir.path(), faulty.clone());
    let (path, created) = store.create(&builders::full_session()).unwrap();
    drop(created);
    // The first operation of opening reads the file; the second takes the lock.
    faulty.arm(2, false, ErrorKind::PermissionDenied);
    let err = store.open(&path).expect_err("the lock failed");
    assert!(err.to_string().contains("locking failed"), "{err}");
    let (_, file) = store.open(&path).unwrap();
    assert_eq!(file.read_only(), None, "once the fault is gone the lock is taken");
}

#[test]
fn a_full_disk_mid_write_keeps_the_old_version() {
    let dir = tempfile::tempdir().unwrap();
    let faulty = Faulty::new();
    let store = Store::with_file_system(dir.path(), faulty.clone());
    let (path, created) = store.create(&builders::full_session()).unwrap();
    drop(created);
    let (mut session, file) = store.open(&path).unwrap();
    let old = fs::read(&path).unwrap();
    session.title.push_str(" (revisi)");
    faulty.arm(2, true, ErrorKind::StorageFull);
    let err = store.save(&file, &session).unwrap_err();
    assert_eq!(fs::read(&path).unwrap(), old);
    assert!(err.to_string().contains("saving failed"), "{err}");
    assert_eq!(err.trouble(), Some(sigap::store::Trouble::DiskFull), "{err}");
}

/// The run view's own save path: the writer thread, through the store.
#[test]
fn the_run_views_writer_fails_cleanly_at_every_operation_and_keeps_a_copy() {
    let ops = operations_of_a_save();
    for forever in [false, true] {
        for k in 1..=ops.len() {
            let what = format!("writer, operation {k} ({}) failing, for ever: {forever}", ops[k - 1]);
            let dir = tempfile::tempdir().unwrap();
            let faulty = Faulty::new();
            let store = Store::with_file_system(dir.path().join("sessions"), faulty.clone());
            let (path, created) = store.create(&builders::full_session()).unwrap();
            drop(created);
            let (old_session, file) = store.open(&path).unwrap();
            let file = Arc::new(file);
            let old = fs::read(&path).unwrap();
            let mut session = old_session.clone();
            session.title.push_str(" (revisi)");
            let new = encoded(&session);
            let copies = dir.path().join("copies");
            let mut writer = Writer::start(store.clone(), vec![copies.clone()]);

            faulty.arm(k, forever, ErrorKind::StorageFull);
            assert!(writer.save(&file, &session), "{what}");
            match writer.finished(&EN, true) {
                Some(Message::SaveFailed(words)) => {
                    assert!(words.contains("disk is full"), "{what}: {words}")
                }
                other => panic!("{what}: {other:?}"),
            }
            whole(&store, &path, &old, &new, &what);
            no_temp_left(&path, &what);
            let copy = sigap::store::emergency::copy_path(&copies, &path);
            assert_eq!(
                Store::new(store.root()).read(&copy).unwrap(),
                session,
                "{what}: the copy holds the unsaved work"
            );

            faulty.disarm();
            assert!(writer.save(&file, &session), "{what}");
            assert_eq!(writer.finished(&EN, true), Some(Message::Saved), "{what}");
            assert_eq!(fs::read(&path).unwrap(), new, "{what}: the later save wrote the new version");
        }
    }
}

/// The app's own save path, as the runner drives it: the session opened by
/// the executor, a change, the save handed to its writer thread and the
/// answer polled for. Each write step failing in turn leaves the file
/// whole, and the app hears that the save failed, never that it was saved.
#[test]
fn the_apps_save_path_through_the_executor_fails_cleanly_at_every_operation() {
    use sigap::tui::app::App;
    use sigap::tui::executor::Executor;

    let ops = operations_of_a_save();
    let now = builders::at("08:05");
    let clock = move || now;
    for forever in [false, true] {
        for k in 1..=ops.len() {
            let what = format!("the app's save, operation {k} ({}) failing, for ever: {forever}", ops[k - 1]);
            let dir = tempfile::tempdir().unwrap();
            let faulty = Faulty::new();
            let store = Store::with_file_system(dir.path().join("sessions"), faulty.clone());
            let (path, created) = store.create(&builders::full_session()).unwrap();
            drop(created);
            let old = fs::read(&path).unwrap();
            let mut executor = Executor::new(store.clone(), vec![dir.path().join("copies")]);
            let mut app = App::new(sigap::text::Lang::En, now, 1);
            let (opened, offer) = executor.open_now(&path, &EN);
            assert_eq!((app.update(opened, now), offer), (None, None), "{what}");
            app.update(sigap::tui::command::Command::ToggleTimer, now);
            let session = app.run().expect("the session runs").session().clone();
            assert_ne!(encoded(&session), old, "{what}: the session changed");

            faulty.arm(k, forever, ErrorKind::StorageFull);
            let answer = save_as_the_runner_does(&mut executor, &mut app, &clock);
            assert!(
                matches!(&answer, Message::SaveFailed(words) if words.contains("disk is full")),
                "{what}: {answer:?}"
            );
            assert_eq!(executor.saved(app.text()), None, "{what}: nothing more is said of that save");
            whole(&store, &path, &old, &encoded(&session), &what);
            no_temp_left(&path, &what);

            faulty.disarm();
            assert_eq!(save_as_the_runner_does(&mut executor, &mut app, &clock), Message::Saved, "{what}");
            assert_eq!(fs::read(&path).unwrap(), encoded(app.run().unwrap().session()), "{what}");
        }
    }
}

/// Hand a save to the executor and look for its answer between frames,
/// as the runner's loop does; the answer is taken in by the app.
fn save_as_the_runner_does(
    executor: &mut sigap::tui::executor::Executor,
    app: &mut sigap::tui::app::App,
    clock: &dyn Fn() -> sigap::domain::Timestamp,
) -> Message {
    use sigap::tui::effect::Effect;
    assert!(!executor.carry_out(Effect::Save, app, clock));
    let given_up = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        if let Some(answer) = executor.saved(app.text()) {
            if let Some(effect) = app.update(answer.clone(), clock()) {
                executor.carry_out(effect, app, clock);
            }
            return answer;
        }
        assert!(std::time::Instant::now() < given_up, "no answer from the writer");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Reading goes through the same seam as writing: a disk that fails a read
/// is said as such, and the file is left as it was.
#[test]
fn a_read_that_fails_is_said_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let faulty = Faulty::new();
    let store = Store::with_file_system(dir.path(), faulty.clone());
    let (path, created) = store.create(&builders::full_session()).unwrap();
    drop(created);
    let before = fs::read(&path).unwrap();
    faulty.arm(1, false, ErrorKind::PermissionDenied);
    let err = store.read(&path).expect_err("the read failed");
    assert!(err.to_string().contains("reading failed"), "{err}");
    faulty.arm(1, false, ErrorKind::PermissionDenied);
    let err = store.open(&path).expect_err("the read before the lock failed");
    assert!(err.to_string().contains("reading failed"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(store.open(&path).is_ok(), "once the fault is gone the session opens");
}
