//! `sigap man`: the manual page from the same definition as the help, in
//! the language in force. To standard output, one page holds sigap and
//! every subcommand; with `--out DIR`, one page per command, as packages
//! install them (sigap.1, sigap-new.1…, which sigap.1's list names).

use std::io::Write;
use std::path::Path;

use clap_mangen::Man;

use super::Context;
use super::completions::lang_of;
use crate::domain::problem::CommandError;
use crate::text::Lang;

pub fn run(ctx: &mut Context, out: Option<&Path>) -> Result<bool, CommandError> {
    let lang = lang_of(ctx.text);
    let mut command = crate::cli::command(lang).disable_help_subcommand(true);
    command.build();
    match out {
        Some(dir) => {
            for (name, page) in pages(&command, lang)? {
                let path = dir.join(name);
                // Through the store: the folder is made, and no link or
                // session file is ever written over.
                ctx.store.write_export(&path, &String::from_utf8_lossy(&page))?;
                writeln!(ctx.out, "{}", path.display())?;
            }
        }
        None => ctx.out.write_all(&one_page(&command, lang)?)?,
    }
    ctx.out.flush()?;
    Ok(true)
}

/// sigap's page with a section for each subcommand, down the tree.
pub fn one_page(command: &clap::Command, lang: Lang) -> std::io::Result<Vec<u8>> {
    let man = titled(command, lang);
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    man.render_extra_section(&mut page)?;
    for sub in subcommands(command) {
        sub_sections(sub, &mut page)?;
    }
    man.render_version_section(&mut page)?;
    Ok(translated(&page, lang))
}

/// A subcommand's sections, one level down under a section of its own;
/// the global options are sigap's section's alone.
fn sub_sections(command: &clap::Command, page: &mut Vec<u8>) -> std::io::Result<()> {
    let name = command.get_bin_name().unwrap_or(command.get_name()).to_uppercase();
    let own = command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .fold(command.clone(), |c, global| c.mut_arg(global.get_id().clone(), |a| a.hide(true)));
    let man = Man::new(own);
    let mut sections = Vec::new();
    man.render_description_section(&mut sections)?;
    man.render_synopsis_section(&mut sections)?;
    man.render_options_section(&mut sections)?;
    if command.get_after_help().is_some() {
        man.render_extra_section(&mut sections)?;
    }
    writeln!(page, ".SH \"{name}\"")?;
    for line in String::from_utf8_lossy(&sections).lines() {
        match line.strip_prefix(".SH ") {
            Some(heading) => writeln!(page, ".SS {heading}")?,
            None => writeln!(page, "{line}")?,
        }
    }
    for sub in subcommands(command) {
        sub_sections(sub, page)?;
    }
    Ok(())
}

/// One page per command: `(file name, page)`.
pub fn pages(command: &clap::Command, lang: Lang) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let man = titled(command, lang);
    let mut page = Vec::new();
    man.render(&mut page)?;
    let mut all = vec![(man.get_filename(), translated(&page, lang))];
    for sub in subcommands(command) {
        all.extend(pages(sub, lang)?);
    }
    Ok(all)
}

/// A page whose header and footer say what it is (`man` shows "General
/// Commands Manual" and nothing where they are empty).
fn titled(command: &clap::Command, lang: Lang) -> Man {
    let source = format!("sigap {}", env!("CARGO_PKG_VERSION"));
    Man::new(command.clone()).source(source).manual(lang.cli().manual)
}

fn subcommands(command: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    command.get_subcommands().filter(|c| c.get_name() != "help" && !c.is_hide_set())
}

/// clap_mangen's section headings, which it writes in English, in `lang`;
/// its EXTRA (the text after the help) holds the examples.
fn translated(page: &[u8], lang: Lang) -> Vec<u8> {
    let headings: &[(&str, &str)] = match lang {
        Lang::En => &[("EXTRA", "EXAMPLES")],
        Lang::Id => &[
            ("NAME", "NAMA"),
            ("SYNOPSIS", "SINOPSIS"),
            ("DESCRIPTION", "DESKRIPSI"),
            ("OPTIONS", "OPSI"),
            ("EXTRA", "CONTOH"),
            ("VERSION", "VERSI"),
            ("AUTHORS", "PENULIS"),
        ],
    };
    let text = String::from_utf8_lossy(page);
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let found = ["SH", "SS"].iter().find_map(|m| {
            let heading = line.strip_prefix(&format!(".{m} "))?;
            let (_, to) = headings.iter().find(|(from, _)| *from == heading)?;
            Some(format!(".{m} {to}"))
        });
        out.push_str(found.as_deref().unwrap_or(line));
        out.push('\n');
    }
    out.into_bytes()
}
