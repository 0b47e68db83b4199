//! `sigap template import`: a timetable (jadwal) as templates, one a day,
//! with a summary a person can check before anything is written.

use std::path::{Path, PathBuf};

use super::super::{CommandError, Context, Outcome};
use crate::cli::TemplateImportArgs;
use crate::domain::problem::{Kept, TimetableError, TimetableProblem, TimetableWarning};
use crate::domain::{ItemKind, Template};
use crate::export::table::Table;
use crate::fold::slug;
use crate::import::is_workbook;
use crate::import::timetable::{Decided, TimetableDay, timetable_from_bytes};
use crate::text::{Text, fill};

/// A day chosen for a template: its number in the timetable, and its name.
struct Chosen {
    number: usize,
    name: String,
    day: TimetableDay,
}

/// `sigap template import FILE NAME`: the summary (on `out` for a dry run,
/// on `err` otherwise), then each template written, its path on `out`.
pub fn run(ctx: &mut Context, args: &TemplateImportArgs) -> Result<Outcome, CommandError> {
    let file = args.file.as_path();
    if !file.is_file() {
        return Err(CommandError::NoFile { path: file.to_path_buf() });
    }
    let refused = |problem| CommandError::Timetable {
        path: file.to_path_buf(),
        source: TimetableError { place: None, problem },
    };
    let bytes = ctx.store.read_bytes(file)?;
    let timetable = timetable_from_bytes(&bytes, is_workbook(file), args.sheet.as_deref())
        .map_err(|source| CommandError::Timetable { path: file.to_path_buf(), source })?;
    let t = ctx.text;
    let count = timetable.days.len();
    let name = args.name.trim();
    let mut chosen: Vec<Chosen> = match args.day {
        Some(wanted) => {
            if wanted == 0 || wanted > count {
                return Err(refused(TimetableProblem::NoDay { wanted, days: count }));
            }
            let day = timetable.days.into_iter().nth(wanted - 1).expect("checked above");
            vec![Chosen { number: wanted, name: name.to_string(), day }]
        }
        None if count == 1 => {
            timetable.days.into_iter().map(|day| Chosen { number: 1, name: name.to_string(), day }).collect()
        }
        None => (timetable.days.into_iter().enumerate())
            .map(|(n, day)| Chosen {
                number: n + 1,
                name: format!("{name}-{}-{}", t.timetable.day_name, n + 1),
                day,
            })
            .collect(),
    };
    correct_kinds(&mut chosen, &args.kind).map_err(refused)?;
    for w in &timetable.warnings {
        writeln!(ctx.err, "{}: {}: {}", file.display(), t.export.warning, warning_line(w, t))?;
    }
    let summary = summary(&chosen, t);
    if args.dry_run {
        write!(ctx.out, "{summary}")?;
        writeln!(ctx.err, "{}", t.timetable.dry_run)?;
        return Ok(Outcome::Done);
    }
    write!(ctx.err, "{summary}")?;
    let templates: Vec<Template> = chosen.iter().map(|c| template_of(c, file, t)).collect();
    // Refuse before writing any, so that a refusal leaves no day half imported.
    if !args.force {
        let dir = ctx.store.templates_dir();
        if let Some(path) =
            templates.iter().map(|tp| dir.join(format!("{}.ron", slug(&tp.name)))).find(|p| p.exists())
        {
            return Err(CommandError::Exists { path, kind: Kept::Template });
        }
    }
    for (template, c) in templates.iter().zip(&chosen) {
        let path: PathBuf = ctx.store.save_template(template, args.force).map_err(|e| match e {
            crate::store::StoreError::Exists { path } => CommandError::Exists { path, kind: Kept::Template },
            e => e.into(),
        })?;
        let done = format!(
            "{}: {} ({} {}, {})",
            t.export.template_saved,
            template.name,
            template.items.len(),
            t.export.items,
            t.span(template.total_minutes())
        );
        let start = c.day.first_start().format("%H:%M").to_string();
        writeln!(ctx.err, "{done}")?;
        writeln!(
            ctx.err,
            "  {}",
            fill(t.timetable.hint, &[("name", &slug(&template.name)), ("start", &start)])
        )?;
        writeln!(ctx.out, "{}", path.display())?;
    }
    Ok(Outcome::Done)
}

