//! The minutes as a Word document, read back: the bundled first day is
//! exported by the real binary in both languages, unzipped, parsed and
//! checked against the session; the XML is kept as golden files.

#[path = "support/docx.rs"]
mod docx;
#[path = "support/example.rs"]
mod example;

use std::path::{Path, PathBuf};

use chrono::DateTime;
use sigap::domain::{AgendaItem, Gender, ItemId, ItemKind, Note, NoteId, NoteKind, Session};
use sigap::export::Format;
use sigap::store::{read_ron, write_ron};

const DAY_ONE: &str =
    "bimtek-sekcam-jawa-timur-2017/2017-05-08-0745-hari-1-kepemimpinan-dan-akuntabilitas-sosial.ron";
const CHAIR: &str = "Drs. Bambang Sutrisno, M.M.";
const NOTE_TAKER: &str = "Sri Wahyuni, S.Sos.";

/// The first day with its chair and note-taker filled in, in a copy of
/// the example folder.
fn day_one() -> (tempfile::TempDir, PathBuf, Session) {
    let dir = example::example();
    let path = dir.path().join(DAY_ONE);
    let mut session: Session = read_ron(&path).unwrap();
    session.chair = CHAIR.into();
    session.note_taker = NOTE_TAKER.into();
    write_ron(&path, &session).unwrap();
    (dir, path, session)
}

fn exported(dir: &Path, path: &Path, lang: &str) -> Vec<u8> {
    let out = dir.join(format!("minutes-{lang}.docx"));
    // As `support/command.rs` runs sigap, in the language asked for.
    assert_cmd::Command::cargo_bin("sigap")
        .unwrap()
        .arg("--dir")
        .arg(dir)
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env_remove("SIGAP_LANG")
        .args(["--lang", lang, "export"])
        .arg(path)
        .args(["--format", "docx", "-o"])
        .arg(&out)
        .assert()
        .success();
    std::fs::read(out).unwrap()
}

/// The XML with a line for each paragraph, row and table, so that a
/// change shows as a change of lines.
fn lined(xml: &str) -> String {
    xml.replace("<w:p ", "\n<w:p ").replace("<w:tbl>", "\n<w:tbl>").replace("<w:tr>", "\n<w:tr>")
}

