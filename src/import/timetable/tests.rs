//! A timetable's CSV read day by day: the header under a title block, day
//! rows, gaps, fixed meals, the JP check and the refusals.

use chrono::NaiveTime;

use super::*;

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

const TWO_DAYS: &str = "\
JADWAL BIMTEK SEKCAM JAWA TIMUR 2017;;;;
;;;;
No;Waktu;Materi / Kegiatan;Narasumber;JP
HARI I;;;;
1;07.45 - 08.00;Registrasi peserta;Panitia;
2;08.00 – 09.30;Kepemimpinan   transformatif;Dr. Ratna;2
3;09.30-09.45 WIB;Rehat kopi;;
4;09.45 s.d. 11.15;Diskusi kelompok;Agus;1
5;11.30 s/d 12.30;ISHOMA;;
;;;;
HARI II, Selasa 9 Mei 2017;;;;
1;07.45-08.00;Pre-Test;Panitia;
2;08.00-09.00;Akuntabilitas sosial;-;
";

#[test]
fn two_days_with_a_gap_a_meal_and_a_jp_doubt() {
    let t = timetable_from_csv(TWO_DAYS.as_bytes()).unwrap();
    assert_eq!(t.days.len(), 2);
    let day = &t.days[0];
    assert_eq!(day.label.as_deref(), Some("HARI I"));
    assert_eq!(day.first_start(), hm(7, 45));
    let minutes: Vec<i64> = day.items.iter().map(TimetableItem::minutes).collect();
    assert_eq!(minutes, [15, 90, 15, 90, 60]);
    let kinds: Vec<ItemKind> = day.items.iter().map(|i| i.kind).collect();
    use ItemKind::*;
    assert_eq!(kinds, [Admin, Input, Break, GroupWork, MealPrayer]);
    assert_eq!(day.items[1].title, "Kepemimpinan transformatif");
    assert_eq!(day.items[1].decided_by, Decided::Default);
    assert_eq!(day.items[4].decided_by, Decided::Title("ishoma"));
    assert_eq!(day.items[0].facilitator.as_deref(), Some("Panitia"));
    assert_eq!(day.items[4].fixed_start, Some(hm(11, 30)), "after the gap, and a meal");
    assert_eq!(day.items[2].fixed_start, None);
    assert_eq!(day.gaps, [Gap { before: 4, from: hm(11, 15), until: hm(11, 30) }]);
    assert_eq!(day.items[1].place, Place { row: 6, column: 2, cell: None });
    let second = &t.days[1];
    assert_eq!(second.label.as_deref(), Some("HARI II, Selasa 9 Mei 2017"));
    assert_eq!(second.items[0].kind, Test);
    assert_eq!(second.items[1].facilitator, None, "a dash is no speaker");
    assert_eq!(
        t.warnings,
        [TimetableWarning::LessonHours {
            place: Place { row: 8, column: 5, cell: None },
            lesson_hours: 1.0,
            minutes: 90
        }]
    );
    let template = day.template("bimtek-hari-1", "d".into());
    assert_eq!(template.items.len(), 5);
    assert_eq!(template.total_minutes(), 270);
    assert_eq!(template.items[4].fixed_start, Some(hm(11, 30)));
}

#[test]
fn a_day_column_whose_value_changes_and_start_end_columns() {
    let csv = "Hari,Mulai,Selesai,Kegiatan,Metode\n\
               Senin,07:30,08:00,Pembukaan,\n\
               8 Mei 2017,08:00,09:00,Mekanisme penyelesaian masalah,Kerja kelompok\n\
               Selasa,07:30,08:00,Materi pagi,diskusi\n";
    let t = timetable_from_csv(csv.as_bytes()).unwrap();
    assert_eq!(t.days.len(), 2);
    assert_eq!(t.days[0].label.as_deref(), Some("Senin, 8 Mei 2017"));
    assert_eq!(t.days[0].items[0].kind, ItemKind::Ceremony);
    assert_eq!(t.days[0].items[1].kind, ItemKind::GroupWork);
    assert_eq!(t.days[0].items[1].decided_by, Decided::Column("Kerja kelompok".into()));
    assert_eq!(t.days[1].items[0].kind, ItemKind::Discussion);
    assert_eq!(t.days[1].items[0].minutes(), 30);
}

#[test]
fn refusals_name_the_row_and_column() {
    let refused = |csv: &str| timetable_from_csv(csv.as_bytes()).unwrap_err();
    let e = refused("Waktu;Materi\n08.00-09.00;A\n08.30-09.30;B\n");
    assert_eq!(e.place, Some(Place { row: 3, column: 1, cell: None }));
    assert_eq!(e.problem, TimetableProblem::Overlap { start: hm(8, 30), previous_end: hm(9, 0) });
    let e = refused("Waktu;Materi\n09.00-08.00;A\n");
    assert_eq!(e.problem, TimetableProblem::EndBeforeStart { start: hm(9, 0), end: hm(8, 0) });
    let e = refused("Waktu;Materi\npagi;A\n");
    assert_eq!(e.problem, TimetableProblem::BadTime { value: "pagi".into() });
    let e = refused("Waktu;Materi;Narasumber\n;A;Budi\n");
    assert_eq!((e.place.unwrap().row, e.problem), (2, TimetableProblem::NoTime));
    let e = refused("Waktu;Materi\n08.00-09.00;\n");
    assert_eq!(e.problem, TimetableProblem::NoTitle);
    let e = refused("Waktu;Materi\n08.00-09.00;A\x1b[2J\n");
    assert_eq!(e.problem, TimetableProblem::ControlChars);
    assert_eq!(refused("Waktu;Materi\n").problem, TimetableProblem::NoItems);
    assert!(matches!(refused("Nama;NIP\nSiti;1\n").problem, TimetableProblem::NoHeader { .. }));
}

#[test]
fn overlap_is_only_within_a_day() {
    let csv = "Waktu;Materi\nHari 1;\n08.00-09.00;A\nHari 2;\n08.00-09.00;B\n";
    let t = timetable_from_csv(csv.as_bytes()).unwrap();
    assert_eq!(t.days.len(), 2);
    assert!(t.days[1].gaps.is_empty());
}
