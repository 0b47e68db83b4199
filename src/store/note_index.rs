//! The text of every session's notes in one file beside the sessions
//! (`.sigap-notes`), laid out so that a search streams through it instead of
//! parsing thousands of RON files: a directory of the sessions first, then
//! for each session one line of its folded texts (what a search compares)
//! followed by its notes as they were written (read only for a session that
//! matches). The folded texts are only as good as the folding that wrote
//! them, so the header names its version: an index folded another way would
//! miss hits, and is rebuilt. Like the listing cache it is checked against each file's size
//! and modification time, rebuilt from the files when anything changed, and
//! never more than a shortcut.
//!
//! The layout, one session a directory line and a record, fields separated
//! by tabs, `\`, tab and line breaks escaped:
//!
//! ```text
//! sigap-notes <format version> fold<fold version> <written, ns since 1970> <sessions>
//! <path> <size> <modified> <offset> <folded bytes> <notes bytes> <workshop> <title> <start>
//! …
//! <folded title> \x1f <folded note> \x1f …            (one line)
//! <id> <at> <kind> <text>                            (one line a note)
//! ```

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::DateTime;

use super::StoreError;
use super::cache::{relative, stamp};
use super::listing::{ReadProgress, SessionDigest, Tally, Unwatched, digest, read_all, session_files};
use crate::domain::fold::FOLD_VERSION;
use crate::domain::{FORMAT_VERSION, NoteId, NoteKind, Timestamp};
use crate::fold::fold;
use crate::store::IoAction;

const FILE: &str = ".sigap-notes";
const MAGIC: &str = "sigap-notes";
/// Separates the folded texts of one session's title and notes.
pub const SEPARATOR: char = '\x1f';

/// A session as a search first sees it: enough to decide whether its notes
/// are worth reading.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionText {
    pub path: PathBuf,
    pub workshop: String,
    pub title: String,
    pub planned_start: Timestamp,
    /// The folded title, then each note's folded text (by time), line breaks
    /// made spaces, joined by [`SEPARATOR`].
    pub folded: String,
}

/// One note as a search shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteText {
    pub id: NoteId,
    pub at: Timestamp,
    pub kind: NoteKind,
    pub text: String,
}

/// A session's notes as the index holds them, one line each, read into
/// [`NoteText`]s only when asked for: a search reads only the notes that
/// match.
pub struct NoteLines<'a> {
    lines: Vec<&'a str>,
}

impl<'a> NoteLines<'a> {
    fn new(body: &'a str) -> Self {
        NoteLines { lines: body.lines().collect() }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The `i`-th note by time, or `None` past the end or for a broken line.
    pub fn get(&self, i: usize) -> Option<NoteText> {
        parse_note(self.lines.get(i)?)
    }

    /// Every note that reads.
    pub fn all(&self) -> Vec<NoteText> {
        self.lines.iter().filter_map(|l| parse_note(l)).collect()
    }
}

/// One session of the directory.
#[derive(Clone, Debug)]
struct Entry {
    rel: String,
    size: u64,
    modified: i64,
    /// From the start of the records.
    offset: u64,
    folded_len: u64,
    body_len: u64,
    workshop: String,
    title: String,
    start: Timestamp,
}

impl Entry {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            escape(&self.rel),
            self.size,
            self.modified,
            self.offset,
            self.folded_len,
            self.body_len,
            escape(&self.workshop),
            escape(&self.title),
            self.start.to_rfc3339()
        )
    }

    fn parse(line: &str) -> Option<Entry> {
        let mut f = line.split('\t');
        let mut next = || f.next();
        Some(Entry {
            rel: unescape(next()?),
            size: next()?.parse().ok()?,
            modified: next()?.parse().ok()?,
            offset: next()?.parse().ok()?,
            folded_len: next()?.parse().ok()?,
            body_len: next()?.parse().ok()?,
            workshop: unescape(next()?),
            title: unescape(next()?),
            start: DateTime::parse_from_rfc3339(next()?).ok()?,
        })
    }

    /// Workshops A–Z, newest first within each, as the listing orders them.
    fn order(&self, other: &Entry) -> Ordering {
        self.workshop.cmp(&other.workshop).then(other.start.cmp(&self.start)).then(self.rel.cmp(&other.rel))
    }
}