struct Words {
    heading: &'static str,
    date: &'static str,
    zone: &'static str,
    present: String,
    discussion: &'static str,
    dated: &'static str,
    action_head: [&'static str; 5],
    open: &'static str,
}

fn check(docx: &[u8], s: &Session, w: &Words) {
    let xml = docx::part(docx, "word/document.xml");
    let body = docx::body(&xml);
    let p = &body.paragraphs;
    assert_eq!(p[0], w.heading);
    assert_eq!(p[1], s.title);
    assert_eq!(p[2], s.workshop);
    let facts: Vec<&str> = body.tables[0].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(facts[0], w.date);
    assert!(facts[1].contains(w.zone), "{}", facts[1]);
    assert!(facts.contains(&CHAIR) && facts.contains(&NOTE_TAKER), "{facts:?}");
    assert!(facts.contains(&s.venue.as_str()), "{facts:?}");
    assert_eq!(facts.last().unwrap(), &w.present);

    // The agenda: a heading row, then each item with its speaker.
    let agenda = &body.tables[1];
    assert_eq!(agenda.len(), s.agenda.len() + 1);
    for (row, item) in agenda[1..].iter().zip(&s.agenda) {
        assert_eq!(row.len(), 5);
        assert_eq!(row[1], item.title);
        assert_eq!(row[2], item.facilitator.clone().unwrap_or_default());
    }

    // Each note under its item, in the order taken.
    let discussion = body.paragraph(w.discussion);
    let mut cursor = discussion;
    for (n, item) in s.agenda.iter().enumerate() {
        let mut notes: Vec<&Note> = s.notes_of(Some(&item.id)).collect();
        if notes.is_empty() {
            continue;
        }
        notes.sort_by_key(|n| n.at);
        let heading = body.paragraph(&format!("{}. {}", n + 1, item.title));
        assert!(heading > cursor, "{} out of order", item.title);
        for (k, note) in notes.iter().enumerate() {
            assert!(p[heading + 1 + k].contains(&note.text), "{:?} not under {}", note.text, item.title);
        }
        cursor = heading + notes.len();
    }

    // The action items: a heading row, then one row per action.
    let mut actions: Vec<&Note> = s.notes.iter().filter(|n| n.kind == NoteKind::Action).collect();
    actions.sort_by_key(|n| n.at);
    let table = &body.tables[2];
    assert_eq!(table[0], w.action_head);
    assert_eq!(table.len(), actions.len() + 1);
    for (n, (row, note)) in table[1..].iter().zip(&actions).enumerate() {
        assert_eq!(row[0], (n + 1).to_string());
        assert_eq!(row[1], note.text);
        assert_eq!(row[2], note.owner.clone().unwrap_or_default());
        assert!(note.done || row[4] == w.open);
    }

    // The signatures: place and date, both names.
    let signatures: Vec<&str> = body.tables[3].iter().flatten().map(String::as_str).collect();
    assert!(signatures.contains(&w.dated), "{signatures:?}");
    assert!(signatures.contains(&CHAIR) && signatures.contains(&NOTE_TAKER), "{signatures:?}");

    assert_eq!(xml.matches("<w:tbl>").count(), 4);
    // Seven facts, the agenda, the actions, seven lines of signatures.
    let rows = 7 + s.agenda.len() + 1 + actions.len() + 1 + 7;
    assert_eq!(xml.matches("<w:tr>").count(), rows);
    assert!(docx::part(docx, "docProps/custom.xml").contains(r#"name="sigap""#));
}

fn by_gender(s: &Session, g: Gender) -> usize {
    s.roster.iter().filter(|p| p.gender == g && s.mark(&p.id).status.is_in_room()).count()
}

#[test]
fn the_indonesian_minutes_read_back_as_the_session() {
    let (dir, path, s) = day_one();
    let docx = exported(dir.path(), &path, "id");
    let count = s.attendance_count();
    let present = format!(
        "hadir {} dari {} orang (laki-laki {}, perempuan {})",
        count.in_room,
        count.roster,
        by_gender(&s, Gender::Male),
        by_gender(&s, Gender::Female)
    );
    let words = Words {
        heading: "NOTULENSI",
        date: "Senin, 8 Mei 2017",
        zone: " WIB",
        present,
        discussion: "Pembahasan",
        dated: "Surabaya, 8 Mei 2017",
        action_head: ["No.", "Uraian", "Penanggung jawab", "Tenggat", "Status"],
        open: "terbuka",
    };
    check(&docx, &s, &words);
    let xml = docx::part(&docx, "word/document.xml");
    assert!(xml.contains(">pukul 07.51–16.14 WIB (rencana 07.45–16.00)<"));
    insta::assert_snapshot!("document_id", lined(&xml));
}

#[test]
fn the_english_minutes_keep_english_forms() {
    let (dir, path, s) = day_one();
    let docx = exported(dir.path(), &path, "en");
    let count = s.attendance_count();
    let present = format!(
        "{} of {} present (male {}, female {})",
        count.in_room,
        count.roster,
        by_gender(&s, Gender::Male),
        by_gender(&s, Gender::Female)
    );
    let words = Words {
        heading: "MINUTES",
        date: "Monday, 8 May 2017",
        zone: "UTC+07:00",
        present,
        discussion: "Discussion",
        dated: "Surabaya, 2017-05-08",
        action_head: ["No.", "What", "Owner", "Due", "State"],
        open: "open",
    };
    check(&docx, &s, &words);
    let xml = docx::part(&docx, "word/document.xml");
    insta::assert_snapshot!("document_en", lined(&xml));
}

#[test]
fn without_a_chair_the_facilitator_signs_and_names_are_left_to_write() {
    let dir = example::example();
    let path = dir.path().join(DAY_ONE);
    let mut session: Session = read_ron(&path).unwrap();
    session.chair.clear();
    session.note_taker.clear();
    write_ron(&path, &session).unwrap();
    let docx = exported(dir.path(), &path, "id");
    let body = docx::body(&docx::part(&docx, "word/document.xml"));
    let signatures = body.tables.last().unwrap();
    let cells: Vec<&str> = signatures.iter().flatten().map(String::as_str).collect();
    assert!(cells.contains(&"Fasilitator,") && cells.contains(&"Notulis,"), "{cells:?}");
    assert!(cells.contains(&"Dr. Ratna Kusumawardani, M.Si."), "{cells:?}");
    assert!(cells.contains(&"(.................................)"), "{cells:?}");
    assert!(!body.tables[0].iter().any(|r| r[0] == "Pimpinan rapat" || r[0] == "Notulis"));
}

#[test]
fn a_hostile_note_stays_text_and_its_lines_stay_lines() {
    let at = |hm: &str| DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap();
    let mut s = Session::new("s", "Bimtek & <Rapat>", "</w:t></w:r><w:r><w:t>Hari 1", at("08:00"));
    s.agenda.push(AgendaItem::new(ItemId::numbered(1), "Materi <w:tbl> & inti", ItemKind::Input, 60));
    let text = "\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}<w:t>&amp; & ]]>\n1. satu\n2. dua\u{9b}";
    let mut note = Note::new(NoteId("n1".into()), at("08:10"), NoteKind::Action, text);
    note.item = Some(ItemId::numbered(1));
    note.owner = Some("Camat \u{1b}[31mPanekan".into());
    s.notes.push(note);
    let docx = sigap::export::document(&s, Format::Docx, &sigap::text::ID);
    let xml = docx::part(&docx, "word/document.xml");
    assert!(!xml.contains(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t')), "{xml}");
    let body = docx::body(&xml);
    assert_eq!(body.paragraphs[1], "</w:t></w:r><w:r><w:t>Hari 1");
    assert_eq!(body.paragraphs[2], "Bimtek & <Rapat>");
    let shown = "^[[2J^[]52;c;ZXZpbA==^G<w:t>&amp; & ]]>\n1. satu\n2. dua\\u{9b}";
    let under = body.paragraph("1. Materi <w:tbl> & inti");
    assert!(body.paragraphs[under + 1].contains(shown), "{:?}", body.paragraphs[under + 1]);
    assert!(body.paragraphs[under + 1].contains("Camat ^[[31mPanekan"));
    let actions = &body.tables[2];
    assert_eq!(actions[1][1], shown);
    assert_eq!(xml.matches("<w:tbl>").count(), 4);
}

#[test]
fn the_document_piped_to_standard_output_is_the_same_zip() {
    let (dir, path, s) = day_one();
    let written = exported(dir.path(), &path, "id");
    let piped = assert_cmd::Command::cargo_bin("sigap")
        .unwrap()
        .arg("--dir")
        .arg(dir.path())
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .args(["--lang", "id", "export"])
        .arg(&path)
        .args(["--format", "docx"])
        .output()
        .unwrap();
    assert!(piped.status.success());
    // A zip's bytes hold control characters: none may be shown as `^C`.
    assert_eq!(piped.stdout, written);
    let body = docx::body(&docx::part(&piped.stdout, "word/document.xml"));
    assert_eq!(body.paragraphs[1], s.title);
}
