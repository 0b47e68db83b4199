//! The words of data safety: targets left alone, text shown safely, roster
//! files that cannot be read as they are, and git's merge driver.

use std::path::Path;

use crate::domain::problem::{FileKind, NodeKind, TargetProblem};

/// Words of refusals that keep a file, or a terminal, safe.
pub struct SafetyText {
    /// Why a target was left as it was (after `path: `).
    pub problem: fn(&TargetProblem) -> String,
    /// `{line}` and `{file}` are filled in.
    pub conflict_markers: &'static str,
    /// The sessions folder's git lacks the merge driver its `.gitattributes` names.
    pub driver_missing: &'static str,
    /// `sigap git-setup` could not learn where this sigap is.
    pub no_exe: &'static str,
    /// The driver's program is not where it was when written.
    pub driver_gone: &'static str,
    /// A roster file neither UTF-8, Windows-1252 nor UTF-16.
    pub unknown_encoding: &'static str,
    /// A field spans lines or holds the rows' separator: `{what}` is filled in.
    pub runaway_field: &'static str,
    pub name: &'static str,
    /// Control characters in a roster's column (direction marks in a name).
    pub control_chars: &'static str,
    /// A NIP on several rows: `{nip}` and `{rows}` are filled in.
    pub duplicate_nip: &'static str,
}

fn kind_words(kind: &FileKind, words: [&'static str; 4]) -> String {
    match kind {
        FileKind::Session => words[0].to_string(),
        FileKind::Roster => words[1].to_string(),
        FileKind::Template => words[2].to_string(),
        FileKind::Other { extension } if extension.is_empty() => words[3].replace("{ext} ", ""),
        FileKind::Other { extension } => words[3].replace("{ext}", &format!(".{extension}")),
    }
}

fn node_words(node: NodeKind, words: [&'static str; 5]) -> &'static str {
    let all = [NodeKind::Folder, NodeKind::Device, NodeKind::Pipe, NodeKind::Socket, NodeKind::Unknown];
    words[all.iter().position(|n| *n == node).unwrap_or(4)]
}

fn en_problem(p: &TargetProblem) -> String {
    match p {
        TargetProblem::OtherKind { found } => format!(
            "is {}; not written over",
            kind_words(
                found,
                ["a session file", "a roster file", "a template file", "a {ext} file of another kind"]
            )
        ),
        TargetProblem::Held => "another sigap has it open; not written over".to_string(),
        TargetProblem::NotRegular { node } => format!(
            "is {}, not a regular file; not written over",
            node_words(*node, ["a folder", "a device node", "a pipe", "a socket", "a special file"])
        ),
        TargetProblem::Link { to } => format!(
            "is a symbolic link to {}; sigap does not write through links: use the file it points to",
            shown(to)
        ),
    }
}

fn id_problem(p: &TargetProblem) -> String {
    match p {
        TargetProblem::OtherKind { found } => format!(
            "adalah {}; tidak ditimpa",
            kind_words(
                found,
                ["berkas sesi", "berkas daftar peserta", "berkas templat", "berkas {ext} jenis lain"]
            )
        ),
        TargetProblem::Held => "sigap lain sedang membukanya; tidak ditimpa".to_string(),
        TargetProblem::NotRegular { node } => format!(
            "adalah {}, bukan berkas biasa; tidak ditimpa",
            node_words(*node, ["folder", "berkas perangkat", "pipa", "soket", "berkas khusus"])
        ),
        TargetProblem::Link { to } => format!(
            "adalah tautan simbolis ke {}; sigap tidak menulis melalui tautan: gunakan berkas tujuannya",
            shown(to)
        ),
    }
}

fn shown(path: &Path) -> String {
    super::visible::visible(&path.display().to_string()).into_owned()
}

pub const EN: SafetyText = SafetyText {
    problem: en_problem,
    conflict_markers: "git merge conflict markers at line {line}: run `sigap git-setup`, then `git checkout --merge {file}`",
    driver_missing: "this sessions folder's .gitattributes hands session files to sigap, but this repository's git does not know the sigap merge driver (a fresh clone?): run `sigap git-setup` here, or every pull of a changed session will conflict",
    no_exe: "cannot tell where this sigap program is, so git could not run it; nothing was configured",
    driver_gone: "the merge driver runs a sigap that is no longer there: run `sigap git-setup` again",
    unknown_encoding: "is neither UTF-8, Windows-1252 nor UTF-16 text; save it again from the spreadsheet as \"CSV UTF-8\"",
    runaway_field: "the {what} spans a line break or holds the separator of the rows after it (a quote that is never closed?); check the quotes in this row",
    name: "name",
    control_chars: "a column holds control characters (or, in a name, direction marks); type it again",
    duplicate_nip: "NIP {nip} is on rows {rows}: the same person twice?",
};

pub const ID: SafetyText = SafetyText {
    problem: id_problem,
    conflict_markers: "ada penanda konflik merge git di baris {line}: jalankan `sigap git-setup`, lalu `git checkout --merge {file}`",
    driver_missing: ".gitattributes folder sesi ini menyerahkan berkas sesi ke sigap, tetapi git repositori ini belum mengenal merge driver sigap (hasil clone baru?): jalankan `sigap git-setup` di sini, atau setiap pull sesi yang berubah akan konflik",
    no_exe: "tidak dapat mengetahui letak program sigap ini, jadi git tidak dapat menjalankannya; tidak ada yang diatur",
    driver_gone: "merge driver menjalankan sigap yang sudah tidak ada: jalankan `sigap git-setup` lagi",
    unknown_encoding: "bukan teks UTF-8, Windows-1252, maupun UTF-16; simpan ulang dari spreadsheet sebagai \"CSV UTF-8\"",
    runaway_field: "{what} melewati pergantian baris atau memuat pemisah baris-baris sesudahnya (tanda kutip yang tidak ditutup?); periksa tanda kutip di baris ini",
    name: "nama",
    control_chars: "sebuah kolom memuat karakter kendali (atau, pada nama, tanda arah teks); ketik ulang",
    duplicate_nip: "NIP {nip} ada di baris {rows}: orang yang sama dua kali?",
};