/// An index file, its directory read and its records not yet.
struct Index {
    file: File,
    written: i64,
    records: u64,
    entries: Vec<Entry>,
}

fn open(path: &Path) -> Option<Index> {
    let mut reader = BufReader::new(File::open(path).ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut head = line.trim_end().split(' ');
    let (magic, version) = (head.next()?, head.next()?.parse::<u32>().ok()?);
    if magic != MAGIC || version != FORMAT_VERSION || head.next()? != fold_tag() {
        return None;
    }
    let written = head.next()?.parse().ok()?;
    let count: usize = head.next()?.parse().ok()?;
    let mut entries = Vec::with_capacity(count);
    let mut consumed = line.len() as u64;
    for _ in 0..count {
        line.clear();
        reader.read_line(&mut line).ok()?;
        consumed += line.len() as u64;
        entries.push(Entry::parse(line.strip_suffix('\n')?)?);
    }
    let file = reader.into_inner();
    // A file cut short (a crash before the disk had it all) is not used.
    let expected = consumed + entries.iter().map(|e| e.folded_len + e.body_len).sum::<u64>();
    if file.metadata().ok()?.len() != expected {
        return None;
    }
    Some(Index { file, written, records: consumed, entries })
}

/// How the header names the folding of the folded texts: `fold2`.
fn fold_tag() -> String {
    format!("fold{FOLD_VERSION}")
}

/// Every session under `root` in list order: `wanted` sees each one's title
/// and folded texts, and `found` gets the notes of those it wanted. Files that
/// changed since the index was written are read again (and the index
/// rewritten); the files that could not be read are returned.
pub fn scan(
    root: &Path,
    wanted: impl FnMut(&SessionText) -> bool,
    found: impl FnMut(&SessionText, &NoteLines),
) -> Result<Vec<StoreError>, StoreError> {
    scan_with(root, &Unwatched, wanted, found)
}

/// [`scan`], telling `progress` how far the reading of the files the index
/// does not hold has got.
pub fn scan_with(
    root: &Path,
    progress: &dyn ReadProgress,
    mut wanted: impl FnMut(&SessionText) -> bool,
    mut found: impl FnMut(&SessionText, &NoteLines),
) -> Result<Vec<StoreError>, StoreError> {
    let (index, errors) = current(root, progress)?;
    let mut reader = BufReader::with_capacity(1 << 17, index.file);
    reader
        .seek(SeekFrom::Start(index.records))
        .map_err(StoreError::io(&root.join(FILE), IoAction::Reading))?;
    let broken = |e: io::Error| {
        // Whatever is wrong with it, the next scan builds it afresh.
        let _ = std::fs::remove_file(root.join(FILE));
        StoreError::io(&root.join(FILE), IoAction::Reading)(e)
    };
    let mut folded = Vec::new();
    let mut body = Vec::new();
    for entry in index.entries {
        folded.resize(entry.folded_len as usize, 0);
        reader.read_exact(&mut folded).map_err(broken)?;
        let text = String::from_utf8(std::mem::take(&mut folded)).map_err(|e| broken(io::Error::other(e)))?;
        let session = SessionText {
            path: root.join(&entry.rel),
            workshop: entry.workshop,
            title: entry.title,
            planned_start: entry.start,
            folded: text.trim_end_matches('\n').to_string(),
        };
        folded = text.into_bytes();
        if wanted(&session) {
            body.resize(entry.body_len as usize, 0);
            reader.read_exact(&mut body).map_err(broken)?;
            let text = std::str::from_utf8(&body).map_err(|e| broken(io::Error::other(e)))?;
            found(&session, &NoteLines::new(text));
        } else {
            reader.seek_relative(entry.body_len as i64).map_err(broken)?;
        }
    }
    Ok(errors)
}

/// The index, brought up to date with the files; and the files that could
/// not be read.
fn current(root: &Path, progress: &dyn ReadProgress) -> Result<(Index, Vec<StoreError>), StoreError> {
    let path = root.join(FILE);
    let files = session_files(root);
    let old = open(&path);
    // A file changed within a second of the index being written may have
    // changed again without its time moving on; such entries are not trusted.
    let trusted_before = old.as_ref().map_or(i64::MIN, |i| i.written - 1_000_000_000);
    let known: HashMap<&str, &Entry> =
        old.iter().flat_map(|i| &i.entries).map(|e| (e.rel.as_str(), e)).collect();
    let mut keep = Vec::new();
    let mut to_read = Vec::new();
    for p in &files {
        let rel = relative(root, p);
        let stamp = stamp(p);
        match known.get(rel.as_str()) {
            Some(e) if stamp == Some((e.size, e.modified)) && e.modified < trusted_before => {
                keep.push((*e).clone())
            }
            _ => to_read.push(p.clone()),
        }
    }
    drop(known);
    let mut errors = Vec::new();
    let mut fresh = Vec::new();
    // In batches, so that a first reading of thousands of files never holds
    // all their notes at once.
    let tally = Tally::new(progress, to_read.len());
    for batch in to_read.chunks(256) {
        let read = read_all(batch.to_vec(), &tally, |p| (stamp(&p), digest(&p), relative(root, &p)));
        for (stamp, digest, rel) in read {
            match (stamp, digest) {
                (Some(stamp), Ok(d)) => fresh.push((rel, stamp, d)),
                (_, Err(e)) => errors.push(e),
                (None, Ok(_)) => {}
            }
        }
    }
    match old {
        Some(index) if fresh.is_empty() && keep.len() == index.entries.len() => Ok((index, errors)),
        old => Ok((rebuild(root, old, keep, fresh)?, errors)),
    }
}

/// Write a new index from the old one's still-valid records and freshly read
/// sessions. Where the folder cannot be written, the index lives in an
/// unnamed temporary file for this one scan.
fn rebuild(
    root: &Path,
    old: Option<Index>,
    keep: Vec<Entry>,
    fresh: Vec<(String, (u64, i64), SessionDigest)>,
) -> Result<Index, StoreError> {
    let path = root.join(FILE);
    let failed = |e: io::Error| StoreError::io(&path, IoAction::Writing)(e);
    // New records are spooled to a temporary file, then everything is
    // copied over in list order.
    let mut spool = BufWriter::new(tempfile::tempfile().map_err(failed)?);
    let mut sources: Vec<(Entry, bool)> = keep.into_iter().map(|e| (e, false)).collect();
    let mut at = 0;
    for (rel, (size, modified), d) in fresh {
        let (folded, body) = record(&d);
        spool.write_all(folded.as_bytes()).and_then(|_| spool.write_all(body.as_bytes())).map_err(failed)?;
        let s = &d.summary;
        let entry = Entry {
            rel,
            size,
            modified,
            offset: at,
            folded_len: folded.len() as u64,
            body_len: body.len() as u64,
            workshop: s.workshop.clone(),
            title: s.title.clone(),
            start: s.planned_start,
        };
        at += entry.folded_len + entry.body_len;
        sources.push((entry, true));
    }
    let mut spool = spool.into_inner().map_err(|e| failed(e.into_error()))?;
    sources.sort_by(|a, b| a.0.order(&b.0));

    let written =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64);
    let mut directory = format!("{MAGIC} {FORMAT_VERSION} {} {written} {}\n", fold_tag(), sources.len());
    let mut offset = 0;
    let mut entries = Vec::with_capacity(sources.len());
    for (entry, _) in &sources {
        let mut e = entry.clone();
        e.offset = offset;
        offset += e.folded_len + e.body_len;
        directory.push_str(&e.line());
        entries.push(e);
    }
    // Named like an unfinished save, so that a crash leaves nothing a
    // shared folder would pick up.
    let target = tempfile::Builder::new().prefix(".sigap-notes.").suffix(".tmp").tempfile_in(root).ok();
    let mut out = match &target {
        Some(t) => t.reopen().map_err(failed)?,
        None => tempfile::tempfile().map_err(failed)?,
    };
    {
        let mut w = BufWriter::with_capacity(1 << 17, &mut out);
        w.write_all(directory.as_bytes()).map_err(failed)?;
        let mut old_file = old.map(|i| (i.file, i.records));
        let mut buf = Vec::new();
        for (entry, is_fresh) in &sources {
            let len = (entry.folded_len + entry.body_len) as usize;
            buf.resize(len, 0);
            let (file, base) = match (is_fresh, old_file.as_mut()) {
                (true, _) => (&mut spool, 0),
                (false, Some((file, records))) => (file, *records),
                (false, None) => continue,
            };
            file.seek(SeekFrom::Start(base + entry.offset)).map_err(failed)?;
            file.read_exact(&mut buf).map_err(failed)?;
            w.write_all(&buf).map_err(failed)?;
        }
        w.flush().map_err(failed)?;
    }
    let records = directory.len() as u64;
    let file = match target {
        // Only a shortcut: renamed into place without an fsync; a torn file
        // fails its checks and is rebuilt.
        Some(t) => t.persist(&path).map_err(|e| failed(e.error))?,
        None => out,
    };
    Ok(Index { file, written, records, entries })
}

