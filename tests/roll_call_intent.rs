//! The roll call writes what the facilitator means: reasons for the person
//! just marked, arrival and departure times typed, lateness from the later
//! of the planned and the actual start, no late question during the roll
//! call itself, and a filter that starts afresh or shows who is unmarked.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use ratatui_textarea::{Input, Key};
use sigap::domain::{Mark, ParticipantId, Session, Status, Timestamp};
use sigap::text::Lang;
use sigap::tui::app::{App, Confirm, PromptKind, Run};
use sigap::tui::command::{Command, Gesture};
use sigap::tui::effect::Effect;
use sigap::tui::message::{Message, OpenedSession, Update};

fn open(session: Session) -> App {
    let mut app = App::new(Lang::En, at("07:50"), 7);
    let opened = OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), session);
    app.update(Message::Opened(Box::new(opened)), at("07:50"));
    app
}

fn run(app: &App) -> &Run {
    app.run().expect("the run view is open")
}

fn mark_of(app: &App, n: usize) -> Mark {
    run(app).session().mark(&ParticipantId::numbered(n))
}

fn feed(app: &mut App, now: Timestamp, actions: impl IntoIterator<Item = impl Into<Update>>) {
    for action in actions {
        if app.update(action, now) == Some(Effect::Save) {
            app.update(Message::Saved, now);
        }
    }
}

fn typed(text: &str) -> Vec<Update> {
    text.chars().map(|c| Gesture::Input(Input { key: Key::Char(c), ..Input::default() }).into()).collect()
}

/// Clear a prompt's text (Ctrl+u) and type `text` into it, then Enter.
fn answer(text: &str) -> Vec<Update> {
    let mut actions =
        vec![Update::from(Gesture::Input(Input { key: Key::Char('u'), ctrl: true, ..Input::default() }))];
    actions.extend(typed(text));
    actions.push(Command::Confirm.into());
    actions
}

#[test]
fn a_reason_after_a_mark_is_for_the_person_just_marked() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::Mark(Status::Excused), Command::EditReason]);
    assert_eq!(
        run(&app).prompt().as_ref().map(|p| p.kind.clone()),
        Some(PromptKind::Reason(ParticipantId::numbered(1))),
        "the cursor moved on, the reason is still Siti's"
    );
    feed(&mut app, at("08:01"), answer("dinas luar"));
    assert_eq!(mark_of(&app, 1).reason.as_deref(), Some("dinas luar"));
    assert_eq!(mark_of(&app, 2).reason, None);
    // Moving the cursor first: the reason is for the person under it.
    feed(&mut app, at("08:02"), [Command::Mark(Status::Sick), Command::Down, Command::EditReason]);
    feed(&mut app, at("08:03"), answer("demam"));
    assert_eq!(mark_of(&app, 2).reason, None);
    assert_eq!(mark_of(&app, 4).reason.as_deref(), Some("demam"));
}

#[test]
fn arrival_and_departure_times_are_typed_and_corrected() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:20"), [Command::Mark(Status::Late), Command::EditTime]);
    assert_eq!(run(&app).prompt().as_ref().map(|p| p.text.as_str()), Some("08:20"), "now, to correct");
    feed(&mut app, at("08:20"), answer("08:12"));
    let mark = mark_of(&app, 1);
    assert_eq!((mark.status, mark.arrived), (Status::Late, Some(at("08:12"))));
    assert_eq!(run(&app).session().minutes_late(&mark), 12);
    // Later: back to Siti, the time corrected again.
    feed(&mut app, at("09:00"), [Command::Up, Command::EditTime]);
    feed(&mut app, at("09:00"), answer("8.10"));
    assert_eq!(mark_of(&app, 1).arrived, Some(at("08:10")));
    // A departure.
    feed(&mut app, at("10:00"), [Command::Down, Command::Mark(Status::LeftEarly), Command::EditTime]);
    feed(&mut app, at("10:00"), answer("09:45"));
    assert_eq!(mark_of(&app, 2).left, Some(at("09:45")));
    // Nonsense changes nothing and says so.
    feed(&mut app, at("10:01"), [Command::Up, Command::EditTime]);
    feed(&mut app, at("10:01"), answer("9x"));
    assert_eq!(mark_of(&app, 2).left, Some(at("09:45")));
    assert!(app.notice().as_ref().is_some_and(|n| n.is_problem()), "{:?}", app.notice());
}

