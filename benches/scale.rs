//! How fast sigap is at any size: opening, saving and drawing a typical and
//! a huge session, listing and searching 5,000 sessions, a workshop report,
//! and importing a million-row roster. `cargo bench --bench scale` first
//! prints the targets as ratios measured side by side in the same run
//! (robust to a busy machine), then runs the criterion benchmarks.
//! `cargo bench --bench scale -- ratios` prints only the ratios (`-- import`
//! only the roster import's), `cargo bench --bench scale -- NAME` runs only
//! the criterion benchmarks whose name holds NAME; `SIGAP_BENCH_FILES`
//! changes the folder's size.
//!
//! The data is made with `sigap::synthetic` into a folder under cargo's
//! target directory, kept between runs.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sigap::domain::Session;
use sigap::report::WorkshopReport;
use sigap::search::{Query, SearchFilter};
use sigap::store::{Store, format};
use sigap::synthetic::{self, RARE_WORD, Shape};
use sigap::text::Lang;
use sigap::tui::app::App;
use sigap::tui::message::{Message, OpenedSession};
use sigap::tui::view::render;

/// A word in most sessions' notes.
const COMMON_WORD: &str = "desa";

struct Sizes {
    name: &'static str,
    shape: Shape,
}

const SIZES: [Sizes; 3] = [
    Sizes { name: "typical 90p/150n", shape: Shape { participants: 90, notes: 150, seed: 1 } },
    Sizes { name: "large 100p/300n", shape: Shape { participants: 100, notes: 300, seed: 1 } },
    Sizes { name: "huge 500p/20000n", shape: Shape { participants: 500, notes: 20_000, seed: 1 } },
];

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sigap-bench")
}

/// One session of each size, written once; its path and bytes.
fn single(size: &Sizes) -> (PathBuf, String) {
    let root = data_dir().join("single");
    let path = root.join(format!("{}-{}.ron", size.shape.participants, size.shape.notes));
    if !path.exists() {
        std::fs::create_dir_all(&root).expect("a bench folder");
        sigap::store::write_ron(&path, &synthetic::session(0, &size.shape)).expect("written");
    }
    let text = std::fs::read_to_string(&path).expect("readable");
    (path, text)
}

/// A folder of `count` typical sessions, made once and kept.
fn folder(count: usize) -> PathBuf {
    let root = data_dir().join(format!("folder-{count}"));
    let done = root.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&root);
        let started = Instant::now();
        let store = Store::new(&root);
        let shape = Shape::default();
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        std::thread::scope(|scope| {
            for w in 0..workers {
                let store = &store;
                scope.spawn(move || {
                    for i in (w..count).step_by(workers) {
                        let s = synthetic::session(i, &shape);
                        let path = store.session_path(&s.workshop, s.planned_start.naive_local(), &s.title);
                        std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
                        std::fs::write(&path, format::encode(&s).expect("encoded")).expect("written");
                    }
                });
            }
        });
        std::fs::write(&done, "").expect("marker");
        eprintln!("wrote {count} sessions in {:.1?}", started.elapsed());
    }
    // The caches trust only files older than themselves by a second.
    std::thread::sleep(Duration::from_millis(1100));
    let store = Store::new(&root);
    store.list();
    let _ = store.scan_notes(|_| false, |_, _| {});
    root
}

/// A session opened in the run view, running (its last item reopened).
fn running_app(session: Session) -> App {
    let mut s = session;
    let now = s.finished_at().unwrap_or(s.planned_start);
    s.step_back(now);
    let mut app = App::new(Lang::Id, now, 1);
    app.update(Message::Opened(Box::new(OpenedSession::to_run(PathBuf::from("s.ron"), s))), now);
    app
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal.draw(|frame| render(app, frame)).expect("drawn");
}

/// Everything `sigap search` does but the printing.
fn search(store: &Store, word: &str) -> usize {
    let query = Query::new(word, SearchFilter::default());
    let mut hits = 0;
    store.scan_notes(|s| query.may_match(s), |s, notes| hits += query.hits(s, notes).len()).expect("scanned");
    hits
}

/// The median of `runs` timings of each of `a` and `b`, taken in turns so
/// that both see the same load.
fn side_by_side(runs: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let start = Instant::now();
        a();
        ta.push(start.elapsed());
        let start = Instant::now();
        b();
        tb.push(start.elapsed());
    }
    ta.sort();
    tb.sort();
    (ta[runs / 2], tb[runs / 2])
}

