//! Finding words across sessions: session titles and the text of every note,
//! matched through [`fold`] so that case, accents and apostrophes never stop
//! a match (`imam` finds `Imam`, `syafii` finds `Syafi'i`, `wedari` finds
//! `Wédari`).
//!
//! Pure: the caller reads the files and hands in the sessions.

use std::ops::Range;
use std::path::PathBuf;

use crate::domain::{NoteId, NoteKind, Session, Timestamp};
use crate::store::note_index::{NoteLines, SEPARATOR, SessionText};
use crate::text::{EN, ID, hhmm};
use fold::{fold, slug};

pub mod fold;
mod matching;

use matching::FoldedLine;
pub use matching::tidy_ranges;

/// Which sessions and notes a search looks at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchFilter {
    /// Only sessions of this workshop (see [`workshop_matches`]).
    pub workshop: Option<String>,
    /// Only notes of this kind (session titles have no kind and drop out).
    pub kind: Option<NoteKind>,
}

/// One session title or note that holds every word of the query.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub path: PathBuf,
    pub session_title: String,
    pub workshop: String,
    /// The note, or `None` when the session title matched.
    pub note: Option<NoteId>,
    /// When the note was taken, or the session's planned start for a title.
    pub at: Timestamp,
    /// The note's kind, or `None` for a title.
    pub kind: Option<NoteKind>,
    /// The line that matched: of a note over several lines, the one holding
    /// the most query words (the first such line on a tie).
    pub line: String,
    /// Byte ranges in `line` of the query words found in it, for
    /// highlighting: sorted, disjoint (words that overlap, as `dana` and `d`
    /// do, share one range) and on character boundaries. They are ranges of
    /// the original line, not of its folded form: `syafii` in
    /// `Imam Syafi'i` is `5..12`.
    pub ranges: Vec<Range<usize>>,
}

impl Hit {
    /// `HH:MM` of the hit.
    pub fn time(&self) -> String {
        hhmm(&self.at)
    }
}

/// One searchable text: a session's title or one of its notes, folded once
/// so that a search as you type only compares.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub path: PathBuf,
    pub workshop: String,
    pub session_title: String,
    pub note: Option<NoteId>,
    pub at: Timestamp,
    pub kind: Option<NoteKind>,
    pub text: String,
    folded: String,
}

/// Everything a search looks at: for each session, its title and then its
/// notes by time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    docs: Vec<Doc>,
}

