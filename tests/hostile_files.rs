//! Damaged and hostile files: every truncation of the bundled sessions and
//! ten thousand deterministic mutations of them (and of the bundled roster
//! spreadsheet). Each is refused quickly, without a panic, with a line and a
//! column, and the file on disk is left exactly as it was.

use sigap::synthetic::Dice;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use sigap::domain::{FORMAT_VERSION, Session};
use sigap::import::roster_from_csv;
use sigap::store::{Store, StoreError, format, lock::lock_path};

/// No single file may take longer than this to be accepted or refused.
const BOUND: Duration = Duration::from_secs(1);
const MUTATIONS: usize = 10_000;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The bundled session files (not the templates or rosters beside them).
fn bundled_sessions() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for workshop in fs::read_dir(repo("sessions")).unwrap() {
        let workshop = workshop.unwrap().path();
        let name = workshop.file_name().unwrap().to_string_lossy().into_owned();
        if !workshop.is_dir() || name == "templates" || name == "rosters" {
            continue;
        }
        for file in fs::read_dir(&workshop).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ron") {
                let bytes = fs::read(&path).unwrap();
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    assert!(files.len() >= 4, "the bundled sessions are missing: {files:?}");
    files
}

/// Decode `bytes` as a session; a refusal must carry a position inside the
/// text. True when the bytes were a valid session after all.
#[track_caller]
fn judged(path: &Path, bytes: &[u8], what: &str) -> bool {
    let started = Instant::now();
    let result = format::decode_bytes::<Session>(path, bytes);
    let took = started.elapsed();
    assert!(took < BOUND, "{what}: took {took:?}");
    match result {
        Ok(_) => true,
        Err(e) => {
            refusal_is_clear(&e, bytes, what);
            false
        }
    }
}

#[track_caller]
fn refusal_is_clear(e: &StoreError, bytes: &[u8], what: &str) {
    match e {
        StoreError::Parse { line, col, .. } => {
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
            assert!(
                *line >= 1 && *line <= lines && *col >= 1,
                "{what}: position {line}:{col} of {lines} lines: {e}"
            );
            let message = e.to_string();
            assert!(message.contains(&format!(":{line}:{col}: ")), "{what}: {message}");
        }
        StoreError::Newer { .. } => {}
        other => panic!("{what}: refused without a position: {other}"),
    }
}

