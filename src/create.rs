//! Making a new session from a template and a roster: [`new_session`] is
//! the one way, for `sigap new` and the form on the home screen alike.

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, NaiveDate, NaiveTime};

pub use crate::domain::problem::CreateError;
use crate::domain::{FORMAT_VERSION, Participant, RosterFile, Session, Timestamp};
use crate::import::{self, ImportWarning, keep_known_ids};
use crate::store::{Prefs, SessionFile, Store};
use crate::text::Text;

/// What the new session is to be.
#[derive(Clone, Debug, Default)]
pub struct SessionSpec {
    pub workshop: String,
    pub title: String,
    pub venue: String,
    pub facilitators: Vec<String>,
    /// Who chairs the session (*pimpinan rapat*).
    pub chair: String,
    /// Who takes the minutes (*notulis*).
    pub note_taker: String,
    /// A template name from `templates/`, or a template file.
    pub template: Option<String>,
    /// A roster file (RON or CSV), or a name from `rosters/`. Without one,
    /// the roster of the workshop's latest session (of the same class) is used.
    pub roster: Option<PathBuf>,
    /// The sheet of a workbook roster (default: its first sheet).
    pub roster_sheet: Option<String>,
    /// One of the workshop's parallel classes.
    pub class: Option<String>,
    /// Keep the template and roster chosen for the next new session (the
    /// form offers them again).
    pub remember: bool,
}

/// When a new session starts, as a person gives it: a day and a time, at
/// this computer's UTC offset unless another is given.
#[derive(Clone, Copy, Debug)]
pub struct StartsAt {
    pub date: NaiveDate,
    pub time: NaiveTime,
    pub utc_offset: Option<FixedOffset>,
}

impl StartsAt {
    /// The moment; `otherwise` when the day has no such local time.
    pub fn moment(&self, otherwise: Timestamp) -> Timestamp {
        let local = self.date.and_time(self.time);
        let offset = self.utc_offset.unwrap_or_else(|| crate::clock::local_offset_at(local));
        local.and_local_timezone(offset).single().unwrap_or(otherwise)
    }
}

/// A created session, locked for writing, and what a person should know.
#[derive(Debug)]
pub struct Created {
    pub path: PathBuf,
    pub file: SessionFile,
    pub session: Session,
    /// Where the roster came from, and columns of a CSV that were not used.
    pub roster_source: Option<String>,
    pub ignored_columns: Vec<String>,
    /// Doubtful NIPs in a CSV roster, imported anyway.
    pub warnings: Vec<ImportWarning>,
    /// Fixed times of the template that fell before the start, now flexible.
    pub released: Vec<String>,
}

impl Created {
    /// The fixed times let go, as a line to tell the person, if there were any.
    pub fn released_line(&self, t: &Text) -> Option<String> {
        (!self.released.is_empty()).then(|| format!("{}: {}", t.fixed_released, self.released.join(", ")))
    }
}

/// Make a new session: its file from `spec`, starting when `starts` says
/// (`now` when that time does not exist), with `random` making its id
/// unique; and, when the spec asks, its template and roster remembered.
pub fn new_session(
    store: &Store,
    spec: &SessionSpec,
    starts: &StartsAt,
    now: Timestamp,
    random: u64,
) -> Result<Created, CreateError> {
    let created = create(store, spec, starts.moment(now), random)?;
    if spec.remember {
        let prefs = Prefs {
            last_template: spec.template.clone(),
            last_roster: spec.roster.as_ref().map(|p| p.to_string_lossy().into_owned()),
            ..store.prefs()
        };
        // Remembering the choices is a convenience; failing to is not worth an error.
        let _ = store.save_prefs(&prefs);
    }
    Ok(created)
}

/// Create the session file for `spec`, starting at `start`, with `random`
/// making its id unique.
pub fn create(
    store: &Store,
    spec: &SessionSpec,
    start: Timestamp,
    random: u64,
) -> Result<Created, CreateError> {
    let (workshop, title) = (spec.workshop.trim(), spec.title.trim());
    if workshop.is_empty() {
        return Err(CreateError::NoWorkshop);
    }
    if title.is_empty() {
        return Err(CreateError::NoTitle);
    }
    let mut agenda = match &spec.template {
        Some(name) => store.template(name)?.1.agenda(),
        None => Vec::new(),
    };
    // A fixed time before the session starts (a morning template used for
    // an afternoon) cannot be kept: the item moves with the agenda instead.
    let mut released = Vec::new();
    for item in &mut agenda {
        if let Some(time) = item.fixed_start.filter(|t| start.date_naive().and_time(*t) < start.naive_local())
        {
            item.fixed_start = None;
            released.push(format!("{} {}", item.title, time.format("%H:%M")));
        }
    }
    let class = spec.class.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(str::to_string);
    // Another class's roster is other people.
    let previous = store.latest_of_workshop(workshop).filter(|p| p.class == class);
    let known: &[Participant] = previous.as_ref().map_or(&[], |s| &s.roster);
    let (roster, roster_source, ignored_columns, warnings) = match &spec.roster {
        Some(path) => {
            let (roster, ignored, warnings) = read_roster(store, path, spec.roster_sheet.as_deref(), known)?;
            (roster, Some(path.display().to_string()), ignored, warnings)
        }
        None => (known.to_vec(), previous.as_ref().map(|p| p.title.clone()), Vec::new(), Vec::new()),
    };
    let id = format!("{}-{:08x}", start.format("%Y%m%d-%H%M"), random as u32);
    let mut session = Session::new(id, workshop, title, start);
    session.version = FORMAT_VERSION;
    session.venue = spec.venue.trim().to_string();
    session.facilitators = spec.facilitators.clone();
    session.chair = spec.chair.trim().to_string();
    session.note_taker = spec.note_taker.trim().to_string();
    session.class = class;
    session.agenda = agenda;
    session.roster = roster;
    let (path, file) = store.create(&session)?;
    Ok(Created { path, file, session, roster_source, ignored_columns, warnings, released })
}

/// The people of a roster, the CSV columns not used and the doubtful NIPs.
type RosterRead = (Vec<Participant>, Vec<String>, Vec<ImportWarning>);

/// A roster from a CSV export, a workbook, a RON roster file, or a name in `rosters/`.
fn read_roster(
    store: &Store,
    path: &Path,
    sheet: Option<&str>,
    known: &[Participant],
) -> Result<RosterRead, CreateError> {
    let by_name = store.rosters_dir().join(path);
    let by_stem = store.rosters_dir().join(format!("{}.ron", path.display()));
    let path = [path.to_path_buf(), by_name, by_stem]
        .into_iter()
        .find(|p| p.is_file())
        .ok_or_else(|| CreateError::NoRoster { path: path.to_path_buf(), dir: store.rosters_dir() })?;
    if import::is_spreadsheet(&path) {
        let bytes = store.read_bytes(&path)?;
        let imported = import::roster_from_file(&path, &bytes, sheet)
            .map_err(|source| CreateError::Roster { path: path.clone(), source })?;
        let roster = if imported.has_ids {
            imported.participants
        } else {
            keep_known_ids(imported.participants, known)
        };
        return Ok((roster, imported.ignored_columns, imported.warnings));
    }
    let file: RosterFile = store.read_roster(&path)?;
    Ok((file.participants, Vec::new(), Vec::new()))
}
