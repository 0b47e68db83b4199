//! The words of `sigap merge` and `sigap git-setup`.

use crate::domain::merge::{MergeError, Resolution};

/// The words of merging copies of a session and of setting git up for it.
pub struct MergeText {
    /// Why two files could not be merged.
    pub error: fn(&MergeError) -> String,
    /// What the merge decided, one line.
    pub resolution: fn(&Resolution) -> String,
    /// After the conflicts: what the person should do.
    pub conflicts_left: &'static str,
    /// A file that is not a session (a template, a roster), changed in both
    /// copies: this copy is kept.
    pub kept_ours: &'static str,
    /// The sessions folder is not inside a git repository.
    pub no_git: &'static str,
    pub git_failed: &'static str,
    /// `git-setup`: a file written, and the driver configured.
    pub wrote: &'static str,
    pub already: &'static str,
    pub configured: &'static str,
}

pub const EN: MergeText = MergeText {
    error: |e| match e {
        MergeError::DifferentSessions { ours, theirs } => format!(
            "these are two different sessions (ids \"{ours}\" and \"{theirs}\"); only copies of the same session can be merged"
        ),
    },
    resolution: |r| match r {
        Resolution::NoteChangedInBoth { note, copy } => {
            format!(
                "conflict: note {note} was changed in both copies; both are kept, the other as note {copy}"
            )
        }
        Resolution::ParticipantRenamed { from, to, name } => {
            format!("{name} was added in both copies under {from} beside someone else; {name} is now {to}")
        }
        Resolution::DraftKeptAsNote { note } => {
            format!("both copies had a note being written; the other one is kept as note {note}")
        }
    },
    conflicts_left: "open the session, keep the version you want and delete the other",
    kept_ours: "was changed in both copies and is not a session sigap can merge; this copy was kept as it is",
    no_git: "is not inside a git repository; run `git init` there (or clone the shared repository) first",
    git_failed: "git could not be run",
    wrote: "wrote",
    already: "already set up",
    configured: "git now merges session files with",
};

pub const ID: MergeText = MergeText {
    error: |e| match e {
        MergeError::DifferentSessions { ours, theirs } => format!(
            "ini dua sesi yang berbeda (id \"{ours}\" dan \"{theirs}\"); hanya salinan dari sesi yang sama yang dapat digabungkan"
        ),
    },
    resolution: |r| match r {
        Resolution::NoteChangedInBoth { note, copy } => {
            format!(
                "konflik: catatan {note} diubah di kedua salinan; keduanya disimpan, yang lain sebagai catatan {copy}"
            )
        }
        Resolution::ParticipantRenamed { from, to, name } => {
            format!(
                "{name} ditambahkan di kedua salinan dengan {from} bersama orang lain; {name} sekarang {to}"
            )
        }
        Resolution::DraftKeptAsNote { note } => {
            format!(
                "kedua salinan mempunyai catatan yang sedang ditulis; yang lain disimpan sebagai catatan {note}"
            )
        }
    },
    conflicts_left: "buka sesinya, pertahankan versi yang diinginkan dan hapus yang lain",
    kept_ours: "diubah di kedua salinan dan bukan sesi yang dapat digabungkan oleh sigap; salinan ini dipertahankan apa adanya",
    no_git: "tidak berada di dalam repositori git; jalankan `git init` di sana (atau clone repositori bersama) terlebih dahulu",
    git_failed: "git tidak dapat dijalankan",
    wrote: "ditulis",
    already: "sudah disiapkan",
    configured: "git kini menggabungkan berkas sesi dengan",
};
