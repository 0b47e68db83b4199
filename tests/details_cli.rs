//! `sigap details`: a session's heading shown, and its venue,
//! facilitators, chair and note-taker changed through the store.

#[path = "support/command.rs"]
mod command;
#[path = "support/example.rs"]
mod example;

use std::fs;
use std::path::{Path, PathBuf};

use command::sigap;
use example::example;
use sigap::domain::Session;
use sigap::store::Store;

fn day_2(dir: &Path) -> PathBuf {
    let folder = dir.join("bimtek-sekcam-jawa-timur-2017");
    folder.join("2017-05-09-0745-hari-2-pelayanan-publik-yang-inklusif.ron")
}

fn read(path: &Path) -> Session {
    Store::new(path.parent().unwrap()).read(path).unwrap()
}

/// The session with its heading's changeable fields emptied, to compare
/// what else a change touched.
fn without_details(mut s: Session) -> Session {
    s.venue.clear();
    s.facilitators.clear();
    s.chair.clear();
    s.note_taker.clear();
    s
}

/// `sigap --dir DIR --lang LANG`, as [`sigap`] but in either language.
fn sigap_in(dir: &Path, lang: &str) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("sigap").unwrap();
    cmd.arg("--dir").arg(dir).args(["--lang", lang]);
    cmd.env_remove("SIGAP_DIR").env("SIGAP_CONFIG", "no-such-settings.ron").env_remove("SIGAP_LANG");
    cmd
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn the_heading_is_shown_in_both_languages() {
    let dir = example();
    let path = day_2(dir.path());
    let out = sigap(dir.path()).arg("details").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "Workshop:      Bimtek Sekcam Jawa Timur 2017",
        "Title:         Hari 2: Pelayanan publik yang inklusif",
        "Date:          Tuesday, 9 May 2017, 07:45 UTC+07:00 (planned)",
        "Venue:         BPSDM Provinsi Jawa Timur, Surabaya",
        "Class:         —",
        "Facilitators:  Dr. Ratna Kusumawardani, M.Si.; Agus Prasetyo, S.IP., MPA",
        "Chair:         Drs. Hariyanto Wibisono, M.Si.",
        "Note-taker:    Rina Marlina, S.Sos.",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
    let out = sigap_in(dir.path(), "id").arg("details").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "Pelatihan:",
        "Tanggal:         Selasa, 9 Mei 2017, pukul 07.45 WIB (rencana)",
        "Pimpinan rapat:",
        "Notulis:",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
    assert!(!text.contains("Chair") && !text.contains("planned"), "{text}");
}

#[test]
fn each_field_changes_and_nothing_else_does() {
    let dir = example();
    let path = day_2(dir.path());
    let before = read(&path);
    let out = sigap(dir.path())
        .arg("details")
        .arg(&path)
        .args(["--chair", "  Dra. Endah Kusumaningrum, M.M. ", "--note-taker", "Yudha Pratama, S.Kom."])
        .args(["--venue", "Aula BPSDM, Surabaya"])
        .args(["--facilitator", "Agus Prasetyo, S.IP., MPA", "--facilitator", " Sri Handayani, M.Pd."])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let after = read(&path);
    assert_eq!(after.chair, "Dra. Endah Kusumaningrum, M.M.", "names are trimmed");
    assert_eq!(after.note_taker, "Yudha Pratama, S.Kom.");
    assert_eq!(after.venue, "Aula BPSDM, Surabaya");
    assert_eq!(after.facilitators, ["Agus Prasetyo, S.IP., MPA", "Sri Handayani, M.Pd."]);
    assert_eq!(without_details(after), without_details(before), "only the heading changed; nothing logged");
    let said = stdout(&out);
    assert!(
        said.contains("Chair: Drs. Hariyanto Wibisono, M.Si. → Dra. Endah Kusumaningrum, M.M.\n"),
        "{said}"
    );
    assert!(said.contains("Venue: BPSDM Provinsi Jawa Timur, Surabaya → Aula BPSDM, Surabaya\n"), "{said}");
    assert_eq!(said.lines().count(), 4, "{said}");
}

#[test]
fn an_empty_value_clears_and_an_unchanged_one_writes_nothing() {
    let dir = example();
    let path = day_2(dir.path());
    let ok = |args: &[&str]| {
        let out = sigap(dir.path()).arg("details").arg(&path).args(args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        out
    };
    ok(&["--chair", "", "--note-taker", "", "--facilitator", "", "--venue", " "]);
    let after = read(&path);
    assert!(after.chair.is_empty() && after.note_taker.is_empty());
    assert!(after.facilitators.is_empty() && after.venue.is_empty());
    let bytes = fs::read(&path).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("chair:"), "an empty chair is not written");
    let out = ok(&["--chair", ""]);
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("Nothing changed"), "{}", stderr(&out));
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn control_characters_are_refused() {
    let dir = example();
    let path = day_2(dir.path());
    let bytes = fs::read(&path).unwrap();
    let out =
        sigap(dir.path()).arg("details").arg(&path).args(["--note-taker", "Rina\u{1b}[2J"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Note-taker: holds control characters"), "{}", stderr(&out));
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_session_open_elsewhere_is_not_changed() {
    let dir = example();
    let path = day_2(dir.path());
    let bytes = fs::read(&path).unwrap();
    let store = Store::new(dir.path());
    let (_, held) = store.open(&path).unwrap();
    assert_eq!(held.read_only(), None, "this test holds the lock");
    for (lang, words) in
        [("en", "has the session open; nothing was written"), ("id", "sedang membuka sesi ini")]
    {
        let out = sigap_in(dir.path(), lang)
            .arg("details")
            .arg(&path)
            .args(["--chair", "Dra. Endah Kusumaningrum, M.M."])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(words), "{err}");
        assert!(err.contains(&format!("{}", std::process::id())), "the holder is named: {err}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "byte for byte as it was");
    }
    // Reading needs no lock.
    let out = sigap(dir.path()).arg("details").arg(&path).output().unwrap();
    assert!(out.status.success());
    drop(held);
}

#[test]
fn an_unknown_file_is_an_error() {
    let dir = example();
    let out = sigap(dir.path()).args(["details", "no-such.ron", "--chair", "X"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such.ron"), "{}", stderr(&out));
    let out = sigap_in(dir.path(), "id").args(["details", "no-such.ron"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn new_names_the_chair_and_note_taker() {
    let dir = tempfile::tempdir().unwrap();
    let out = sigap(dir.path())
        .args(["new", "--workshop", "Bimtek RKPDes", "--title", "Hari 1", "--date", "2026-03-12"])
        .args([
            "--start",
            "08:00",
            "--chair",
            " Drs. Hariyanto Wibisono, M.Si.",
            "--note-taker",
            "Rina Marlina",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let path = PathBuf::from(stdout(&out).trim());
    let s = read(&path);
    assert_eq!((s.chair.as_str(), s.note_taker.as_str()), ("Drs. Hariyanto Wibisono, M.Si.", "Rina Marlina"));
}