impl Corpus {
    /// Add a session's title and notes (`(id, at, kind, text)`, any order).
    pub fn add_session<'a>(
        &mut self,
        path: &std::path::Path,
        workshop: &str,
        title: &str,
        start: Timestamp,
        notes: impl IntoIterator<Item = (&'a NoteId, Timestamp, NoteKind, &'a str)>,
    ) {
        let doc = |note: Option<NoteId>, at, kind, text: &str| Doc {
            path: path.to_path_buf(),
            workshop: workshop.to_string(),
            session_title: title.to_string(),
            note,
            at,
            kind,
            text: text.to_string(),
            folded: fold(text),
        };
        self.docs.push(doc(None, start, None, title));
        let mut notes: Vec<_> = notes.into_iter().collect();
        notes.sort_by_key(|n| n.1);
        for (id, at, kind, text) in notes {
            self.docs.push(doc(Some(id.clone()), at, Some(kind), text));
        }
    }

    /// Add a session as the note index holds it (no need to read it in full).
    pub fn add_indexed(&mut self, session: &SessionText, notes: &NoteLines) {
        let notes = notes.all();
        let notes = notes.iter().map(|n| (&n.id, n.at, n.kind, n.text.as_str()));
        self.add_session(&session.path, &session.workshop, &session.title, session.planned_start, notes);
    }

    /// The corpus of whole sessions.
    pub fn of_sessions(sessions: &[(PathBuf, Session)]) -> Corpus {
        let mut corpus = Corpus::default();
        for (path, s) in sessions {
            let notes = s.notes.iter().map(|n| (&n.id, n.at, n.kind, n.text.as_str()));
            corpus.add_session(path, &s.workshop, &s.title, s.planned_start, notes);
        }
        corpus
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Every title and note that contains all words of `query` (in any
    /// order, anywhere in the text), in corpus order; at most `limit`. A
    /// query without words finds nothing.
    pub fn search(&self, query: &str, filter: &SearchFilter, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.docs
            .iter()
            .filter(|d| match (filter.kind, d.kind) {
                (None, _) => true,
                (Some(k), Some(dk)) => k == dk,
                (Some(_), None) => false,
            })
            .filter(|d| words.iter().all(|w| d.folded.contains(w.as_str())))
            .filter(|d| filter.workshop.as_deref().is_none_or(|w| workshop_matches(&d.workshop, w)))
            .filter_map(|d| {
                let (line, ranges) = best_line(&d.text, &words)?;
                Some(Hit {
                    path: d.path.clone(),
                    session_title: d.session_title.clone(),
                    workshop: d.workshop.clone(),
                    note: d.note.clone(),
                    at: d.at,
                    kind: d.kind,
                    line,
                    ranges,
                })
            })
            .take(limit)
            .collect()
    }
}

/// A search over a stream of sessions (see [`crate::store::note_index`]):
/// each session is first judged by its folded texts alone, and only one that
/// may hold a hit has its notes read.
#[derive(Clone, Debug)]
pub struct Query {
    words: Vec<String>,
    filter: SearchFilter,
}

impl Query {
    pub fn new(text: &str, filter: SearchFilter) -> Query {
        Query { words: fold(text).split_whitespace().map(str::to_string).collect(), filter }
    }

    /// Whether the session is of the wanted workshop and holds every word
    /// somewhere (a query without words wants nothing).
    pub fn may_match(&self, session: &SessionText) -> bool {
        !self.words.is_empty()
            && self.words.iter().all(|w| session.folded.contains(w.as_str()))
            && self.filter.workshop.as_deref().is_none_or(|w| workshop_matches(&session.workshop, w))
    }

    /// The session's title and notes that hold every word, as
    /// [`Corpus::search`] finds them: the title first, then the notes by time.
    pub fn hits(&self, session: &SessionText, notes: &NoteLines) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (i, folded) in session.folded.split(SEPARATOR).enumerate() {
            if !self.words.iter().all(|w| folded.contains(w.as_str())) {
                continue;
            }
            // Only a note that matches is read from its line.
            let note = match i {
                0 => None,
                _ => match notes.get(i - 1) {
                    Some(n) => Some(n),
                    None => continue,
                },
            };
            let kind = note.as_ref().map(|n| n.kind);
            let wanted = match (self.filter.kind, kind) {
                (None, _) => true,
                (Some(k), Some(nk)) => k == nk,
                (Some(_), None) => false,
            };
            if !wanted {
                continue;
            }
            let text = note.as_ref().map_or(session.title.as_str(), |n| n.text.as_str());
            let Some((line, ranges)) = best_line_of(text, &self.words) else { continue };
            let (id, at) = match note {
                Some(n) => (Some(n.id), n.at),
                None => (None, session.planned_start),
            };
            hits.push(Hit {
                path: session.path.clone(),
                session_title: session.title.clone(),
                workshop: session.workshop.clone(),
                note: id,
                at,
                kind,
                line,
                ranges,
            });
        }
        hits
    }
}

/// Every title and note of `sessions` that contains all words of `query`
/// (in any order, anywhere in the note), sessions in the order given, each
/// session's title first and then its notes by time. A query without words
/// finds nothing.
pub fn search(sessions: &[(PathBuf, Session)], query: &str, filter: &SearchFilter) -> Vec<Hit> {
    Corpus::of_sessions(sessions).search(query, filter, usize::MAX)
}

/// Whether a workshop name is the one asked for, as `sigap list --workshop`
/// matches it: the folded request is part of the folded name, or both make
/// the same slug (the workshop's folder name).
pub fn workshop_matches(name: &str, wanted: &str) -> bool {
    fold(name).contains(&fold(wanted)) || slug(name) == slug(wanted)
}

/// A note kind from the command line: the English or Indonesian word, in
/// any case, with spaces, dashes or underscores (`parking-lot`, `tindak lanjut`).
pub fn parse_note_kind(text: &str) -> Result<NoteKind, String> {
    let wanted = slug(text);
    // Words sigap once used still work in scripts written with them.
    let former = [("parkir-isu", NoteKind::ParkingLot)];
    NoteKind::ALL
        .into_iter()
        .find(|k| slug(EN.note_kind(*k)) == wanted || slug(ID.note_kind(*k)) == wanted)
        .or_else(|| former.iter().find(|(word, _)| *word == wanted).map(|(_, k)| *k))
        .ok_or_else(|| {
            let names = |t: &crate::text::Text| {
                NoteKind::ALL.iter().map(|k| slug(t.note_kind(*k))).collect::<Vec<_>>().join(", ")
            };
            format!("\"{text}\" is not a note kind ({}; {})", names(&EN), names(&ID))
        })
}

/// The line of `text` that holds the most words, with their ranges; `None`
/// unless every word occurs somewhere in `text`.
fn best_line(text: &str, words: &[String]) -> Option<(String, Vec<Range<usize>>)> {
    let folded = fold(text);
    if !words.iter().all(|w| folded.contains(w.as_str())) {
        return None;
    }
    best_line_of(text, words)
}