fn ratio_line(what: &str, a: Duration, b: Duration, against: &str, target: f64) {
    let r = a.as_secs_f64() / b.as_secs_f64();
    let verdict = if r <= target { "met" } else { "NOT met" };
    println!(
        "{what:<44} {a:>10.2?} vs {against:<22} {b:>10.2?}  ratio {r:5.2} (target ≤ {target}) {verdict}"
    );
}

fn run_quiet(cmd: &mut Command) {
    let status = cmd.stdout(Stdio::null()).stderr(Stdio::null()).status().expect("started");
    assert!(status.code().is_some_and(|c| c <= 1), "{cmd:?} failed");
}

fn has_rg() -> bool {
    Command::new("rg").arg("--version").stdout(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// A roster CSV of `rows` people, short rows so that a million fit under
/// the 16 MB a roster may take.
fn roster_csv(rows: usize) -> Vec<u8> {
    let mut csv = String::from("Nama;JK\n");
    for i in 0..rows {
        csv.push_str(&format!("P{i};{}\n", if i % 2 == 0 { "L" } else { "P" }));
    }
    csv.into_bytes()
}

/// Importing a million rows against ten imports of a hundred thousand: a
/// linear import keeps the ratio near 1, a quadratic one near 10.
fn import_ratio() {
    let (big, small) = (roster_csv(1_000_000), roster_csv(100_000));
    let read = |bytes: &[u8]| drop(sigap::import::roster_from_csv(bytes).expect("a roster"));
    let (a, b) = side_by_side(3, || read(&big), || (0..10).for_each(|_| read(&small)));
    ratio_line(
        &format!("roster import, 1,000,000 rows ({} MB)", big.len() >> 20),
        a,
        b,
        "10 × 100,000 rows",
        1.3,
    );
}

fn ratios(count: usize) {
    println!("== targets, measured side by side (load: {})", load());
    import_ratio();
    // Opening: the store's read against ron::from_str on the same bytes.
    for size in &SIZES {
        let (path, text) = single(size);
        let store = Store::new(path.parent().expect("a folder"));
        let runs = if size.shape.notes > 1000 { 7 } else { 41 };
        let (a, b) = side_by_side(
            runs,
            || drop(store.read(&path).expect("read")),
            || drop(ron::from_str::<Session>(&text).expect("parsed")),
        );
        ratio_line(&format!("open {} ({} KB)", size.name, text.len() / 1024), a, b, "ron::from_str", 1.2);
    }
    // Frames: the huge session's against the typical one's.
    let typical = running_app(synthetic::session(0, &SIZES[0].shape));
    let huge = running_app(synthetic::session(0, &SIZES[2].shape));
    for (w, h) in [(120, 40), (250, 70)] {
        let mut t1 = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        let mut t2 = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        let (a, b) = side_by_side(
            201,
            || {
                t1.clear().ok();
                draw(&mut t1, &huge)
            },
            || {
                t2.clear().ok();
                draw(&mut t2, &typical)
            },
        );
        ratio_line(&format!("frame {w}x{h}, huge session"), a, b, "typical session", 1.2);
    }
    // Saving the typical session: p99 of single durable saves.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::new(dir.path());
    let s = synthetic::session(0, &SIZES[0].shape);
    let (_, file) = store.create(&s).expect("created");
    let mut times: Vec<Duration> = (0..200)
        .map(|_| {
            let start = Instant::now();
            store.save(&file, &s).expect("saved");
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{:<44} {:>10.2?} p50, {:.2?} p99, {:.2?} max (target p99 < 5 ms)",
        "save typical session (encode + fsync)", times[100], times[197], times[199]
    );

    let root = folder(count);
    let store = Store::new(&root);
    let start = Instant::now();
    let listed = store.list().len();
    println!(
        "{:<44} {:>10.2?} ({listed} sessions; target < 100 ms)",
        "list, warm cache, in process",
        start.elapsed()
    );
    let sigap = env!("CARGO_BIN_EXE_sigap");
    let (a, _) =
        side_by_side(11, || run_quiet(Command::new(sigap).arg("--dir").arg(&root).arg("list")), || {});
    println!("{:<44} {a:>10.2?} (target < 100 ms)", "`sigap list`, warm cache, whole process");
    if !has_rg() {
        println!("rg not found: the search ratios are skipped (install ripgrep to measure them)");
        return;
    }
    let sigap_search = |word: &str| {
        let root = root.clone();
        let word = word.to_string();
        move || run_quiet(Command::new(sigap).arg("--dir").arg(&root).args(["search", &word]))
    };
    let rg = |flags: &'static str, word: &str| {
        let root = root.clone();
        let word = word.to_string();
        move || run_quiet(Command::new("rg").arg(flags).arg(&word).arg(&root))
    };
    for (flags, target) in [("-l", 1.5), ("-il", 1.5)] {
        let (a, b) = side_by_side(11, sigap_search(RARE_WORD), rg(flags, RARE_WORD));
        ratio_line(
            &format!("`sigap search {RARE_WORD}` ({count})"),
            a,
            b,
            &format!("`rg {flags} {RARE_WORD}`"),
            target,
        );
    }
    let (a, b) = side_by_side(5, sigap_search(COMMON_WORD), rg("-i", COMMON_WORD));
    ratio_line(
        &format!("`sigap search {COMMON_WORD}` ({count}), every hit"),
        a,
        b,
        &format!("`rg -i {COMMON_WORD}`"),
        1.5,
    );
    let (a, b) = side_by_side(5, sigap_search(COMMON_WORD), rg("-il", COMMON_WORD));
    ratio_line(
        &format!("`sigap search {COMMON_WORD}` ({count}), every hit"),
        a,
        b,
        &format!("`rg -il {COMMON_WORD}`"),
        1.5,
    );
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_string())
}

fn benches(c: &mut Criterion, count: usize) {
    let mut open = c.benchmark_group("open");
    for size in &SIZES {
        let (path, text) = single(size);
        let store = Store::new(path.parent().expect("a folder"));
        if size.shape.notes > 1000 {
            open.sample_size(10);
        }
        open.bench_function(BenchmarkId::new("store read", size.name), |b| {
            b.iter(|| store.read(&path).expect("read"))
        });
        open.bench_function(BenchmarkId::new("ron::from_str", size.name), |b| {
            b.iter(|| ron::from_str::<Session>(&text).expect("parsed"))
        });
    }
    open.finish();

    let mut save = c.benchmark_group("save");
    save.sample_size(20);
    for size in [&SIZES[0], &SIZES[2]] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::new(dir.path());
        let s = synthetic::session(0, &size.shape);
        let (_, file) = store.create(&s).expect("created");
        save.bench_function(BenchmarkId::new("encode + atomic durable write", size.name), |b| {
            b.iter(|| store.save(&file, &s).expect("saved"))
        });
        // What a save costs the input path: the snapshot handed to the writer.
        save.bench_function(BenchmarkId::new("snapshot for the writer", size.name), |b| b.iter(|| s.clone()));
    }
    save.finish();

    let mut frame = c.benchmark_group("run view frame");
    for size in [&SIZES[0], &SIZES[2]] {
        let app = running_app(synthetic::session(0, &size.shape));
        for (w, h) in [(120u16, 40u16), (250, 70)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            frame.bench_function(BenchmarkId::new(format!("{w}x{h}"), size.name), |b| {
                b.iter(|| {
                    terminal.clear().ok();
                    draw(&mut terminal, &app)
                })
            });
        }
    }
    frame.finish();

    let root = folder(count);
    let store = Store::new(&root);
    let mut folder_group = c.benchmark_group(format!("{count} sessions"));
    folder_group.sample_size(10);
    folder_group.bench_function("list (warm cache)", |b| b.iter(|| store.list().len()));
    for word in [RARE_WORD, COMMON_WORD] {
        folder_group
            .bench_function(format!("search {word} (warm cache)"), |b| b.iter(|| search(&store, word)));
    }
    folder_group.finish();

    let first = synthetic::session(0, &Shape::default());
    let sessions: Vec<Session> = (0..40)
        .map(|i| {
            let mut s = synthetic::session(i, &Shape::default());
            s.workshop = first.workshop.clone();
            s.roster = first.roster.clone();
            s
        })
        .collect();
    let now = chrono::DateTime::parse_from_rfc3339("2030-01-01T00:00:00+07:00").expect("a time");
    c.bench_function("workshop report, 40 sessions x 90 participants", |b| {
        b.iter(|| WorkshopReport::build(&sessions, 80, now))
    });
}

fn main() {
    let count: usize = std::env::var("SIGAP_BENCH_FILES").ok().and_then(|v| v.parse().ok()).unwrap_or(5000);
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `cargo bench --bench scale -- import`: only the roster import's ratio.
    if args.iter().any(|a| a == "import") {
        import_ratio();
        return;
    }
    let only_ratios = args.iter().any(|a| a == "ratios");
    // A criterion filter (`cargo bench --bench scale -- save`) runs only that.
    let filtered = args.iter().any(|a| !a.starts_with('-') && a != "ratios");
    if only_ratios || !filtered {
        ratios(count);
    }
    if only_ratios {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c, count);
    c.final_summary();
}