/// A session's folded line and its note lines.
fn record(d: &SessionDigest) -> (String, String) {
    let mut notes: Vec<_> = d.notes.iter().collect();
    notes.sort_by_key(|n| n.at);
    let mut folded = String::new();
    push_folded(&mut folded, &d.summary.title);
    let mut body = String::new();
    for n in notes {
        folded.push(SEPARATOR);
        push_folded(&mut folded, &n.text);
        let (id, at, kind, text) = (escape(&n.id.0), n.at.to_rfc3339(), kind_name(n.kind), escape(&n.text));
        body.push_str(&format!("{id}\t{at}\t{kind}\t{text}\n"));
    }
    folded.push('\n');
    (folded, body)
}

/// The folded text on one line, without separators of its own.
fn push_folded(out: &mut String, text: &str) {
    out.extend(fold(text).chars().map(|c| if matches!(c, '\n' | '\r' | '\t' | SEPARATOR) { ' ' } else { c }));
}

fn parse_note(line: &str) -> Option<NoteText> {
    let mut f = line.splitn(4, '\t');
    let id = NoteId(unescape(f.next()?));
    let at = DateTime::parse_from_rfc3339(f.next()?).ok()?;
    let kind = f.next()?;
    let kind = NoteKind::ALL.into_iter().find(|k| kind_name(*k) == kind)?;
    Some(NoteText { id, at, kind, text: unescape(f.next()?) })
}

