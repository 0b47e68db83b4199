//! The words of the minutes as a Word document (*notulensi*) that are not
//! already words of the Markdown minutes.

/// Labels of the Word minutes' heading block, tables and signatures.
pub struct MinutesDocText {
    /// The centred title above the session's.
    pub title: &'static str,
    pub day_and_date: &'static str,
    pub chair: &'static str,
    pub note_taker: &'static str,
    pub participants: &'static str,
    /// `{present}` of `{roster}` in the room.
    pub present_of: &'static str,
    /// The agenda table's heading.
    pub agenda: &'static str,
    pub speaker: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    /// The heading of the notes under their agenda items.
    pub discussion: &'static str,
}

pub const EN: MinutesDocText = MinutesDocText {
    title: "MINUTES",
    day_and_date: "Day, date",
    chair: "Chair",
    note_taker: "Note-taker",
    participants: "Participants",
    present_of: "{present} of {roster} present",
    agenda: "Agenda, planned and actual",
    speaker: "Speaker",
    planned: "Planned",
    actual: "Actual",
    discussion: "Discussion",
};

pub const ID: MinutesDocText = MinutesDocText {
    title: "NOTULENSI",
    day_and_date: "Hari, tanggal",
    chair: "Pimpinan rapat",
    note_taker: "Notulis",
    participants: "Peserta",
    present_of: "hadir {present} dari {roster} orang",
    agenda: "Agenda, rencana dan realisasi",
    speaker: "Narasumber",
    planned: "Rencana",
    actual: "Realisasi",
    discussion: "Pembahasan",
};
