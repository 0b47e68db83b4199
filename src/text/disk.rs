//! The words of a session file that changed on disk while it was open, of
//! the copies of unsaved work, and of what would be lost.

use std::path::Path;

use crate::domain::Mark;
use crate::domain::problem::{Brought, DiskChange};

/// Words of saving next to other writers of the same file.
pub struct DiskText {
    /// Said after a save that merged what another program wrote.
    pub merged_from_disk: fn(Brought) -> String,
    /// Why a file changed on disk was not written over, in this language.
    pub changed_on_disk: fn(&Path, &DiskChange) -> String,
    /// Changes not on disk, counted, for the warning before quitting.
    pub at_risk: fn(Brought, bool) -> String,
    /// Printed to standard error above the session, when nothing else could keep it.
    pub printed_below: &'static str,
    /// An emergency copy newer than the file, offered on opening; its path follows.
    pub copy_offer: &'static str,
    pub copy_title: &'static str,
    /// What the copy has that the file has not.
    pub copy_has: fn(Brought) -> String,
    pub copy_keys: &'static str,
    /// How to look at the copy before deciding.
    pub copy_look: &'static str,
    pub copy_merged: fn(Brought) -> String,
    pub copy_set_aside: fn(&Path) -> String,
    pub copy_unreadable: &'static str,
    /// After a merge from disk, when the undo history could not be moved onto it.
    pub undo_cleared: &'static str,
    /// A session open read-only because of another sigap is now this one's to write.
    pub now_writer: &'static str,
    /// Opened with only the side-file lock: no folder outside the sessions folder could be made.
    pub lock_side_file_only: &'static str,
    /// Under a copy named the old way, without its file's path.
    pub copy_maybe_elsewhere: &'static str,
}