fn kind_name(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Note => "Note",
        NoteKind::Decision => "Decision",
        NoteKind::Action => "Action",
        NoteKind::Question => "Question",
        NoteKind::ParkingLot => "ParkingLot",
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Note, Session};
    use crate::store::{Store, write_ron};

    fn at(hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).expect("a time")
    }

    type Seen = Vec<(SessionText, Vec<NoteText>)>;

    /// Every session with its notes, and how many files could not be read.
    fn everything(root: &Path) -> Result<(Seen, usize), StoreError> {
        let mut seen = Vec::new();
        let errors = scan(root, |_| true, |s, notes| seen.push((s.clone(), notes.all())))?;
        Ok((seen, errors.len()))
    }

    #[test]
    fn notes_come_back_as_written_and_follow_changes_behind_the_index()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = Store::new(dir.path());
        let mut s = Session::new("s1", "Bimtek", "Hari 1", at("08:00"));
        s.notes = vec![
            Note::new(
                NoteId::new(at("09:30"), 2),
                at("09:30"),
                NoteKind::Action,
                "Kirim\tproposal\nPJ: Imam Syafi'i \\ Wédari",
            ),
            Note::new(NoteId::new(at("08:45"), 1), at("08:45"), NoteKind::Note, "Pertama"),
        ];
        let (path, _) = store.create(&s)?;
        std::fs::write(dir.path().join("bimtek").join("broken.ron"), "(version: 1, id: ")?;
        let (seen, errors) = everything(dir.path())?;
        assert_eq!((seen.len(), errors), (1, 1));
        let (session, notes) = &seen[0];
        assert_eq!(session.folded, "hari 1\u{1f}pertama\u{1f}kirim proposal pj: imam syafii \\ wedari");
        assert_eq!(notes[1].text, s.notes[0].text);
        assert_eq!(
            (notes[1].kind, notes[1].at, &notes[1].id),
            (NoteKind::Action, at("09:30"), &s.notes[0].id)
        );
        assert!(dir.path().join(FILE).exists());
        // From the index, the same again.
        assert_eq!(everything(dir.path())?.0, seen);
        // A file changed behind the index is read again.
        s.title = "Hari 1 (ubah)".into();
        write_ron(&path, &s)?;
        assert_eq!(everything(dir.path())?.0[0].0.title, "Hari 1 (ubah)");
        // A broken index is rebuilt; a removed file drops out.
        std::fs::write(dir.path().join(FILE), "sigap-notes 1 0 5\ngarbage")?;
        assert_eq!(everything(dir.path())?.0[0].0.title, "Hari 1 (ubah)");
        std::fs::remove_file(&path)?;
        assert!(everything(dir.path())?.0.is_empty());
        Ok(())
    }

    #[test]
    fn a_trusted_index_is_read_as_is_and_one_cut_short_is_rebuilt() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let store = Store::new(dir.path());
        let mut s = Session::new("s1", "Bimtek", "Hari 1", at("08:00"));
        s.notes = vec![Note::new(NoteId::new(at("08:45"), 1), at("08:45"), NoteKind::Note, "Pertama")];
        let (path, _) = store.create(&s)?;
        // Older than any index by far, so that the index is trusted.
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options().write(true).open(&path)?.set_modified(an_hour_ago)?;
        let (seen, _) = everything(dir.path())?;
        let index = dir.path().join(FILE);
        let written = std::fs::metadata(&index)?.modified()?;
        assert_eq!(everything(dir.path())?.0, seen);
        assert_eq!(std::fs::metadata(&index)?.modified()?, written, "read, not rewritten");
        let full = std::fs::read(&index)?;
        std::fs::write(&index, &full[..full.len() - 3])?;
        assert_eq!(everything(dir.path())?.0, seen);
        assert_eq!(std::fs::read(&index)?.len(), full.len());
        Ok(())
    }

    #[test]
    fn an_index_folded_the_old_way_is_rebuilt() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = Store::new(dir.path());
        let mut s = Session::new("s1", "Bimtek", "Hari 1", at("08:00"));
        s.notes = vec![Note::new(NoteId::new(at("08:45"), 1), at("08:45"), NoteKind::Note, "Nguyễn Ṣāliḥ")];
        let (path, _) = store.create(&s)?;
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options().write(true).open(&path)?.set_modified(an_hour_ago)?;
        let (seen, _) = everything(dir.path())?;
        assert_eq!(seen[0].0.folded, "hari 1\u{1f}nguyen salih");
        // The same index with the header of the older folding, which had
        // no fold version: read as is, it would keep that folding's texts.
        let index = dir.path().join(FILE);
        let new = std::fs::read_to_string(&index)?;
        let (head, rest) = new.split_once('\n').expect("a header");
        let old_head = head.replace(&format!(" {}", fold_tag()), "");
        assert_eq!(old_head.split(' ').count(), 4);
        std::fs::write(&index, format!("{old_head}\n{rest}"))?;
        assert_eq!(everything(dir.path())?.0, seen);
        let rebuilt = std::fs::read_to_string(&index)?;
        assert!(rebuilt.lines().next().is_some_and(|h| h.contains(&format!(" {} ", fold_tag()))), "rebuilt");
        Ok(())
    }

    #[test]
    fn escaping_round_trips() {
        for text in ["plain", "a\\b", "tab\there", "line\nbreak\r\n", "trailing\\", "\\n literal"] {
            assert_eq!(unescape(&escape(text)), text);
        }
    }
}