/// The line of `text` that holds the most words, with their ranges, for a
/// text already known to hold every word.
fn best_line_of(text: &str, words: &[String]) -> Option<(String, Vec<Range<usize>>)> {
    let mut best: Option<(&str, usize, Vec<Range<usize>>)> = None;
    for line in text.lines() {
        let (found, ranges) = FoldedLine::new(line).find_all(words);
        if best.as_ref().is_none_or(|(_, most, _)| found > *most) {
            best = Some((line, found, ranges));
        }
    }
    best.map(|(line, _, ranges)| (line.to_string(), ranges))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Note;
    use chrono::DateTime;

    fn at(hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap()
    }

    fn note(n: u64, hm: &str, kind: NoteKind, text: &str) -> Note {
        Note::new(NoteId::new(at(hm), n), at(hm), kind, text)
    }

    fn sessions() -> Vec<(PathBuf, Session)> {
        let mut s = Session::new("s1", "Bimtek Sekcam Jatim", "Hari 1: Kepemimpinan", at("08:00"));
        s.notes = vec![
            note(2, "09:30", NoteKind::Action, "Kirim proposal\nPJ: Imam Syafi'i, S.Sos."),
            note(1, "08:45", NoteKind::Note, "Bu Ni Luh Wédari bertanya soal anggaran"),
            note(3, "10:00", NoteKind::Decision, "Proposal dikirim lewat Imam"),
        ];
        let mut other = Session::new("s2", "Lokakarya Desa", "Kepemimpinan desa", at("13:00"));
        other.notes = vec![note(4, "13:30", NoteKind::Question, "Siapa PJ anggaran desa?")];
        vec![(PathBuf::from("a/hari-1.ron"), s), (PathBuf::from("b/desa.ron"), other)]
    }

    fn find(query: &str, filter: &SearchFilter) -> Vec<Hit> {
        search(&sessions(), query, filter)
    }

    #[test]
    fn folding_finds_case_apostrophes_and_accents() {
        let hits = find("syafii", &SearchFilter::default());
        assert_eq!(hits.len(), 1);
        let hit = &hits[0];
        assert_eq!(hit.line, "PJ: Imam Syafi'i, S.Sos.");
        assert_eq!(&hit.line[hit.ranges[0].clone()], "Syafi'i");
        assert_eq!((hit.time(), hit.kind), ("09:30".to_string(), Some(NoteKind::Action)));
        let hits = find("WEDARI", &SearchFilter::default());
        assert_eq!(&hits[0].line[hits[0].ranges[0].clone()], "Wédari");
        assert_eq!(find("imam", &SearchFilter::default()).len(), 2);
    }

    #[test]
    fn every_word_must_match_in_any_order() {
        let hits = find("imam proposal", &SearchFilter::default());
        let times: Vec<String> = hits.iter().map(Hit::time).collect();
        assert_eq!(times, vec!["09:30", "10:00"]);
        // Words on different lines, one on each: the first line is shown.
        assert_eq!(hits[0].line, "Kirim proposal");
        assert_eq!(hits[1].ranges, vec![0..8, 23..27]);
        assert!(find("imam desa", &SearchFilter::default()).is_empty());
        assert!(find("   ", &SearchFilter::default()).is_empty());
    }

    #[test]
    fn titles_are_hits_without_a_note_or_a_kind() {
        let hits = find("kepemimpinan", &SearchFilter::default());
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].note.as_ref(), hits[0].kind), (None, None));
        assert_eq!(hits[0].time(), "08:00");
        assert_eq!(hits[0].ranges, vec![8..20]);
    }

    #[test]
    fn filters_narrow_by_workshop_and_kind() {
        let by_kind = SearchFilter { kind: Some(NoteKind::Question), ..SearchFilter::default() };
        let hits = find("anggaran", &by_kind);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].workshop, "Lokakarya Desa");
        let by_workshop = SearchFilter { workshop: Some("sekcam".into()), ..SearchFilter::default() };
        let hits = find("anggaran", &by_workshop);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].path, PathBuf::from("a/hari-1.ron"));
        let titles_out = SearchFilter { kind: Some(NoteKind::Note), ..SearchFilter::default() };
        assert!(find("kepemimpinan", &titles_out).is_empty());
    }

    #[test]
    fn note_kinds_are_read_in_both_languages() {
        assert_eq!(parse_note_kind("parking-lot"), Ok(NoteKind::ParkingLot));
        assert_eq!(parse_note_kind("Parking_Lot"), Ok(NoteKind::ParkingLot));
        assert_eq!(parse_note_kind("tindak lanjut"), Ok(NoteKind::Action));
        assert_eq!(parse_note_kind("keputusan"), Ok(NoteKind::Decision));
        assert!(parse_note_kind("lunch").unwrap_err().contains("parking-lot"));
    }
}