/// Cut each bundled session at every `step`-th byte (the smallest file at
/// every byte) and decode what is left.
fn truncations(step: usize) -> usize {
    let files = bundled_sessions();
    let smallest = files.iter().map(|(_, b)| b.len()).min().unwrap();
    std::thread::scope(|scope| {
        let runs: Vec<_> = files
            .iter()
            .map(|(path, bytes)| {
                let step = if bytes.len() == smallest { 1 } else { step };
                scope.spawn(move || {
                    let whole = String::from_utf8_lossy(bytes).trim_end().len();
                    let mut tried = 0;
                    for cut in (0..bytes.len()).step_by(step) {
                        let what = format!("{} cut at byte {cut}", path.display());
                        let valid = judged(path, &bytes[..cut], &what);
                        // Only the final newline may go without damage.
                        assert!(!valid || cut >= whole, "{what}: a truncated session was accepted");
                        tried += 1;
                    }
                    tried
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).sum()
    })
}

#[test]
fn truncated_sessions_are_refused_with_their_position() {
    // Every byte of the smallest file, every 23rd of the others: a few seconds.
    let tried = truncations(23);
    eprintln!("truncations tried: {tried}");
}

/// The long variant: `cargo test --test hostile_files -- --ignored`.
#[test]
#[ignore = "a minute or two; run with --ignored"]
fn every_truncation_of_every_bundled_session_is_refused_with_its_position() {
    let tried = truncations(1);
    eprintln!("truncations tried: {tried}");
}

/// One deterministic mutation of a valid file, and its name.
fn mutate(dice: &mut Dice, original: &[u8]) -> (&'static str, Vec<u8>) {
    let mut b = original.to_vec();
    let at = dice.below(b.len());
    match dice.below(10) {
        0 => {
            for _ in 0..1 + dice.below(8) {
                let i = dice.below(b.len());
                b[i] ^= 1 << dice.below(8);
            }
            ("bit flips", b)
        }
        1 => {
            let run = vec![0u8; 1 + dice.below(64)];
            b.splice(at..at, run);
            ("NUL run", b)
        }
        2 => {
            b.splice(0..0, *b"\xEF\xBB\xBF");
            ("BOM", b)
        }
        3 => {
            let text = String::from_utf8(b).unwrap().replace('\n', "\r\n");
            ("CRLF", text.into_bytes())
        }
        4 => {
            let text = String::from_utf8(b).unwrap();
            let field = ["colour: \"merah\",", "extra: (a: 1),", "zzz: [1, 2, 3],"][dice.below(3)];
            let text = text.replacen("    workshop:", &format!("    {field}\n    workshop:"), 1);
            ("unknown field", text.into_bytes())
        }
        5 => {
            let text = String::from_utf8(b).unwrap();
            let version = FORMAT_VERSION as usize + 1 + dice.below(1000);
            let now = format!("version: {FORMAT_VERSION},");
            assert!(text.contains(&now), "the bundled sessions are of the current format");
            ("newer version", text.replacen(&now, &format!("version: {version},"), 1).into_bytes())
        }
        6 => {
            let len = 1 + dice.below(200);
            b.drain(at..(at + len).min(b.len()));
            ("deleted span", b)
        }
        7 => {
            let len = 1 + dice.below(200);
            let span: Vec<u8> = b[at..(at + len).min(b.len())].to_vec();
            b.splice(at..at, span);
            ("doubled span", b)
        }
        8 => {
            const NASTY: &[u8] = b"()[]{},:\"'\\#/*rbB0-9.eE+ \n\t\r\x7f\xff\xc3";
            for _ in 0..1 + dice.below(6) {
                let i = dice.below(b.len());
                b.insert(i, NASTY[dice.below(NASTY.len())]);
            }
            ("syntax bytes", b)
        }
        _ => {
            for _ in 0..1 + dice.below(4) {
                let i = dice.below(b.len());
                b[i] = dice.roll() as u8;
            }
            ("random bytes", b)
        }
    }
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

/// Put `bytes` on disk with an old modification time, open it through the
/// store, and check the file was not touched. True when it opened.
#[track_caller]
fn opened_through_the_store(store: &Store, path: &Path, bytes: &[u8], what: &str) -> bool {
    fs::write(path, bytes).unwrap();
    let long_ago = SystemTime::UNIX_EPOCH + Duration::from_secs(1_500_000_000);
    File::options().write(true).open(path).unwrap().set_modified(long_ago).unwrap();
    let started = Instant::now();
    let result = store.open(path);
    let took = started.elapsed();
    assert!(took < BOUND, "{what}: took {took:?}");
    let opened = match result {
        Ok((_, file)) => {
            drop(file);
            true
        }
        Err(e) => {
            refusal_is_clear(&e, bytes, what);
            assert!(!lock_path(path).exists(), "{what}: a refused file was locked");
            false
        }
    };
    assert_eq!(fs::read(path).unwrap(), bytes, "{what}: the file's bytes changed");
    assert_eq!(modified(path), long_ago, "{what}: the file's modification time changed");
    let _ = fs::remove_file(lock_path(path));
    opened
}

/// Mutations `from..to` of the bundled sessions, opened through the store;
/// how many were refused.
fn mutated_sessions(from: usize, to: usize) -> usize {
    let files = bundled_sessions();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = dir.path().join("mutated.ron");
    let mut refused = 0;
    let mut kinds = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    for case in from..to {
        // Each case has its own dice, so that halves run apart give the same cases.
        let mut dice = Dice(0x5EED_0006 ^ (case as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let (_, original) = &files[case % files.len()];
        let (kind, bytes) = mutate(&mut dice, original);
        let what = format!("mutation {case} ({kind})");
        let opened = opened_through_the_store(&store, &path, &bytes, &what);
        if kind == "newer version" {
            assert!(!opened, "{what}: a newer file was opened for writing");
            let err = store.read(&path).unwrap_err();
            assert!(matches!(err, StoreError::Newer { .. }), "{what}: {err}");
        }
        let tally = kinds.entry(kind).or_default();
        tally.0 += 1;
        if !opened {
            tally.1 += 1;
            refused += 1;
        }
    }
    eprintln!("mutations {from}..{to}: refused {refused}; by kind (tried, refused): {kinds:?}");
    assert!(refused > (to - from) / 2, "most mutations damage the file: {kinds:?}");
    refused
}

#[test]
fn the_first_five_thousand_mutated_sessions_are_refused_cleanly_and_left_as_they_were() {
    mutated_sessions(0, MUTATIONS / 2);
}

#[test]
fn the_second_five_thousand_mutated_sessions_are_refused_cleanly_and_left_as_they_were() {
    mutated_sessions(MUTATIONS / 2, MUTATIONS);
}

/// A session whose `facilitators` (or an unknown field) holds `depth` nested lists.
fn nested(depth: usize, field: &str) -> String {
    let original = String::from_utf8(bundled_sessions()[0].1.clone()).unwrap();
    let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    original.replacen("    workshop:", &format!("    {field}: {deep},\n    workshop:"), 1)
}

#[test]
fn ten_thousand_deep_nesting_is_refused_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = dir.path().join("deep.ron");
    let cases = [
        nested(10_000, "facilitators"),
        nested(10_000, "unknown"),
        nested(100_000, "facilitators"),
        format!("(version: {FORMAT_VERSION}, id: {}\"x\"{})", "Some(".repeat(10_000), ")".repeat(10_000)),
        format!("{}(version: {FORMAT_VERSION}){}", "(".repeat(10_000), ")".repeat(10_000)),
    ];
    for (i, text) in cases.iter().enumerate() {
        let what = format!("deep case {i}");
        assert!(!opened_through_the_store(&store, &path, text.as_bytes(), &what), "{what} was accepted");
    }
}

#[test]
fn a_hundred_megabyte_string_is_answered_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = dir.path().join("huge.ron");
    let original = String::from_utf8(bundled_sessions()[0].1.clone()).unwrap();
    let huge = "x".repeat(100 << 20);
    // Unterminated: the file ends inside the string.
    let open_end = format!("(\n    version: {FORMAT_VERSION},\n    title: \"{huge}");
    assert!(!opened_through_the_store(&store, &path, open_end.as_bytes(), "unterminated 100 MB string"));
    // In a field sigap does not know.
    let unknown = original.replacen("    workshop:", &format!("    zzz: \"{huge}\",\n    workshop:"), 1);
    opened_through_the_store(&store, &path, unknown.as_bytes(), "100 MB unknown field");
}

// The roster spreadsheet importer.

fn bundled_csv() -> Vec<u8> {
    fs::read(repo("sessions/rosters/sekcam-jatim-2017.csv")).unwrap()
}

#[track_caller]
fn imported(bytes: &[u8], what: &str) -> bool {
    let started = Instant::now();
    let result = roster_from_csv(bytes);
    let took = started.elapsed();
    assert!(took < BOUND, "{what}: took {took:?}");
    match result {
        Ok(_) => true,
        Err(e) => {
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
            assert!(e.row >= 1 && e.line >= 1 && e.line <= lines && e.column >= 1, "{what}: {e:?}");
            false
        }
    }
}

/// Mutations `from..to` of the bundled roster; how many were refused.
fn mutated_rosters(from: usize, to: usize) -> usize {
    let csv = bundled_csv();
    let mut refused = 0;
    for case in from..to {
        let mut dice = Dice(0xC5F_0006 ^ (case as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let mut b = csv.clone();
        let at = dice.below(b.len());
        let kind = match dice.below(8) {
            0 => {
                let i = dice.below(b.len());
                b[i] ^= 1 << dice.below(8);
                "bit flip"
            }
            1 => {
                b.splice(at..at, vec![0u8; 1 + dice.below(64)]);
                "NUL run"
            }
            2 => {
                b.splice(0..0, *b"\xEF\xBB\xBF");
                "BOM"
            }
            3 => {
                b = String::from_utf8_lossy(&b).replace('\n', "\r\n").into_bytes();
                "CRLF"
            }
            4 => {
                b.insert(at, b'"');
                "stray quote"
            }
            5 => {
                let cells = ";".repeat(1 + dice.below(500));
                b.splice(at..at, cells.into_bytes());
                "many cells"
            }
            6 => {
                b.drain(at..(at + 1 + dice.below(100)).min(b.len()));
                "deleted span"
            }
            _ => {
                for _ in 0..1 + dice.below(4) {
                    let i = dice.below(b.len());
                    b[i] = dice.roll() as u8;
                }
                "random bytes"
            }
        };
        if !imported(&b, &format!("roster mutation {case} ({kind})")) {
            refused += 1;
        }
    }
    eprintln!("roster mutations {from}..{to}: refused {refused}");
    refused
}

#[test]
fn every_truncation_of_the_roster_spreadsheet_and_half_its_mutations_are_answered() {
    let csv = bundled_csv();
    assert!(imported(&csv, "the bundled roster"), "the bundled roster imports");
    for cut in 0..csv.len() {
        imported(&csv[..cut], &format!("roster cut at byte {cut}"));
    }
    eprintln!("roster truncations tried: {}", csv.len());
    mutated_rosters(0, MUTATIONS / 2);
}

#[test]
fn the_other_half_of_ten_thousand_roster_mutations_and_huge_fields_are_answered() {
    mutated_rosters(MUTATIONS / 2, MUTATIONS);
    let huge = format!("Nama;JK\n\"{}\";L\n", "x".repeat(100 << 20));
    assert!(!imported(huge.as_bytes(), "a 100 MB name"), "a 100 MB roster is refused");
    let open_end = format!("Nama;JK\n\"{}", "x".repeat(100 << 20));
    assert!(!imported(open_end.as_bytes(), "an unterminated 100 MB name"));
    let big = format!("Nama;JK\n\"{}\";L\n", "x".repeat(1 << 20));
    assert!(imported(big.as_bytes(), "a 1 MB name"), "a large but possible roster imports");
}
