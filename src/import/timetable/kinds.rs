//! The kind of an agenda item guessed from its words, Indonesian or
//! English, with the words that decided it so a person can check the guess.

use crate::domain::ItemKind;
use crate::fold::fold;

/// The rules, first match wins: each phrase (folded, whole words) and the
/// kind it means. Order matters where phrases meet: a *presentasi hasil
/// diskusi kelompok* is a plenary, a *diskusi kelompok* group work, a
/// *diskusi* a discussion; *ISHOMA* is a meal before it is a break;
/// *monitoring dan evaluasi* is a subject taught, where *evaluasi* alone
/// (*evaluasi penyelenggaraan*, the participants' evaluation of the
/// training) is a test.
pub const RULES: &[(&str, ItemKind)] = &[
    ("monitoring dan evaluasi", ItemKind::Input),
    ("monev", ItemKind::Input),
    ("ceramah", ItemKind::Input),
    ("pleno", ItemKind::Plenary),
    ("presentasi hasil", ItemKind::Plenary),
    ("paparan hasil", ItemKind::Plenary),
    ("presentasi", ItemKind::Plenary),
    ("plenary", ItemKind::Plenary),
    ("refleksi", ItemKind::Plenary),
    ("kerja kelompok", ItemKind::GroupWork),
    ("diskusi kelompok", ItemKind::GroupWork),
    ("penugasan kelompok", ItemKind::GroupWork),
    ("praktik kelompok", ItemKind::GroupWork),
    ("group work", ItemKind::GroupWork),
    ("ice breaking", ItemKind::Energizer),
    ("icebreaking", ItemKind::Energizer),
    ("ice breaker", ItemKind::Energizer),
    ("energizer", ItemKind::Energizer),
    ("dinamika kelompok", ItemKind::Energizer),
    ("bina suasana", ItemKind::Energizer),
    ("perkenalan", ItemKind::Energizer),
    ("pre test", ItemKind::Test),
    ("pretest", ItemKind::Test),
    ("post test", ItemKind::Test),
    ("posttest", ItemKind::Test),
    ("ujian", ItemKind::Test),
    ("evaluasi", ItemKind::Test),
    ("evaluation", ItemKind::Test),
    ("ishoma", ItemKind::MealPrayer),
    ("sholat", ItemKind::MealPrayer),
    ("shalat", ItemKind::MealPrayer),
    ("salat", ItemKind::MealPrayer),
    ("makan siang", ItemKind::MealPrayer),
    ("makan malam", ItemKind::MealPrayer),
    ("lunch", ItemKind::MealPrayer),
    ("dinner", ItemKind::MealPrayer),
    ("prayer", ItemKind::MealPrayer),
    ("rehat", ItemKind::Break),
    ("coffee break", ItemKind::Break),
    ("istirahat", ItemKind::Break),
    ("break", ItemKind::Break),
    ("pembukaan", ItemKind::Ceremony),
    ("penutupan", ItemKind::Ceremony),
    ("upacara", ItemKind::Ceremony),
    ("sambutan", ItemKind::Ceremony),
    ("opening", ItemKind::Ceremony),
    ("closing", ItemKind::Ceremony),
    ("registrasi", ItemKind::Admin),
    ("daftar ulang", ItemKind::Admin),
    ("registration", ItemKind::Admin),
    ("administrasi", ItemKind::Admin),
    ("diskusi", ItemKind::Discussion),
    ("tanya jawab", ItemKind::Discussion),
    ("discussion", ItemKind::Discussion),
    ("q a", ItemKind::Discussion),
    ("klinik", ItemKind::Discussion),
];

/// The kind the words say, and the phrase of the rule that said it; `None`
/// when no rule knows the words.
pub fn guess_kind(words: &str) -> Option<(ItemKind, &'static str)> {
    let text = format!(" {} ", bare_words(words));
    RULES
        .iter()
        .find(|(phrase, _)| text.contains(&format!(" {phrase} ")))
        .map(|(phrase, kind)| (*kind, *phrase))
}

/// Folded words separated by single spaces: `Pre-Test` is `pre test`,
/// `Q&A` is `q a`.
fn bare_words(text: &str) -> String {
    let folded: String = fold(text).chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ItemKind::*;

    #[test]
    fn the_guess_of_each_kind() {
        let cases: &[(&str, Option<(ItemKind, &str)>)] = &[
            ("Registrasi peserta", Some((Admin, "registrasi"))),
            ("Daftar Ulang Peserta", Some((Admin, "daftar ulang"))),
            ("Registration", Some((Admin, "registration"))),
            ("Pembukaan dan sambutan Kepala Dinas", Some((Ceremony, "pembukaan"))),
            ("Upacara Penutupan", Some((Ceremony, "penutupan"))),
            ("Opening ceremony", Some((Ceremony, "opening"))),
            ("ISHOMA", Some((MealPrayer, "ishoma"))),
            ("Ishoma", Some((MealPrayer, "ishoma"))),
            ("Istirahat, Sholat, Makan", Some((MealPrayer, "sholat"))),
            ("Makan siang", Some((MealPrayer, "makan siang"))),
            ("Lunch and prayer", Some((MealPrayer, "lunch"))),
            ("Rehat kopi", Some((Break, "rehat"))),
            ("Coffee break", Some((Break, "coffee break"))),
            ("Istirahat", Some((Break, "istirahat"))),
            ("Pre-Test", Some((Test, "pre test"))),
            ("Post test", Some((Test, "post test"))),
            ("Ujian akhir", Some((Test, "ujian"))),
            ("Evaluasi penyelenggaraan", Some((Test, "evaluasi"))),
            (
                "Monitoring dan evaluasi penyelenggaraan pemerintahan desa",
                Some((Input, "monitoring dan evaluasi")),
            ),
            ("Diskusi dan tanya jawab", Some((Discussion, "diskusi"))),
            ("Tanya jawab", Some((Discussion, "tanya jawab"))),
            ("Q&A", Some((Discussion, "q a"))),
            ("Klinik proposal inovasi", Some((Discussion, "klinik"))),
            ("Diskusi kelompok", Some((GroupWork, "diskusi kelompok"))),
            ("Kerja Kelompok: peta masalah", Some((GroupWork, "kerja kelompok"))),
            ("Group work", Some((GroupWork, "group work"))),
            ("Presentasi hasil diskusi kelompok", Some((Plenary, "presentasi hasil"))),
            ("Pleno", Some((Plenary, "pleno"))),
            ("Presentasi proposal inovasi Kelompok 1–3", Some((Plenary, "presentasi"))),
            ("Refleksi harian", Some((Plenary, "refleksi"))),
            ("Ice Breaking", Some((Energizer, "ice breaking"))),
            ("Review materi kemarin dan ice breaking", Some((Energizer, "ice breaking"))),
            ("Dinamika Kelompok", Some((Energizer, "dinamika kelompok"))),
            ("Perkenalan dan kontrak belajar", Some((Energizer, "perkenalan"))),
            ("Kepemimpinan transformatif yang inklusif", None),
            ("Akuntabilitas sosial", None),
            ("Breakout rooms", None),
            ("", None),
        ];
        for (words, want) in cases {
            assert_eq!(guess_kind(words), *want, "{words}");
        }
    }

    #[test]
    fn every_rule_is_folded_whole_words_and_reachable() {
        for (n, (phrase, kind)) in RULES.iter().enumerate() {
            assert_eq!(bare_words(phrase), *phrase, "{phrase} is written as it is matched");
            assert_eq!(guess_kind(phrase), Some((*kind, *phrase)), "rule {n} ({phrase}) is never shadowed");
        }
    }
}
