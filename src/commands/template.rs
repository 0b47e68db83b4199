//! `sigap template list`, `save` and `import`: the agendas kept to start
//! the next session with.

pub mod import;

use std::io::Write;
use std::path::Path;

use super::written::report_written;
use super::{CommandError, Context, Outcome};
use crate::domain::Template;
use crate::domain::problem::Kept;
use crate::export::table::Table;

/// `sigap template list`: name, items, length and file of each template.
pub fn list(ctx: &mut Context) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, err, .. } = ctx;
    let templates = store.templates();
    if templates.is_empty() {
        writeln!(err, "{} {}", t.export.no_templates, store.templates_dir().display())?;
        return Ok(Outcome::Done);
    }
    let headers = [t.title, t.export.items, t.agenda, t.lesson_hours, t.path];
    let mut table = Table::new(headers.map(str::to_string).to_vec(), vec![false, true, true, true, false]);
    let mut unreadable = 0;
    for (path, template) in templates {
        match template {
            Ok(template) => {
                let learning: i64 =
                    template.items.iter().filter(|i| i.kind.is_learning()).map(|i| i.minutes).sum();
                table.rows.push(vec![
                    template.name.clone(),
                    template.items.len().to_string(),
                    t.span(template.total_minutes()),
                    t.notation.decimal(crate::domain::lesson_hours(learning), 1),
                    path.display().to_string(),
                ]);
            }
            Err(e) => {
                unreadable += 1;
                writeln!(err, "{} ({})", (t.store_error)(&e), t.unreadable)?;
            }
        }
    }
    write!(out, "{}", table.to_text())?;
    match unreadable {
        0 => Ok(Outcome::Done),
        count => Err(CommandError::Unreadable { count }),
    }
}

/// `sigap template save`: the session's agenda as planned, kept under
/// `templates/`; the new file's path on `out`.
pub fn save(ctx: &mut Context, file: &Path, name: &str, replace: bool) -> Result<Outcome, CommandError> {
    let (store, t) = (ctx.store, ctx.text);
    if !file.is_file() {
        return Err(CommandError::NoFile { path: file.to_path_buf() });
    }
    let session = store.read(file)?;
    let template = Template::from_session(&session, name.trim());
    if template.items.is_empty() {
        return Err(CommandError::NoItems { path: file.to_path_buf() });
    }
    let done = format!(
        "{}: {} ({} {}, {})",
        t.export.template_saved,
        template.name,
        template.items.len(),
        t.export.items,
        t.span(template.total_minutes())
    );
    let written = store.save_template(&template, replace);
    report_written(written, &done, Kept::Template, ctx)
}
