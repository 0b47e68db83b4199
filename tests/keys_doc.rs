//! `docs/keys.md` ends with the key table in both languages, as the table
//! in the code gives it: this test fails when they differ, and with
//! `SIGAP_WRITE_DOCS=1` it writes the file anew.

use std::fmt::Write as _;
use std::path::Path;

use sigap::text::Lang;
use sigap::tui::keymap::{Context, Keymap, keys_label};

/// Where the written part of the file ends and the generated part begins.
const MARK: &str =
    "<!-- Everything below is written from the key table: SIGAP_WRITE_DOCS=1 cargo test --test keys_doc -->";

/// Every context of the key table, with each key and its words, in a language.
fn table(lang: Lang, heading: &str, columns: &str) -> String {
    let t = lang.text();
    let keymap = Keymap::for_lang(lang);
    let mut out = format!("## {heading}\n");
    for context in Context::ALL {
        let bindings: Vec<_> = keymap.bindings_of(std::slice::from_ref(&context)).collect();
        if bindings.is_empty() {
            continue;
        }
        write!(out, "\n### {}\n\n{columns}\n|---|---|---|\n", context.name(t)).unwrap();
        for b in bindings {
            let keys = keys_label(b).replace('|', "\\|");
            writeln!(
                out,
                "| `{keys}` | `{}` | {} |",
                b.command.name(),
                b.command.long(t).replace('|', "\\|")
            )
            .unwrap();
        }
    }
    out
}

fn generated() -> String {
    format!(
        "{MARK}\n\n{}\n{}",
        table(Lang::En, "Every key", "| key | command | does |"),
        table(Lang::Id, "Semua tombol", "| tombol | perintah | fungsi |")
    )
}

#[test]
fn the_keys_doc_is_the_key_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keys.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let intro = text.split(MARK).next().unwrap_or_default().trim_end();
    let wanted = format!("{intro}\n\n{}", generated());
    if std::env::var_os("SIGAP_WRITE_DOCS").is_some() {
        std::fs::write(&path, &wanted).unwrap();
        return;
    }
    assert!(
        text == wanted,
        "docs/keys.md differs from the key table; write it anew with SIGAP_WRITE_DOCS=1 cargo test --test keys_doc"
    );
}
