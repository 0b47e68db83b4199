//! A printable attendance sheet (*daftar hadir*) as one HTML file: open it
//! in a browser and print it on A4 for the participants to sign.

use std::fmt::Write;

use crate::domain::schedule::planned_end;
use crate::domain::{Participant, Session, Status};
use crate::text::Text;

/// Rows on one A4 page, under the header block.
pub const ROWS_PER_PAGE: usize = 15;

/// Numbered blank rows after the last name, at the least, for walk-ins.
pub const WALK_IN_ROWS: usize = 5;

/// A name with its titles longer than this is set smaller, and one longer
/// than [`WRAPPED_NAME`] may wrap, so that it stays inside its column.
const LONG_NAME: usize = 34;
const WRAPPED_NAME: usize = 44;

const STYLE: &str = r#"@page { size: A4 portrait; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 11pt; color: #000; margin: 0; }
.page { break-after: page; page-break-after: always; }
.page:last-of-type { break-after: auto; page-break-after: auto; }
h1 { text-align: center; font-size: 14pt; letter-spacing: .08em; margin: 0 0 4mm; }
table.head { border-collapse: collapse; margin-bottom: 3mm; }
table.head td { padding: 0 2mm .6mm 0; vertical-align: top; }
table.sheet { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.sheet th, table.sheet td { border: 1px solid #000; padding: 1mm 1.5mm; }
table.sheet th { background: #eee; }
table.sheet td { height: 11.5mm; vertical-align: middle; font-size: 10.5pt; }
td.name div { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.name .unit { font-size: 8.5pt; }
td.name.long .who { font-size: 9.5pt; }
td.name.wrap .who { white-space: normal; font-size: 9pt; }
td.nip { font-size: 9pt; white-space: nowrap; }
table.sheet tr { break-inside: avoid; page-break-inside: avoid; }
.no { text-align: center; }
.status { font-size: 9pt; }
.sign { font-size: 9pt; vertical-align: top !important; }
small { font-size: 8.5pt; }
.page-no { text-align: right; font-size: 9pt; margin: 1.5mm 0 0; }
.ack { margin: 8mm 0 0 auto; width: 70mm; text-align: center; }
.ack .line { margin-top: 20mm; }
.hint { font-family: sans-serif; background: #ffd; padding: 2mm; border: 1px solid #cc9; }
@media print { .hint { display: none; } }
"#;

/// Text safe inside HTML, in element content and in quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The sheet: the header block and table head on every page, one row per
/// participant with an empty signature box, odd numbers signing on the left
/// and even on the right as Indonesian sheets do, at least
/// [`WALK_IN_ROWS`] blank numbered rows for walk-ins (to the end of the
/// last page), and the facilitator's
/// acknowledgement under the last row.
pub fn html(session: &Session, t: &Text) -> String {
    let e = &t.export;
    let lang = if std::ptr::eq(t, &crate::text::ID) { "id" } else { "en" };
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">");
    let _ = writeln!(out, "<title>{} — {}</title>", escape(e.sheet_title), escape(&session.title));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<p class=\"hint\">{}</p>", escape(e.print_hint));
    // The blank rows follow the last name even when it ends a page.
    let pages = (session.roster.len() + WALK_IN_ROWS).div_ceil(ROWS_PER_PAGE);
    for page in 0..pages {
        let _ = writeln!(out, "<section class=\"page\">");
        header_block(&mut out, session, t);
        // A fixed layout takes its widths from the first row, where the
        // signature heading spans two columns: the columns say them instead.
        let _ = writeln!(
            out,
            "<table class=\"sheet\">\n<colgroup><col style=\"width:8mm\"><col><col style=\"width:36mm\"><col style=\"width:20mm\"><col style=\"width:24mm\"><col style=\"width:24mm\"></colgroup>\n<thead><tr>"
        );
        let _ = writeln!(
            out,
            "<th class=\"no\">{}</th><th>{} / {}</th><th>{}</th><th class=\"status\">{}</th><th colspan=\"2\">{}</th>",
            escape(e.number),
            escape(e.name),
            escape(e.organisation),
            escape(e.nip),
            escape(e.status),
            escape(e.signature)
        );
        let _ = writeln!(out, "</tr></thead>\n<tbody>");
        for n in page * ROWS_PER_PAGE..(page + 1) * ROWS_PER_PAGE {
            row(&mut out, session, session.roster.get(n), n + 1, t);
        }
        let _ = writeln!(out, "</tbody>\n</table>");
        let _ = writeln!(out, "<p class=\"page-no\">{} {}/{pages}</p>", escape(e.page), page + 1);
        if page + 1 == pages {
            acknowledgement(&mut out, session, t);
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</body>\n</html>");
    out
}

fn header_block(out: &mut String, s: &Session, t: &Text) {
    let e = &t.export;
    let _ = writeln!(out, "<h1>{}</h1>", escape(&e.sheet_title.to_uppercase()));
    let date = s.date();
    let when = t.notation.long_date(date);
    let range = format!("{}–{}", t.hhmm(&s.planned_start), t.hhmm(&planned_end(s)));
    let time = t.notation.stated_span(&range, s.planned_start.offset());
    let mut fields =
        vec![(t.workshop, s.workshop.clone()), (e.session, s.title.clone()), (t.date, when), (e.time, time)];
    if !s.venue.is_empty() {
        fields.push((t.venue, s.venue.clone()));
    }
    let _ = writeln!(out, "<table class=\"head\">");
    for (label, value) in fields {
        let _ = writeln!(out, "<tr><td>{}</td><td>:</td><td>{}</td></tr>", escape(label), escape(&value));
    }
    let _ = writeln!(out, "</table>");
}

fn row(out: &mut String, s: &Session, who: Option<&Participant>, number: usize, t: &Text) {
    // A phone number is never printed: only the NIP identifies a person.
    let (person, nip, status) = match who {
        Some(p) => {
            // Without a work unit, the region says where the person serves.
            let unit = if p.organisation.is_empty() { p.region() } else { p.organisation.clone() };
            let unit = [unit, p.role.clone()].into_iter().filter(|u| !u.is_empty()).collect::<Vec<_>>();
            let person = format!(
                "<div class=\"who\">{}</div><div class=\"unit\">{}</div>",
                escape(&p.name),
                escape(&unit.join(" · "))
            );
            let mark = s.mark(&p.id);
            let mut status = match mark.status {
                Status::Unmarked => String::new(),
                other => escape(t.status(other)),
            };
            if let Some(reason) = mark.reason.as_deref().filter(|r| !r.trim().is_empty()) {
                let _ = write!(status, "<br><small>{}</small>", escape(reason));
            }
            (person, escape(p.nip.as_deref().unwrap_or_default()), status)
        }
        None => Default::default(),
    };
    // The number sits in the half where this person signs, so neighbours'
    // signatures never share a line.
    let (left, right) = if number % 2 == 1 {
        (format!("{number}."), String::new())
    } else {
        (String::new(), format!("{number}."))
    };
    let _ = writeln!(
        out,
        "<tr><td class=\"no\">{number}</td><td class=\"{}\">{person}</td><td class=\"nip\">{nip}</td><td class=\"status\">{status}</td><td class=\"sign\">{left}</td><td class=\"sign\">{right}</td></tr>",
        name_class(who)
    );
}

/// The name column's class: smaller type for a long name with its
/// titles, and wrapping only for one that would not fit even so.
fn name_class(who: Option<&Participant>) -> &'static str {
    match who.map_or(0, |p| p.name.chars().count()) {
        n if n > WRAPPED_NAME => "name wrap",
        n if n > LONG_NAME => "name long",
        _ => "name",
    }
}

fn acknowledgement(out: &mut String, s: &Session, t: &Text) {
    let e = &t.export;
    let name = s.facilitators.first().map(|f| escape(f)).unwrap_or_else(|| "&nbsp;".repeat(40));
    let _ = writeln!(
        out,
        "<div class=\"ack\"><p>{},<br>{}</p><p class=\"line\">( {name} )</p></div>",
        escape(e.acknowledged),
        escape(e.facilitator)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ParticipantId, Timestamp};
    use chrono::DateTime;

    fn session(people: usize) -> Session {
        let start: Timestamp = DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        let mut s = Session::new("s", "Bimtek", "Hari 1", start);
        for n in 1..=people {
            s.roster.push(Participant::new(ParticipantId::numbered(n), format!("Peserta {n}")));
        }
        s
    }

    #[test]
    fn hostile_names_are_escaped() {
        let mut s = session(0);
        s.title = "<script>alert('x')</script>".into();
        s.roster
            .push(Participant::new(ParticipantId::numbered(1), "Budi \"<img src=x onerror=alert(1)>\" & Co"));
        let html = html(&s, &crate::text::EN);
        assert!(!html.contains("<script>") && !html.contains("<img"), "{html}");
        assert!(html.contains("Budi &quot;&lt;img src=x onerror=alert(1)&gt;&quot; &amp; Co"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    #[test]
    fn every_page_repeats_the_header_and_signatures_alternate() {
        let html = html(&session(20), &crate::text::ID);
        assert_eq!(html.matches("<section class=\"page\">").count(), 2);
        assert_eq!(html.matches("<h1>DAFTAR HADIR</h1>").count(), 2);
        assert_eq!(html.matches("<thead>").count(), 2);
        assert!(html.contains("<td class=\"sign\">1.</td><td class=\"sign\"></td>"));
        assert!(html.contains("<td class=\"sign\"></td><td class=\"sign\">2.</td>"));
        // Blank rows to the end of the last page, for walk-ins.
        assert!(html.contains("<tr><td class=\"no\">30</td><td class=\"name\"></td>"));
        assert!(!html.contains("<td class=\"no\">31</td>"));
        assert!(html.contains("Halaman 2/2"));
        assert_eq!(html.matches("Mengetahui").count(), 1);
    }

    #[test]
    fn a_full_last_page_still_gets_blank_rows_for_walk_ins() {
        for t in [&crate::text::ID, &crate::text::EN] {
            let html = html(&session(ROWS_PER_PAGE), t);
            assert_eq!(html.matches("<section class=\"page\">").count(), 2);
            let last = ROWS_PER_PAGE;
            assert!(html.contains(&format!("<div class=\"who\">Peserta {last}</div>")));
            for n in last + 1..=last + WALK_IN_ROWS {
                assert!(html.contains(&format!("<tr><td class=\"no\">{n}</td><td class=\"name\"></td>")));
            }
        }
    }
}
