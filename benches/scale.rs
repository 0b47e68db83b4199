//! Sessions at scale: how long the home screen, search and the workshop report
//! take over a folder of 5,000 session files. A release-mode harness:
//! `cargo bench --bench scale` (set SIGAP_BENCH_FILES to change the count).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sigap::domain::Session;
use sigap::fold::slug;
use sigap::report::WorkshopReport;
use sigap::search::{Corpus, SearchFilter};
use sigap::store::{Store, write_ron};

const EXAMPLE: &str =
    "sessions/bimtek-sekcam-jawa-timur-2017/2017-05-08-0745-hari-1-kepemimpinan-dan-akuntabilitas-sosial.ron";

/// Write `count` sessions, ten per workshop, each a copy of the bundled day 1
/// with its own workshop, title, date and id.
fn fill(root: &Path, count: usize) -> Vec<PathBuf> {
    let store = Store::new(root);
    let base: Session = store.read(Path::new(EXAMPLE)).expect("the bundled example reads");
    (0..count)
        .map(|i| {
            let mut s = base.clone();
            s.workshop = format!("Bimtek angkatan {:03}", i / 10);
            s.title = format!("Hari {}: sesi uji {i}", i % 10 + 1);
            s.id = format!("bench-{i:05}");
            s.planned_start += chrono::Duration::days((i % 10) as i64);
            let path = store.session_path(&s.workshop, s.planned_start.naive_local(), &s.title);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            write_ron(&path, &s).unwrap();
            path
        })
        .collect()
}

/// The best of `runs` timings of `f`.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = None;
    let mut fastest = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        fastest = fastest.min(start.elapsed());
        out = Some(value);
    }
    (fastest, out.expect("at least one run"))
}

fn main() {
    let count: usize = std::env::var("SIGAP_BENCH_FILES").ok().and_then(|v| v.parse().ok()).unwrap_or(5000);
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    fill(dir.path(), count);
    println!("wrote {count} session files in {:.1?}", started.elapsed());
    let store = Store::new(dir.path());

    let index = dir.path().join(".sigap-index.ron");
    let (t, entries) = best(3, || {
        let _ = std::fs::remove_file(&index);
        store.digests()
    });
    println!("home list + notes, first read (no cache): {t:>10.1?}  ({} sessions)", entries.len());
    // The files' times must be older than the index by a second to be trusted.
    std::thread::sleep(Duration::from_millis(1100));
    let _ = std::fs::remove_file(&index);
    store.digests();
    let (t, _) = best(3, || store.digests());
    println!("home list + notes, from the cache:        {t:>10.1?}");
    let (t, list) = best(3, || store.list());
    println!("`sigap list`, from the cache:             {t:>10.1?}  ({} sessions)", list.len());

    let (t, corpus) = best(3, || {
        let mut corpus = Corpus::default();
        for e in &entries {
            if let Ok(d) = &e.digest {
                corpus.add_digest(&e.path, d);
            }
        }
        corpus
    });
    println!("search index from the digests:          {t:>10.1?}  ({} texts)", corpus.len());

    let queries = ["posyandu", "dana desa", "syafii", "disabilitas ktp", "zzzz", "p", "kec"];
    for q in queries {
        let (t, hits) = best(5, || corpus.search(q, &SearchFilter::default(), 500));
        println!("search {q:<18} (one keystroke): {t:>10.1?}  ({} hits, first 500 kept)", hits.len());
    }

    let wanted = slug("Bimtek angkatan 042");
    let (t, report) = best(3, || {
        // As the report view and `sigap report` do: find the workshop's files
        // through the (cached) listing, then read only those in full.
        let (sessions, _) = store.read_workshop(&wanted);
        let sessions: Vec<Session> = sessions.into_iter().map(|(_, s)| s).collect();
        WorkshopReport::build(&sessions, 80, chrono::Utc::now().fixed_offset())
    });
    println!(
        "report of one workshop (10 sessions):   {t:>10.1?}  ({} participants)",
        report.participants.len()
    );
}
