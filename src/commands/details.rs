//! `sigap details`: a session's heading printed, or its venue,
//! facilitators, chair and note-taker changed through the store, as the
//! app changes them.

use super::{CommandError, Context};
use crate::cli::DetailsArgs;
use crate::domain::problem::ReadOnly;
use crate::domain::{DetailField, Details, Session};
use crate::text::Text;

/// `sigap details`: with no change asked, the heading; otherwise the
/// changes, saved under the session's lock, and what changed.
pub fn run(ctx: &mut Context, args: &DetailsArgs) -> Result<(), CommandError> {
    if !args.file.exists() {
        return Err(CommandError::NoFile { path: args.file.clone() });
    }
    if !asks_a_change(args) {
        let session = ctx.store.read(&args.file)?;
        write!(ctx.out, "{}", heading(&session, ctx.text))?;
        return Ok(());
    }
    let (session, file) = ctx.store.open(&args.file)?;
    if file.read_only() == Some(ReadOnly::Locked) {
        return Err(CommandError::Held { path: args.file.clone(), holder: file.holder().cloned() });
    }
    let before = Details::of(&session);
    let after = wanted(args, &before)?;
    let changed = after.changed_from(&before);
    if changed.is_empty() {
        writeln!(ctx.err, "{}", ctx.text.details.unchanged)?;
        return Ok(());
    }
    let mut updated = session;
    after.apply(&mut updated);
    ctx.store.save(&file, &updated)?;
    let t = ctx.text;
    for field in changed {
        let (old, new) = (shown(&before.field(field), t), shown(&after.field(field), t));
        writeln!(ctx.out, "{}: {old} → {new}", t.details.label(field, t))?;
    }
    Ok(())
}

fn asks_a_change(args: &DetailsArgs) -> bool {
    args.venue.is_some() || args.facilitators.is_some() || args.chair.is_some() || args.note_taker.is_some()
}

/// The details as the arguments would leave them: each given field
/// replaced, names trimmed; a value that would act on a terminal refused.
fn wanted(args: &DetailsArgs, before: &Details) -> Result<Details, CommandError> {
    let given: [(DetailField, Option<Vec<&str>>); 4] = [
        (DetailField::Venue, args.venue.as_deref().map(|v| vec![v])),
        (
            DetailField::Facilitators,
            args.facilitators.as_ref().map(|f| f.iter().map(String::as_str).collect()),
        ),
        (DetailField::Chair, args.chair.as_deref().map(|v| vec![v])),
        (DetailField::NoteTaker, args.note_taker.as_deref().map(|v| vec![v])),
    ];
    for (field, values) in &given {
        let clean = |v: &&str| v.chars().all(|c| crate::shown::may_type(c) && c != '\n' && c != '\t');
        if values.as_ref().is_some_and(|vs| !vs.iter().all(clean)) {
            return Err(CommandError::ControlChars { field: *field });
        }
    }
    let pick = |given: &Option<String>, old: &String| given.clone().unwrap_or_else(|| old.clone());
    Ok(Details {
        venue: pick(&args.venue, &before.venue),
        facilitators: args.facilitators.clone().unwrap_or_else(|| before.facilitators.clone()),
        chair: pick(&args.chair, &before.chair),
        note_taker: pick(&args.note_taker, &before.note_taker),
    }
    .tidied())
}

fn shown(value: &str, t: &Text) -> String {
    if value.is_empty() { t.details.empty.to_string() } else { value.to_string() }
}

/// The heading, one labelled line a field, labels aligned.
pub fn heading(s: &Session, t: &Text) -> String {
    let d = &t.details;
    let when = format!(
        "{}, {} ({})",
        t.notation.long_date(s.date()),
        t.notation.stated_time(&s.planned_start),
        d.planned
    );
    let details = Details::of(s);
    let mut lines = vec![(t.workshop, s.workshop.clone()), (t.title, s.title.clone()), (t.date, when)];
    lines.push((t.venue, details.venue.clone()));
    lines.push((d.class, s.class.clone().unwrap_or_default()));
    for field in [DetailField::Facilitators, DetailField::Chair, DetailField::NoteTaker] {
        lines.push((d.label(field, t), details.field(field)));
    }
    let width =
        lines.iter().map(|(label, _)| unicode_width::UnicodeWidthStr::width(*label)).max().unwrap_or(0);
    lines
        .iter()
        .map(|(label, value)| {
            format!("{}  {}\n", crate::text::fit(&format!("{label}:"), width + 1), shown(value, t))
        })
        .collect()
}
