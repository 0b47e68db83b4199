//! The search that streams through the note index finds exactly what the
//! search over whole sessions in memory finds, in the same order, and keeps
//! finding it after files change behind the index.

use std::path::PathBuf;

use sigap::domain::{NoteKind, Session};
use sigap::search::{Corpus, Hit, Query, SearchFilter};
use sigap::store::{Store, write_ron};
use sigap::synthetic::{self, RARE_WORD, Shape};

fn streamed(store: &Store, text: &str, filter: &SearchFilter) -> Vec<Hit> {
    let query = Query::new(text, filter.clone());
    let mut hits = Vec::new();
    let skipped = store
        .scan_notes(|s| query.may_match(s), |s, notes| hits.extend(query.hits(s, notes)))
        .expect("the index reads");
    assert!(skipped.is_empty());
    hits
}

/// Sessions in the order the listing gives them.
fn in_memory(store: &Store) -> Vec<(PathBuf, Session)> {
    store
        .list()
        .into_iter()
        .map(|e| {
            let session = store.read(&e.path).expect("readable");
            (e.path, session)
        })
        .collect()
}

#[test]
fn streamed_hits_are_the_in_memory_hits() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::new(dir.path());
    let shape = Shape { participants: 3, notes: 12, seed: 5 };
    let mut paths = Vec::new();
    for i in 0..130 {
        let s = synthetic::session(i, &shape);
        let path = store.session_path(&s.workshop, s.planned_start.naive_local(), &s.title);
        std::fs::create_dir_all(path.parent().expect("a folder"))?;
        write_ron(&path, &s)?;
        paths.push((path, s));
    }
    let filters = [
        SearchFilter::default(),
        SearchFilter { kind: Some(NoteKind::Action), ..SearchFilter::default() },
        SearchFilter { workshop: Some("dana desa".into()), ..SearchFilter::default() },
    ];
    let queries = [
        RARE_WORD,
        "desa",
        "SYAFII",
        "wedari",
        "kelas hari",
        "disabilitas ktp",
        "hari 3",
        "nothing-here",
        " ",
    ];
    let check = |store: &Store| {
        let corpus = Corpus::of_sessions(&in_memory(store));
        for filter in &filters {
            for q in queries {
                assert_eq!(
                    streamed(store, q, filter),
                    corpus.search(q, filter, usize::MAX),
                    "{q:?} {filter:?}"
                );
            }
        }
    };
    check(&store);
    assert_eq!(streamed(&store, RARE_WORD, &SearchFilter::default()).len(), 1);
    // Once more from the index, then after a file changed behind it.
    check(&store);
    let (path, mut s) = paths.swap_remove(7);
    s.notes[0].text = format!("{RARE_WORD} lagi");
    s.title = "Hari baru".into();
    write_ron(&path, &s)?;
    check(&store);
    Ok(())
}