#[test]
fn lateness_counts_from_the_later_of_the_planned_and_the_actual_start() {
    let mut early = open(fresh_session());
    feed(&mut early, at("07:56"), [Command::ToggleTimer]);
    let mark = Mark { status: Status::Late, arrived: Some(at("08:16")), ..Mark::default() };
    assert_eq!(run(&early).session().minutes_late(&mark), 16, "not 20: the plan said 08:00");
    let mut late = open(fresh_session());
    feed(&mut late, at("08:10"), [Command::ToggleTimer]);
    let before_start = Mark { status: Status::Late, arrived: Some(at("08:05")), ..Mark::default() };
    assert_eq!(run(&late).session().minutes_late(&before_start), 0, "nothing was missed");
    assert_eq!(run(&late).session().minutes_late(&mark), 6);
}

#[test]
fn the_roll_call_itself_is_not_questioned_for_lateness() {
    let mut app = open(fresh_session());
    app.run_mut().unwrap().set_grace_minutes(10);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    // The roll call begins at 08:12 and runs on: present, no question.
    feed(&mut app, at("08:12"), [Command::Mark(Status::Present)]);
    feed(&mut app, at("08:20"), [Command::Mark(Status::Present)]);
    assert!(run(&app).confirm().is_none());
    assert_eq!((mark_of(&app, 1).status, mark_of(&app, 2).status), (Status::Present, Status::Present));
    // Well after it, a present mark is an arrival: the question stays.
    feed(&mut app, at("08:40"), [Command::Mark(Status::Present)]);
    assert!(
        matches!(run(&app).confirm(), Some(Confirm::LateOffer { minutes: 40, .. })),
        "{:?}",
        run(&app).confirm()
    );
}

#[test]
fn slash_starts_a_new_filter_and_the_list_can_show_only_the_unmarked() {
    let mut app = open(fresh_session());
    let mut actions = vec![Update::from(Command::StartFilter)];
    actions.extend(typed("siti"));
    actions.push(Command::Confirm.into());
    feed(&mut app, at("08:00"), actions);
    assert_eq!(run(&app).visible_people(), vec![0]);
    let mut again = vec![Update::from(Command::StartFilter)];
    again.extend(typed("imam"));
    again.push(Command::Confirm.into());
    feed(&mut app, at("08:00"), again);
    assert_eq!(run(&app).people_filter().text, "imam", "a new filter, not siti+imam");
    assert_eq!(run(&app).visible_people(), vec![1]);
    feed(&mut app, at("08:00"), [Command::Cancel]);

    feed(&mut app, at("08:01"), [Command::Mark(Status::Present), Command::Mark(Status::Present)]);
    feed(&mut app, at("08:02"), [Command::ToggleUnmarked]);
    assert_eq!(run(&app).visible_people(), vec![2, 3, 4]);
    assert_eq!(run(&app).selected_person().map(|p| p.id.clone()), Some(ParticipantId::numbered(3)));
    // Marking takes the person off the list; the cursor is on the next one.
    feed(&mut app, at("08:03"), [Command::Mark(Status::Absent)]);
    assert_eq!(run(&app).visible_people(), vec![3, 4]);
    assert_eq!(run(&app).selected_person().map(|p| p.id.clone()), Some(ParticipantId::numbered(4)));
    feed(&mut app, at("08:04"), [Command::ToggleUnmarked]);
    assert_eq!(run(&app).visible_people().len(), 5);
}

#[test]
fn the_reason_box_names_the_person_first() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::Mark(Status::Excused), Command::EditReason]);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| sigap::tui::view::render(&app, frame)).unwrap();
    let screen = terminal.backend().to_string();
    let title = screen.lines().position(|l| l.contains("Reason")).expect("the reason box is drawn");
    let first = screen.lines().nth(title + 1).unwrap_or_default();
    assert!(first.contains("Dra. Siti Aminah, M.Si. · I"), "{screen}");
}

#[test]
fn esc_on_a_filter_just_opened_closes_the_filter_not_the_session() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::StartFilter, Command::Cancel]);
    assert!(app.run().is_some(), "Esc on an empty filter left the session");
    assert!(!run(&app).people_filter().typing, "the filter is still open");
}