/// The note that keeps a mark from disk a merge replaced. In both
/// languages: the store that writes it does not know which one is shown.
pub fn replaced_mark_note(name: &str, theirs: &Mark, kept: &Mark) -> String {
    let reason = theirs.reason.as_deref().map(|r| format!(" «{r}»")).unwrap_or_default();
    let by = theirs.marked_by.as_deref().map(|b| format!(", {b}")).unwrap_or_default();
    let at = theirs.marked_at.map(|a| format!(", {}", a.format("%H:%M"))).unwrap_or_default();
    format!(
        "Tanda hadir dari disk diganti / mark from disk replaced — {name}: {}{reason}{by}{at} → {}",
        theirs.status.code(),
        kept.status.code()
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The counts that are not zero, joined: `1 note, 2 marks`.
fn counted(parts: &[(usize, &str, &str)]) -> String {
    let said: Vec<String> =
        parts.iter().filter(|p| p.0 > 0).map(|&(n, one, many)| plural(n, one, many)).collect();
    said.join(", ")
}

pub const EN: DiskText = DiskText {
    merged_from_disk: |b| {
        let counts = counted(&[(b.notes, "note", "notes"), (b.marks, "mark", "marks")]);
        let mut s = if counts.is_empty() {
            "merged changes from disk".to_string()
        } else {
            format!("merged changes from disk: {counts}")
        };
        if b.conflicts > 0 {
            s.push_str(&format!(
                "; {} changed on both sides, both versions kept",
                plural(b.conflicts, "note", "notes")
            ));
        }
        if b.marks_replaced > 0 {
            s.push_str(&format!(
                "; {} changed on both sides, yours kept, the one from disk kept in a note",
                plural(b.marks_replaced, "mark", "marks")
            ));
        }
        s
    },
    changed_on_disk: |path, change| {
        let why = match change {
            DiskChange::Unreadable(e) => format!("can no longer be read ({e})"),
            DiskChange::OtherSession(id) => format!("now holds another session (id \"{id}\")"),
        };
        format!("{} changed on disk and {why}; saving stopped, not written over", path.display())
    },
    at_risk: |b, draft| {
        let mut s = format!(
            "would be lost: {}, {}",
            plural(b.marks, "mark", "marks"),
            plural(b.notes, "note", "notes")
        );
        if draft {
            s.push_str(", the note being written");
        }
        s
    },
    printed_below: "sigap could not save these changes anywhere. The session as it was on screen follows; \
                    copy it into a file to keep it:",
    copy_offer: "A copy of unsaved work on this session, newer than its file, is kept in:",
    copy_title: "Unsaved work found",
    copy_has: |b| {
        format!(
            "It has {} and {} that the file has not.",
            plural(b.marks, "mark", "marks"),
            plural(b.notes, "note", "notes")
        )
    },
    copy_keys: "y merge it in · n set it aside · Esc decide later",
    copy_look: "To look at it first: Esc, then `sigap show` with the path above, in another terminal.",
    copy_merged: |b| {
        format!(
            "the copy was merged in: {}, {}",
            plural(b.notes, "note", "notes"),
            plural(b.marks, "mark", "marks")
        )
    },
    copy_set_aside: |p| format!("the copy was set aside as {}", p.display()),
    copy_unreadable: "the copy cannot be read",
    undo_cleared: "undo history before the merge was cleared",
    now_writer: "the other sigap closed this session; read again, you can now write",
    lock_side_file_only: "no folder for the lock could be made outside the sessions folder; \
                          locked by the hidden file beside the session only",
    copy_maybe_elsewhere: "Made by an older sigap that did not note its folder: it may come from another sessions folder.",
};

pub const ID: DiskText = DiskText {
    merged_from_disk: |b| {
        let counts = counted(&[(b.notes, "catatan", "catatan"), (b.marks, "tanda hadir", "tanda hadir")]);
        let mut s = if counts.is_empty() {
            "perubahan dari disk digabungkan".to_string()
        } else {
            format!("perubahan dari disk digabungkan: {counts}")
        };
        if b.conflicts > 0 {
            s.push_str(&format!("; {} catatan diubah di kedua sisi, kedua versi disimpan", b.conflicts));
        }
        if b.marks_replaced > 0 {
            s.push_str(&format!(
                "; {} tanda hadir diubah di kedua sisi, milik Anda dipakai, yang dari disk disimpan dalam catatan",
                b.marks_replaced
            ));
        }
        s
    },
    changed_on_disk: |path, change| {
        let why = match change {
            DiskChange::Unreadable(e) => format!("tidak dapat dibaca lagi ({e})"),
            DiskChange::OtherSession(id) => format!("kini berisi sesi lain (id \"{id}\")"),
        };
        format!("{} berubah di disk dan {why}; penyimpanan dihentikan, berkas tidak ditimpa", path.display())
    },
    at_risk: |b, draft| {
        let mut s = format!("yang akan hilang: {} tanda hadir, {} catatan", b.marks, b.notes);
        if draft {
            s.push_str(", catatan yang sedang ditulis");
        }
        s
    },
    printed_below: "sigap tidak dapat menyimpan perubahan ini di mana pun. Isi sesi sebagaimana tampil di layar \
                    tercantum di bawah ini; salin ke sebuah berkas agar tidak hilang:",
    copy_offer: "Ada salinan pekerjaan sesi ini yang belum tersimpan, lebih baru dari berkasnya, di:",
    copy_title: "Ada pekerjaan yang belum tersimpan",
    copy_has: |b| {
        format!(
            "Salinan ini memuat {} tanda hadir dan {} catatan yang tidak ada di berkas.",
            b.marks, b.notes
        )
    },
    copy_keys: "y gabungkan · n sisihkan · Esc putuskan nanti",
    copy_look: "Untuk memeriksanya terlebih dahulu: tekan Esc, lalu jalankan `sigap show` dengan jalur di atas di terminal lain.",
    copy_merged: |b| format!("salinan telah digabungkan: {} catatan, {} tanda hadir", b.notes, b.marks),
    copy_set_aside: |p| format!("salinan disisihkan sebagai {}", p.display()),
    copy_unreadable: "salinan tidak dapat dibaca",
    undo_cleared: "riwayat urungkan sebelum penggabungan dihapus",
    now_writer: "sigap lain telah menutup sesi ini; sesi sudah dibaca ulang dan kini dapat Anda ubah",
    lock_side_file_only: "folder kunci di luar folder sesi tidak dapat dibuat; \
                          sesi dikunci hanya dengan berkas tersembunyi di sampingnya",
    copy_maybe_elsewhere: "Dibuat oleh sigap versi lama yang tidak mencatat foldernya: mungkin dari folder sesi lain.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_says_what_it_brought_and_only_that() {
        let b = |notes, marks, conflicts| Brought { notes, marks, conflicts, marks_replaced: 0 };
        assert_eq!((EN.merged_from_disk)(b(1, 2, 0)), "merged changes from disk: 1 note, 2 marks");
        assert_eq!((EN.merged_from_disk)(b(0, 1, 0)), "merged changes from disk: 1 mark");
        assert_eq!((EN.merged_from_disk)(b(0, 0, 0)), "merged changes from disk");
        assert!(
            (EN.merged_from_disk)(b(2, 0, 1)).ends_with("1 note changed on both sides, both versions kept")
        );
        assert_eq!(
            (ID.merged_from_disk)(b(1, 2, 0)),
            "perubahan dari disk digabungkan: 1 catatan, 2 tanda hadir"
        );
    }
}