/// `--kind N=KIND`: item N, as the summary numbers the chosen days' items
/// one after another, takes the kind; a meal or prayer keeps its clock time.
fn correct_kinds(chosen: &mut [Chosen], corrections: &[(usize, ItemKind)]) -> Result<(), TimetableProblem> {
    let items: usize = chosen.iter().map(|c| c.day.items.len()).sum();
    for &(wanted, kind) in corrections {
        let mut left = wanted.checked_sub(1).ok_or(TimetableProblem::NoItem { wanted, items })?;
        let c = chosen.iter_mut().find(|c| {
            let here = left < c.day.items.len();
            if !here {
                left -= c.day.items.len();
            }
            here
        });
        let Some(c) = c else {
            return Err(TimetableProblem::NoItem { wanted, items });
        };
        let after_gap = c.day.gaps.iter().any(|g| g.before == left);
        let item = &mut c.day.items[left];
        item.kind = kind;
        item.decided_by = Decided::Corrected;
        item.fixed_start = (after_gap || kind == ItemKind::MealPrayer).then_some(item.start);
    }
    Ok(())
}

/// Each chosen day: its heading, its items, where its time is free.
fn summary(chosen: &[Chosen], t: &Text) -> String {
    let w = &t.timetable;
    let time = |at: chrono::NaiveTime| t.notation.time_of_day(at);
    let mut out = String::new();
    let mut number = 0;
    for c in chosen {
        let heading = fill(
            w.day_heading,
            &[
                ("n", &c.number.to_string()),
                ("label", &c.day.label.as_ref().map(|l| format!(" ({l})")).unwrap_or_default()),
                ("name", &c.name),
                ("start", &time(c.day.first_start())),
            ],
        );
        out.push_str(&heading);
        out.push('\n');
        let right = vec![true, false, true, false, false, false, false];
        let mut table = Table::new(w.headers.map(str::to_string).to_vec(), right);
        let first = number;
        for item in &c.day.items {
            number += 1;
            let decided = match &item.decided_by {
                Decided::Title(phrase) => format!("\"{phrase}\""),
                Decided::Column(value) => fill(w.by_column, &[("value", value)]),
                Decided::Corrected => "--kind".to_string(),
                Decided::Default => w.by_default.to_string(),
            };
            table.rows.push(vec![
                number.to_string(),
                format!("{}–{}", time(item.start), time(item.end)),
                item.minutes().to_string(),
                t.item_kind(item.kind).to_string(),
                item.fixed_start.map(time).unwrap_or_default(),
                decided,
                item.title.clone(),
            ]);
        }
        out.push_str(&table.to_text());
        for gap in &c.day.gaps {
            let pairs = [
                ("from", time(gap.from)),
                ("until", time(gap.until)),
                ("n", (first + gap.before + 1).to_string()),
            ];
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            out.push_str(&format!("  {}\n", fill(w.gap, &pairs)));
        }
        out.push('\n');
    }
    out
}

/// A doubt about a row, in the words of the interface.
fn warning_line(w: &TimetableWarning, t: &Text) -> String {
    match w {
        TimetableWarning::LessonHours { place, lesson_hours, minutes } => {
            let at = place.cell.clone().unwrap_or_else(|| format!("{} {}", t.export.row, place.row));
            let jp_minutes = (lesson_hours * crate::domain::MINUTES_PER_LESSON_HOUR as f64).round() as i64;
            fill(
                t.timetable.lesson_hours,
                &[
                    ("place", &at),
                    (
                        "jp",
                        &t.notation.decimal(*lesson_hours, if lesson_hours.fract() == 0.0 { 0 } else { 1 }),
                    ),
                    ("jp_minutes", &jp_minutes.to_string()),
                    ("minutes", &minutes.to_string()),
                ],
            )
        }
    }
}

/// A chosen day as a template, its description saying where it came from
/// and when it starts.
fn template_of(c: &Chosen, file: &Path, t: &Text) -> Template {
    let file_name =
        file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let description = fill(
        t.timetable.description,
        &[
            ("file", &file_name),
            ("n", &c.number.to_string()),
            ("label", &c.day.label.as_ref().map(|l| format!(" ({l})")).unwrap_or_default()),
            ("start", &t.notation.time_of_day(c.day.first_start())),
        ],
    );
    c.day.template(&c.name, description)
}
