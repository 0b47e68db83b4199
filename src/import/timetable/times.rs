//! Times of day as timetables write them: `07.30 – 08.00`, `07:30-08:00`,
//! `07.30-08.00 WIB`, `07.30 s.d. 08.00`, `7.30–8.00`, or a workbook's real
//! time (a fraction of a day).

use chrono::NaiveTime;

/// What joins the start and the end of a range, longest first so that
/// `s.d.` is not read as a dot between hours and minutes.
const SEPARATORS: [&str; 10] =
    ["s.d.", "s/d", "s.d", "sampai", "hingga", "until", "\u{2013}", "\u{2014}", "\u{2012}", "-"];

/// Words around a time that say nothing about it.
const ZONES: [&str; 3] = ["wib", "wita", "wit"];

/// The start and end of a range, or `None` when the text is not one.
/// An end before its start is returned as it is: the caller names the cell.
pub fn parse_range(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let lower = text.trim().to_lowercase();
    let lower = without_words(&lower);
    SEPARATORS.iter().find_map(|sep| {
        let (start, end) = lower.split_once(sep)?;
        Some((parse_time(start)?, parse_time(end.trim_start_matches('.'))?))
    })
}

/// One time of day: `07.30`, `7:30`, `07.30 WIB`, `pukul 07.30`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let lower = text.trim().to_lowercase();
    let t = without_words(&lower);
    let t = t.trim();
    let (hours, minutes) = t.split_once(['.', ':'])?;
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(hours) || hours.len() > 2 || minutes.len() != 2 || !all_digits(minutes) {
        return None;
    }
    NaiveTime::from_hms_opt(hours.parse().ok()?, minutes.parse().ok()?, 0)
}

/// A workbook's time: the fraction of a day (a date before it is ignored),
/// to the nearest minute.
pub fn time_of_fraction(days: f64) -> Option<NaiveTime> {
    if !days.is_finite() || days < 0.0 {
        return None;
    }
    let minutes = (days.fract() * 1440.0).round() as u32;
    // 23:59:59.9 rounds up to the next midnight, which is no time of this day.
    NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0)
}

/// The text without the time zone and the `pukul`/`jam`/`pk.` before it.
fn without_words(lower: &str) -> String {
    let mut t = lower.trim().to_string();
    for zone in ZONES {
        if let Some(rest) = t.strip_suffix(zone) {
            t = rest.trim_end().to_string();
            break;
        }
    }
    for word in ["pukul", "pk.", "jam"] {
        if let Some(rest) = t.strip_prefix(word) {
            t = rest.trim_start().to_string();
            break;
        }
    }
    t
}

/// Whole minutes from `start` to `end`.
pub fn minutes_between(start: NaiveTime, end: NaiveTime) -> i64 {
    (end - start).num_minutes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn every_form_of_a_range() {
        let want = Some((hm(7, 30), hm(8, 0)));
        for text in [
            "07.30 – 08.00",
            "07:30-08:00",
            "07.30-08.00 WIB",
            "07.30 s.d. 08.00",
            "07.30 s.d 08.00",
            "07.30 s/d 08.00",
            "07.30 S/D 08.00",
            "7.30–8.00",
            "7.30—8.00",
            "07.30 - 08.00",
            "  07.30 sampai 08.00 wib ",
            "pukul 07.30 - 08.00 WIB",
            "07:30 until 08:00",
        ] {
            assert_eq!(parse_range(text), want, "{text}");
        }
        assert_eq!(parse_range("13.00 – 12.00"), Some((hm(13, 0), hm(12, 0))), "the caller refuses it");
        assert_eq!(parse_range("12.15-13.15 WITA"), Some((hm(12, 15), hm(13, 15))));
    }

    #[test]
    fn what_is_no_range() {
        for text in [
            "",
            "07.30",
            "07.30 -",
            "- 08.00",
            "7 - 8",
            "07.3 - 08.00",
            "25.00 - 26.00",
            "07.60 - 08.00",
            "07.30 - 08.00.00",
            "a.bc - 08.00",
            "Materi",
            "07.30 – 08.00 – 09.00",
            "+7.30 - 8.00",
        ] {
            assert_eq!(parse_range(text), None, "{text}");
        }
    }

    #[test]
    fn single_times_and_fractions() {
        assert_eq!(parse_time("07.45"), Some(hm(7, 45)));
        assert_eq!(parse_time("7:05 WIB"), Some(hm(7, 5)));
        assert_eq!(parse_time("pukul 12.15"), Some(hm(12, 15)));
        assert_eq!(parse_time("12"), None);
        assert_eq!(time_of_fraction(0.5), Some(hm(12, 0)));
        assert_eq!(time_of_fraction(7.5 / 24.0), Some(hm(7, 30)));
        assert_eq!(time_of_fraction(42_863.0 + 12.25 / 24.0), Some(hm(12, 15)), "a date and a time");
        assert_eq!(time_of_fraction(0.999_999_9), None);
        assert_eq!(time_of_fraction(-0.5), None);
        assert_eq!(time_of_fraction(f64::NAN), None);
        assert_eq!(minutes_between(hm(7, 30), hm(9, 0)), 90);
    }

    proptest! {
        #[test]
        fn the_range_parser_never_panics(text in "\\PC{0,40}") {
            let _ = parse_range(&text);
            let _ = parse_time(&text);
        }

        #[test]
        fn ranges_written_every_way_read_back(h1 in 0u32..24, m1 in 0u32..60, h2 in 0u32..24, m2 in 0u32..60,
                                            sep in prop::sample::select(vec![" – ", "-", " s.d. ", " s/d ", "—"])) {
            let text = format!("{h1:02}.{m1:02}{sep}{h2}:{m2:02} WIB");
            prop_assert_eq!(parse_range(&text), Some((hm(h1, m1), hm(h2, m2))));
        }
    }
}
