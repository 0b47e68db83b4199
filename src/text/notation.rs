//! How each language writes numbers, dates and times: Indonesian writes a
//! decimal comma, a dot between thousands, `Selasa, 9 Mei 2017` and
//! `pukul 07.45 WIB`; English keeps `8.6`, `1145` and `07:45`.

use chrono::{Datelike, FixedOffset, NaiveDate};

use crate::domain::Timestamp;

/// The marks and names one language writes numbers, dates and times with.
pub struct Notation {
    pub decimal: char,
    /// Between groups of three digits; `None` writes the digits together.
    pub thousands: Option<char>,
    /// After a percentage: English leaves a space, Indonesian (PUEBI) none.
    pub percent_sign: &'static str,
    /// How a date stands alone: English keeps `2017-05-15`.
    pub date: fn(&Notation, NaiveDate) -> String,
    /// A day and month in a narrow column (`chrono` format): `05-08` /
    /// `08/05`, the order each language's readers take for granted.
    pub day_month: &'static str,
    /// Between the hour and the minute of a time.
    pub time_separator: char,
    /// The whole names of the days, Monday first.
    pub weekdays: [&'static str; 7],
    /// The whole names of the months.
    pub months: [&'static str; 12],
    /// Before a time a document states (`pukul`); empty when none is written.
    pub at: &'static str,
    /// The zone's name for an offset from UTC in seconds (`WIB`), if it has one.
    pub zone_name: fn(i32) -> Option<&'static str>,
}

pub const EN: Notation = Notation {
    decimal: '.',
    thousands: None,
    percent_sign: " %",
    date: |_, d| d.format("%Y-%m-%d").to_string(),
    day_month: "%m-%d",
    time_separator: ':',
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    at: "",
    zone_name: |_| None,
};

pub const ID: Notation = Notation {
    decimal: ',',
    thousands: Some('.'),
    percent_sign: "%",
    date: |n, d| format!("{} {} {}", d.day(), n.months[d.month0() as usize], d.year()),
    day_month: "%d/%m",
    time_separator: '.',
    weekdays: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    months: [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    at: "pukul",
    zone_name: |seconds| match seconds {
        25_200 => Some("WIB"),
        28_800 => Some("WITA"),
        32_400 => Some("WIT"),
        _ => None,
    },
};

/// `1234567` as `1,234,567` with `mark` ','; a count always grouped, in any language.
pub fn grouped(n: u64, mark: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

impl Notation {
    /// A whole number: `1.234` in Indonesian.
    pub fn number(&self, n: i64) -> String {
        let sign = if n < 0 { "-" } else { "" };
        match self.thousands {
            Some(mark) => format!("{sign}{}", grouped(n.unsigned_abs(), mark)),
            None => n.to_string(),
        }
    }

    /// A number with `places` decimals: `8,6` in Indonesian.
    pub fn decimal(&self, x: f64, places: usize) -> String {
        let text = format!("{x:.places$}");
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let whole = whole.parse::<i64>().map_or_else(|_| whole.to_string(), |w| self.number(w));
        // `-0.4` parses to a whole of 0: the sign would be lost.
        let whole =
            if text.starts_with('-') && !whole.starts_with('-') { format!("-{whole}") } else { whole };
        if fraction.is_empty() { whole } else { format!("{whole}{}{fraction}", self.decimal) }
    }

    /// A percentage with one decimal: `94,8%` / `94.8 %`.
    pub fn percent(&self, x: f64) -> String {
        format!("{}{}", self.decimal(x, 1), self.percent_sign)
    }

    /// A whole percentage: `80%` / `80 %`.
    pub fn whole_percent(&self, n: i64) -> String {
        format!("{}{}", self.number(n), self.percent_sign)
    }

    /// A date without its weekday: `15 Mei 2017` / `2017-05-15`.
    pub fn short_date(&self, date: NaiveDate) -> String {
        (self.date)(self, date)
    }

    /// A date in full: `Selasa, 9 Mei 2017` / `Tuesday, 9 May 2017`.
    pub fn long_date(&self, date: NaiveDate) -> String {
        let weekday = self.weekdays[date.weekday().num_days_from_monday() as usize];
        format!("{weekday}, {} {} {}", date.day(), self.months[date.month0() as usize], date.year())
    }

    /// A time of day: `07.45` / `07:45`.
    pub fn time(&self, t: &Timestamp) -> String {
        t.format(&format!("%H{}%M", self.time_separator)).to_string()
    }

    /// A time of day without a date: `12.15` / `12:15`.
    pub fn time_of_day(&self, t: chrono::NaiveTime) -> String {
        t.format(&format!("%H{}%M", self.time_separator)).to_string()
    }

    /// A time of day with seconds: `07.45.30` / `07:45:30`.
    pub fn time_with_seconds(&self, t: &Timestamp) -> String {
        let s = self.time_separator;
        t.format(&format!("%H{s}%M{s}%S")).to_string()
    }

    /// The zone of an offset: `WIB`, `WITA`, `WIT`, else `UTC+05:30`.
    pub fn zone(&self, offset: &FixedOffset) -> String {
        let seconds = offset.local_minus_utc();
        (self.zone_name)(seconds).map_or_else(|| format!("UTC{offset}"), str::to_string)
    }

    /// Times a document states: `pukul 08.00–13.30 WIB` / `08:00–13:30 (UTC+07:00)`.
    pub fn stated_span(&self, range: &str, offset: &FixedOffset) -> String {
        if self.at.is_empty() {
            format!("{range} ({})", self.zone(offset))
        } else {
            format!("{} {range} {}", self.at, self.zone(offset))
        }
    }

    /// Times a document states with a remark: `pukul 08.00–09.00 WIB
    /// (rencana)` / `08:00–09:00 (planned), UTC+07:00`.
    pub fn stated_range(&self, range: &str, remark: &str, offset: &FixedOffset) -> String {
        if self.at.is_empty() {
            format!("{range} ({remark}), {}", self.zone(offset))
        } else {
            format!("{} {range} {} ({remark})", self.at, self.zone(offset))
        }
    }

    /// A time as a document states it: `pukul 07.45 WIB` / `07:45 UTC+07:00`.
    pub fn stated_time(&self, t: &Timestamp) -> String {
        let time = format!("{} {}", self.time(t), self.zone(t.offset()));
        if self.at.is_empty() { time } else { format!("{} {time}", self.at) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(offset_seconds: i32) -> Timestamp {
        let zone = FixedOffset::east_opt(offset_seconds).unwrap();
        NaiveDate::from_ymd_opt(2017, 5, 9)
            .unwrap()
            .and_hms_opt(7, 45, 30)
            .unwrap()
            .and_local_timezone(zone)
            .unwrap()
    }

    #[test]
    fn numbers_take_each_languages_marks() {
        assert_eq!(ID.number(1234), "1.234");
        assert_eq!(ID.number(1_234_567), "1.234.567");
        assert_eq!(ID.number(-1234), "-1.234");
        assert_eq!(ID.number(123), "123");
        assert_eq!(EN.number(1234), "1234");
        assert_eq!(ID.decimal(8.6, 1), "8,6");
        assert_eq!(ID.decimal(1234.25, 2), "1.234,25");
        assert_eq!(ID.decimal(-0.4, 1), "-0,4");
        assert_eq!(ID.decimal(33.0, 0), "33");
        assert_eq!(EN.decimal(8.6, 1), "8.6");
        assert_eq!(ID.percent(94.8), "94,8%");
        assert_eq!(EN.percent(94.8), "94.8 %");
        assert_eq!(ID.whole_percent(80), "80%");
    }

    #[test]
    fn dates_are_written_in_full() {
        let d = NaiveDate::from_ymd_opt(2017, 5, 9).unwrap();
        assert_eq!(ID.long_date(d), "Selasa, 9 Mei 2017");
        assert_eq!(EN.long_date(d), "Tuesday, 9 May 2017");
        assert_eq!(ID.short_date(d), "9 Mei 2017");
        assert_eq!(EN.short_date(d), "2017-05-09");
    }

    #[test]
    fn times_name_the_zone_of_their_offset() {
        assert_eq!(ID.time(&at(7 * 3600)), "07.45");
        assert_eq!(EN.time(&at(7 * 3600)), "07:45");
        assert_eq!(ID.time_with_seconds(&at(7 * 3600)), "07.45.30");
        assert_eq!(ID.stated_time(&at(7 * 3600)), "pukul 07.45 WIB");
        assert_eq!(ID.stated_time(&at(8 * 3600)), "pukul 07.45 WITA");
        assert_eq!(ID.stated_time(&at(9 * 3600)), "pukul 07.45 WIT");
        assert_eq!(ID.stated_time(&at(5 * 3600 + 1800)), "pukul 07.45 UTC+05:30");
        assert_eq!(EN.stated_time(&at(7 * 3600)), "07:45 UTC+07:00");
    }
}
