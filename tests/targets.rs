//! No command writes over a session, a file another sigap holds, a file of
//! another kind, a device node or a link; and what it writes is no more
//! open than its owner's.

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use command::sigap;

fn new_session(dir: &Path) -> PathBuf {
    let out = sigap(dir)
        .args(["new", "--workshop", "Bimtek", "--title", "Hari 1", "--date", "2017-05-08"])
        .args(["--start", "08:00", "--utc-offset", "+07:00"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

fn stderr(cmd: &mut Command) -> (bool, String) {
    let out = cmd.output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn export_never_writes_over_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    let before = fs::read(&session).unwrap();
    let (ok, err) =
        stderr(sigap(dir.path()).arg("export").arg(&session).args(["--format", "md", "-o"]).arg(&session));
    assert!(!ok);
    assert!(err.contains("is a session file; not written over"), "{err}");
    assert_eq!(fs::read(&session).unwrap(), before);
}

#[test]
fn an_export_replaces_an_export_of_its_format_only() {
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    let md = dir.path().join("minutes.md");
    for _ in 0..2 {
        sigap(dir.path()).arg("export").arg(&session).args(["-f", "md", "-o"]).arg(&md).assert().success();
    }
    let notes = dir.path().join("data.json");
    fs::write(&notes, "my own notes").unwrap();
    let (ok, err) = stderr(sigap(dir.path()).arg("export").arg(&session).args(["-f", "csv", "-o"]).arg(&md));
    assert!(!ok && err.contains("is a .md file of another kind"), "{err}");
    let (ok, err) =
        stderr(sigap(dir.path()).arg("export").arg(&session).args(["-f", "md", "-o"]).arg(&notes));
    assert!(!ok && err.contains("is a .json file of another kind"), "{err}");
    assert_eq!(fs::read_to_string(&notes).unwrap(), "my own notes");
}

fn roster_csv(dir: &Path) -> PathBuf {
    let csv = dir.join("peserta.csv");
    fs::write(&csv, "Nama;NIP\nSiti;196805121994032005\n").unwrap();
    csv
}

#[test]
fn a_roster_import_never_turns_a_session_into_a_roster() {
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    let before = fs::read(&session).unwrap();
    let csv = roster_csv(dir.path());
    for force in [false, true] {
        let mut cmd = sigap(dir.path());
        cmd.args(["roster", "import"]).arg(&csv).arg("-o").arg(&session);
        if force {
            cmd.arg("--force");
        }
        let (ok, err) = stderr(&mut cmd);
        assert!(!ok && err.contains("is a session file; not written over"), "{err}");
    }
    assert_eq!(fs::read(&session).unwrap(), before);
    // A roster over a roster, with --force, is still allowed.
    let roster = dir.path().join("r.ron");
    sigap(dir.path()).args(["roster", "import"]).arg(&csv).arg("-o").arg(&roster).assert().success();
    let (ok, err) = stderr(sigap(dir.path()).args(["roster", "import"]).arg(&csv).arg("-o").arg(&roster));
    assert!(!ok && err.contains("exists"), "{err}");
    sigap(dir.path())
        .args(["roster", "import", "--force"])
        .arg(&csv)
        .arg("-o")
        .arg(&roster)
        .assert()
        .success();
}

#[test]
fn a_file_another_sigap_holds_is_not_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("r.ron");
    let csv = roster_csv(dir.path());
    sigap(dir.path()).args(["roster", "import"]).arg(&csv).arg("-o").arg(&roster).assert().success();
    let _held = sigap::store::lock::try_lock(&roster).unwrap().expect("the lock is free");
    let (ok, err) =
        stderr(sigap(dir.path()).args(["roster", "import", "--force"]).arg(&csv).arg("-o").arg(&roster));
    assert!(!ok && err.contains("another sigap has it open"), "{err}");
}

#[cfg(unix)]
#[test]
fn device_nodes_and_links_are_refused_by_every_writer() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    // /dev/null itself is only looked at: a writer that renamed over it as
    // root would replace the system's.
    let null = sigap::store::target::regular_or_new(Path::new("/dev/null")).unwrap_err();
    assert_eq!(
        null,
        sigap::store::target::TargetProblem::NotRegular { node: sigap::store::target::NodeKind::Device }
    );
    let fifo = dir.path().join("pipe.md");
    if std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()) {
        let (ok, err) =
            stderr(sigap(dir.path()).arg("export").arg(&session).args(["-f", "md", "-o"]).arg(&fifo));
        assert!(!ok && err.contains("is a pipe, not a regular file"), "{err}");
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe is still a pipe");
    }
    let real = dir.path().join("real.md");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (ok, err) = stderr(sigap(dir.path()).arg("export").arg(&session).args(["-f", "md", "-o"]).arg(&link));
    assert!(!ok && err.contains("is a symbolic link to"), "{err}");
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    assert_eq!(fs::read_to_string(&real).unwrap(), "old");
    // A session opened through a link is read-only from the start, so a
    // save through it is refused before the writer is reached.
    let linked = dir.path().join("linked.ron");
    std::os::unix::fs::symlink(&session, &linked).unwrap();
    let store = sigap::store::Store::new(dir.path());
    let (s, file) = store.open(&linked).unwrap();
    let e = store.save(&file, &s).unwrap_err();
    assert!(
        matches!(e, sigap::store::StoreError::ReadOnly { reason: sigap::store::ReadOnly::Link(_), .. }),
        "{e}"
    );
    assert!(fs::symlink_metadata(&linked).unwrap().file_type().is_symlink());
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The command run under `umask`, in a shell of its own: the umask is the
/// whole process's.
#[cfg(unix)]
fn under_umask(umask: &str, dir: &Path, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("sigap");
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(format!("umask {umask}; exec \"$0\" \"$@\"")).arg(bin).arg("--dir").arg(dir);
    cmd.args(["--lang", "en"]).args(args).env("SIGAP_CONFIG", "no-such-settings.ron").env_remove("SIGAP_DIR");
    cmd.output().unwrap()
}

#[cfg(unix)]
#[test]
fn personal_data_is_never_world_readable() {
    for umask in ["022", "077", "002"] {
        let dir = tempfile::tempdir().unwrap();
        let csv = roster_csv(dir.path());
        let new = ["new", "--workshop", "W", "--title", "T", "--date", "2017-05-08", "--start", "08:00"];
        let out = under_umask(umask, dir.path(), &new);
        let session = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
        assert_eq!(mode(&session), 0o600, "session under umask {umask}");
        let roster = dir.path().join("r.ron");
        let args = ["roster", "import", csv.to_str().unwrap(), "-o", roster.to_str().unwrap()];
        assert!(under_umask(umask, dir.path(), &args).status.success());
        assert_eq!(mode(&roster), 0o600, "roster under umask {umask}");
        let md = dir.path().join("m.md");
        let args = ["export", session.to_str().unwrap(), "-f", "md", "-o", md.to_str().unwrap()];
        assert!(under_umask(umask, dir.path(), &args).status.success());
        assert_eq!(mode(&md), 0o600, "export under umask {umask}");
    }
}

#[cfg(unix)]
#[test]
fn a_file_replaced_keeps_its_own_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let csv = roster_csv(dir.path());
    let roster = dir.path().join("r.ron");
    let args = ["roster", "import", csv.to_str().unwrap(), "-o", roster.to_str().unwrap()];
    assert!(under_umask("077", dir.path(), &args).status.success());
    fs::set_permissions(&roster, fs::Permissions::from_mode(0o640)).unwrap();
    let forced = [&args[..], &["--force"]].concat();
    assert!(under_umask("077", dir.path(), &forced).status.success());
    assert_eq!(mode(&roster), 0o640, "a group-shared roster stays shared");
    let index = dir.path().join(".sigap-index.ron");
    under_umask("022", dir.path(), &["list"]);
    if index.exists() {
        assert_eq!(mode(&index) & 0o077, 0, "the listing cache holds titles");
    }
}

