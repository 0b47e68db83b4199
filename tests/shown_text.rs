//! Text read from files never reaches the terminal as control sequences:
//! every command shows them (`^[`), as `ls` and `cat -v` do.

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::{Path, PathBuf};

use command::sigap;

const FIXTURE: &str = "tests/fixtures/golden-session.ron";
const CLIPBOARD: &str = "\u{1b}]52;c;cm0gLXJmIH4=\u{7}";

/// The golden session with escapes in a note, the title, a name and its file name.
fn hostile(dir: &Path) -> PathBuf {
    let text = fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("Dana Desa?", &format!("Dana Desa?{CLIPBOARD}"))
        .replace("title: \"Hari 1: Kepemimpinan\"", "title: \"Hari 1\u{1b}]0;pwned\u{7}\"")
        .replace("Ni Luh Wédari", "Ni Luh\u{1b}[2J Wédari\u{9b}31m");
    let folder = dir.join("bimtek-sekcam-jatim-2017");
    fs::create_dir_all(&folder).unwrap();
    let path = folder.join("hari-1\u{1b}[2J.ron");
    fs::write(&path, text).unwrap();
    path
}

fn assert_shown(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{7}'),
        "{what}: {text:?}"
    );
}

#[test]
fn no_command_sends_a_control_sequence_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile(dir.path());
    let p = path.to_str().unwrap();
    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("list", vec!["list"]),
        ("show", vec!["show", p]),
        ("search", vec!["search", "dana"]),
        ("report", vec!["report", "bimtek"]),
        ("roster show", vec!["roster", "show", p]),
        ("check", vec!["check"]),
        ("export md", vec!["export", p, "-f", "md"]),
        ("export csv", vec!["export", p, "-f", "csv"]),
        ("export html", vec!["export", p, "-f", "html"]),
        ("export json", vec!["export", p, "-f", "json"]),
    ];
    let mut seen_clipboard = false;
    for (what, args) in runs {
        let out = sigap(dir.path()).args(&args).output().unwrap();
        assert_shown(what, &out.stdout);
        assert_shown(what, &out.stderr);
        seen_clipboard |= String::from_utf8_lossy(&out.stdout).contains("^[]52;c;");
    }
    assert!(seen_clipboard, "the escape is shown, spelled out");
    let broken = dir.path().join("bimtek-sekcam-jatim-2017/broken\u{1b}]0;x\u{7}.ron");
    fs::write(&broken, "(version: 1, \u{1b}[2J").unwrap();
    let out = sigap(dir.path()).arg("check").output().unwrap();
    assert_shown("check of a broken file", &out.stdout);
}

#[test]
fn exported_minutes_and_sheets_carry_no_raw_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile(dir.path());
    for format in ["md", "csv", "html"] {
        let file = dir.path().join(format!("out.{format}"));
        sigap(dir.path()).arg("export").arg(&path).args(["-f", format, "-o"]).arg(&file).assert().success();
        assert_shown(format, &fs::read(&file).unwrap());
    }
    let json = dir.path().join("out.json");
    sigap(dir.path()).arg("export").arg(&path).args(["-f", "json", "-o"]).arg(&json).assert().success();
    let value: serde_json::Value = serde_json::from_slice(&fs::read(&json).unwrap()).unwrap();
    let notes = value["notes"].as_array().unwrap();
    assert!(
        notes.iter().any(|n| n["text"].as_str().unwrap().ends_with(CLIPBOARD)),
        "JSON keeps the data whole"
    );
}

#[path = "support/builders.rs"]
mod builders;

/// Every cell the terminal app would send, for a session whose note, title
/// and participant carry escapes.
fn cells_of_run_view(session: sigap::domain::Session) -> Vec<String> {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use sigap::tui::message::{Message, OpenedSession};
    let mut app = sigap::tui::app::App::new(sigap::text::Lang::En, builders::at("08:00"), 3);
    let opened = OpenedSession::to_run(PathBuf::from("s.ron"), session);
    app.update(Message::Opened(Box::new(opened)), builders::at("08:00"));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| sigap::tui::view::render(&app, frame)).unwrap();
    terminal.backend().buffer().content().iter().map(|c| c.symbol().to_string()).collect()
}

#[test]
fn the_terminal_app_draws_no_control_character() {
    use sigap::domain::{Note, NoteId, NoteKind};
    let mut session = builders::fresh_session();
    session.title = format!("Hari 1{CLIPBOARD}");
    session.roster[0].name = "Siti\u{1b}[2J Aminah".into();
    let at = builders::at("08:10");
    session.notes.push(Note::new(NoteId::new(at, 1), at, NoteKind::Note, format!("rapat{CLIPBOARD}")));
    let cells = cells_of_run_view(session);
    assert!(cells.iter().all(|c| !c.contains(char::is_control)), "ratatui drops control characters");
    assert!(cells.concat().contains("rapat"));
}

#[test]
fn pasting_or_typing_an_escape_into_a_note_keeps_it_out_of_the_file() {
    use ratatui_textarea::{Input, Key};
    use sigap::tui::command::{Command, Gesture};
    use sigap::tui::message::{Message, OpenedSession};
    let now = builders::at("08:00");
    let mut app = sigap::tui::app::App::new(sigap::text::Lang::En, now, 3);
    let opened = OpenedSession::to_run(PathBuf::from("s.ron"), builders::fresh_session());
    app.update(Message::Opened(Box::new(opened)), now);
    app.update(Command::NewNote, now);
    app.update(Gesture::Paste(format!("rapat{CLIPBOARD}\u{202e}ok\r\nbaris dua")), now);
    app.update(Gesture::Input(Input { key: Key::Char('\u{1b}'), ..Input::default() }), now);
    app.update(Command::SaveNote, now);
    let notes = &app.run_mut().unwrap().session().notes;
    let text = &notes.last().expect("the note is kept").text;
    assert_eq!(text, "rapat]52;c;cm0gLXJmIH4=ok\nbaris dua");
}
