//! The words of a session's heading as `sigap details` prints and changes
//! it, and of the form that changes it in the app.

use crate::domain::DetailField;
use crate::domain::problem::Holder;

/// The words of a session's details.
pub struct DetailsText {
    pub class: &'static str,
    pub chair: &'static str,
    pub note_taker: &'static str,
    /// The planned start, after the date.
    pub planned: &'static str,
    /// In place of a field left empty.
    pub empty: &'static str,
    /// `sigap details` asked to change what already was so.
    pub unchanged: &'static str,
    /// Someone else's sigap has the session open: who, and that nothing was written.
    pub held: fn(Option<&Holder>) -> String,
    /// A value with control characters or direction marks, refused.
    pub control_chars: fn(&str) -> String,
    /// The form in the run view.
    pub form_title: &'static str,
    pub form_hint: &'static str,
    /// After the facilitators' label in the form.
    pub separated: &'static str,
    /// Esc on a changed form.
    pub discard_question: &'static str,
    /// What undo says it took back.
    pub log_details: &'static str,
}

impl DetailsText {
    /// The label of a field.
    pub fn label(&self, field: DetailField, t: &super::Text) -> &'static str {
        match field {
            DetailField::Venue => t.venue,
            DetailField::Facilitators => t.facilitators,
            DetailField::Chair => self.chair,
            DetailField::NoteTaker => self.note_taker,
        }
    }
}

pub const EN: DetailsText = DetailsText {
    class: "Class",
    chair: "Chair",
    note_taker: "Note-taker",
    planned: "planned",
    empty: "—",
    unchanged: "Nothing changed: the session already says so. The file was not written.",
    held: |holder| match holder {
        Some(h) => format!(
            "{} on {} (process {}) has the session open; nothing was written. Change it there, or once it is closed.",
            h.user, h.host, h.pid
        ),
        None => {
            "another sigap has the session open; nothing was written. Change it there, or once it is closed."
                .to_string()
        }
    },
    control_chars: |label| {
        format!("{label}: holds control characters or direction marks; type it again. Nothing was written.")
    },
    form_title: "Session details",
    form_hint: "Enter saves · Tab next field · Esc closes",
    separated: "separated by ;",
    discard_question: "Throw away the changes to the session details?",
    log_details: "session details",
};

pub const ID: DetailsText = DetailsText {
    class: "Kelas",
    chair: "Pimpinan rapat",
    note_taker: "Notulis",
    planned: "rencana",
    empty: "—",
    unchanged: "Tidak ada yang berubah: sesi sudah berisi demikian. Berkas tidak ditulis.",
    held: |holder| {
        match holder {
        Some(h) => format!(
            "{} di {} (proses {}) sedang membuka sesi ini; tidak ada yang ditulis. Ubahlah di sana, atau setelah sesi ditutup.",
            h.user, h.host, h.pid
        ),
        None => "sigap lain sedang membuka sesi ini; tidak ada yang ditulis. Ubahlah di sana, atau setelah sesi ditutup."
            .to_string(),
    }
    },
    control_chars: |label| {
        format!("{label}: memuat karakter kendali atau tanda arah teks; ketik ulang. Tidak ada yang ditulis.")
    },
    form_title: "Rincian sesi",
    form_hint: "Enter menyimpan · Tab kolom berikutnya · Esc menutup",
    separated: "pisahkan dengan titik koma",
    discard_question: "Buang perubahan rincian sesi?",
    log_details: "rincian sesi",
};