#[test]
fn leftovers_of_a_killed_save_are_removed_when_the_session_is_opened_for_writing() {
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    let folder = session.parent().unwrap();
    let name = session.file_name().unwrap().to_str().unwrap();
    let leftover = folder.join(format!(".{name}.Xy12ab.tmp"));
    let other = folder.join(".another.ron.Xy12ab.tmp");
    fs::write(&leftover, vec![b'('; 1 << 20]).unwrap();
    fs::write(&other, b"(").unwrap();
    let store = sigap::store::Store::new(dir.path());
    {
        // Another sigap holds the session: its temporary file may be live.
        let _held = sigap::store::lock::try_lock(&session).unwrap().unwrap();
        let (_, file) = store.open(&session).unwrap();
        assert!(file.read_only().is_some());
        assert!(leftover.exists(), "a file a live writer may hold is kept");
    }
    let (_, file) = store.open(&session).unwrap();
    assert!(file.read_only().is_none());
    assert!(!leftover.exists(), "the unfinished save is gone");
    assert!(other.exists(), "another session's file is not this one's to remove");
}

#[test]
fn an_attendance_sheet_never_replaces_a_roster_kept_in_csv() {
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    let roster = roster_csv(dir.path());
    let before = fs::read(&roster).unwrap();
    let (ok, err) =
        stderr(sigap(dir.path()).arg("export").arg(&session).args(["-f", "csv", "-o"]).arg(&roster));
    assert!(!ok, "the roster was written over");
    assert!(err.contains("roster"), "{err}");
    assert_eq!(fs::read(&roster).unwrap(), before);
    // An earlier sheet is the same kind of file: a newer one replaces it.
    let sheet = dir.path().join("hadir.csv");
    for _ in 0..2 {
        sigap(dir.path())
            .arg("export")
            .arg(&session)
            .args(["-f", "csv", "-o"])
            .arg(&sheet)
            .assert()
            .success();
    }
}

/// A workbook, a Word file or a PDF was never an export of sigap's, which
/// writes only text: `-o` naming one is refused and the file kept.
#[test]
fn export_never_writes_over_a_workbook_or_any_file_that_is_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let session = new_session(dir.path());
    let workbook = dir.path().join("peserta.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "Nama").unwrap();
    book.save(&workbook).unwrap();
    let pdf = dir.path().join("notulensi.md");
    fs::write(&pdf, b"%PDF-1.7\n\x00\xff binary").unwrap();
    for (target, format) in [(&workbook, "csv"), (&workbook, "md"), (&pdf, "md")] {
        let before = fs::read(target).unwrap();
        let (ok, err) =
            stderr(sigap(dir.path()).args(["export", "-f", format]).arg(&session).arg("-o").arg(target));
        assert!(!ok, "{}: {err}", target.display());
        assert!(err.contains(&target.display().to_string()), "{err}");
        assert_eq!(fs::read(target).unwrap(), before, "{} was written over", target.display());
    }
}
