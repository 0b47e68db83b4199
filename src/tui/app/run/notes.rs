//! The notes pane and the note editor over it: writing, saving, deleting
//! notes and ticking actions done. What is typed is a draft in the session
//! file until the note is saved.

use chrono::NaiveDate;
use ratatui_textarea::{Input, Key};

use super::super::editor::{EditorField, Mention, NoteEditor, mention_matches};
use super::super::{Notice, Outcome, edit_line};
use super::{Run, say};
use crate::domain::{Note, NoteDraft, NoteId, NoteKind, ParticipantId, Timestamp};
use crate::text::Text;
use crate::tui::command::{Command, Gesture};
use crate::tui::effect::Effect;

impl Run {
    /// The notes pane's commands, and `n` from anywhere.
    pub(super) fn notes_command(&mut self, command: Command, now: Timestamp, t: &Text) -> Outcome {
        match command {
            Command::NewNote => self.open_editor(None, now, t),
            Command::EditNote => {
                let id = self.selected_note().map(|n| n.id.clone());
                match id {
                    Some(id) => self.open_editor(Some(id), now, t),
                    None => Outcome::NONE,
                }
            }
            Command::DeleteNote => self.delete_note(now, t),
            Command::ToggleActionDone => self.toggle_done(now, t),
            _ => Outcome::NONE,
        }
    }

    fn delete_note(&mut self, now: Timestamp, t: &Text) -> Outcome {
        let Some(id) = self.selected_note().map(|n| n.id.clone()) else { return Outcome::NONE };
        let Outcome { effect, notice } =
            self.change(t.log_delete_note.into(), t, |s| s.delete_note(&id, now));
        let len = self.visible_notes().len();
        self.notes_cursor = self.notes_cursor.min(len.saturating_sub(1));
        let notice = notice.or_else(|| effect.as_ref().map(|_| Notice::info(t.note_deleted)));
        Outcome { effect, notice }
    }

    fn toggle_done(&mut self, now: Timestamp, t: &Text) -> Outcome {
        let Some(id) =
            self.selected_note().filter(|n| n.kind == crate::domain::NoteKind::Action).map(|n| n.id.clone())
        else {
            return say(t.not_an_action);
        };
        self.change(t.log_action_done.into(), t, |s| {
            if let Some(n) = s.notes.iter_mut().find(|n| n.id == id) {
                n.done = !n.done;
                n.edited = Some(now);
            }
        })
    }

    /// Open the editor: the saved draft if there is one, else the note to
    /// edit, else a new note at `now` on the current item.
    pub(super) fn open_editor(&mut self, editing: Option<NoteId>, now: Timestamp, t: &Text) -> Outcome {
        if let Some(why) = &self.read_only {
            return Outcome::notice(Notice::problem(format!("{}: {why}", t.read_only)));
        }
        let restored = self.session.draft.is_some();
        let draft = self.session.draft.clone().unwrap_or_else(|| {
            let note = editing.as_ref().and_then(|id| self.session.notes.iter().find(|n| &n.id == id));
            match note {
                Some(n) => NoteDraft {
                    at: n.at,
                    kind: n.kind,
                    text: n.text.clone(),
                    item: n.item.clone(),
                    editing: Some(n.id.clone()),
                    mentions: n.mentions.clone(),
                    owner: n.owner.clone().unwrap_or_default(),
                    due: n.due.map(|d| d.to_string()).unwrap_or_default(),
                },
                None => NoteDraft {
                    at: now,
                    kind: NoteKind::Note,
                    text: String::new(),
                    item: self.current_item(),
                    editing: None,
                    mentions: Vec::new(),
                    owner: String::new(),
                    due: String::new(),
                },
            }
        });
        self.editor = Some(NoteEditor::from_draft(draft));
        Outcome::new(None, restored.then(|| Notice::info(t.draft_restored)))
    }

    /// Put the editor's text into the session as a draft (to be saved).
    pub fn keep_draft(&mut self) {
        let Some(editor) = &self.editor else { return };
        let draft = (!editor.is_blank()).then(|| editor.draft());
        if self.session.draft != draft {
            self.session.draft = draft;
            self.draft_unsaved = true;
        }
    }

    pub(super) fn update_editor(
        &mut self,
        gesture: Gesture,
        now: Timestamp,
        t: &Text,
        random: u64,
    ) -> Outcome {
        let Some(editor) = self.editor.as_mut() else { return Outcome::NONE };
        if editor.mention.is_some()
            && let Some(command @ (Command::Confirm | Command::Cancel | Command::Up | Command::Down)) =
                gesture.command()
        {
            self.update_mention(command);
            return Outcome::NONE;
        }
        match gesture {
            Gesture::Input(input) => {
                self.type_into_editor(input);
                self.draft_unsaved = true;
            }
            Gesture::Paste(text) => {
                if editor.field == EditorField::Text {
                    editor.text.insert_str(text.replace("\r\n", "\n"));
                }
                self.draft_unsaved = true;
            }
            Gesture::Command(Command::InsertNewline) => {
                editor.text.insert_newline();
                self.draft_unsaved = true;
            }
            Gesture::Command(Command::CycleNoteKind) => {
                editor.kind = editor.kind.next();
                self.draft_unsaved = true;
            }
            Gesture::Command(Command::NextEditorField) => {
                editor.field = match editor.field {
                    EditorField::Text => EditorField::Owner,
                    EditorField::Owner => EditorField::Due,
                    EditorField::Due => EditorField::Text,
                };
            }
            Gesture::Command(Command::CloseEditor) => {
                self.keep_draft();
                self.editor = None;
                return self.save_draft_now();
            }
            Gesture::Command(Command::SaveNote) => return self.save_note(now, t, random),
            _ => {}
        }
        Outcome::NONE
    }

    /// Ask for the draft to be written (refused quietly when read-only: the
    /// editor is never opened then).
    pub(super) fn save_draft_now(&mut self) -> Outcome {
        if !self.draft_unsaved || self.read_only.is_some() {
            return Outcome::NONE;
        }
        if matches!(self.save, super::SaveState::Saved(_)) {
            self.save = super::SaveState::Pending;
        }
        Outcome::effect(Effect::Save)
    }

    fn type_into_editor(&mut self, input: Input) {
        let Some(editor) = self.editor.as_mut() else { return };
        match editor.field {
            EditorField::Owner => {
                edit_line(&mut editor.owner, &input);
                return;
            }
            EditorField::Due => {
                edit_line(&mut editor.due, &input);
                return;
            }
            EditorField::Text => {}
        }
        if matches!(input.key, Key::Char(c) if !crate::shown::may_type(c)) {
            return;
        }
        let typed = match input.key {
            Key::Char(c) if !input.ctrl && !input.alt => Some(c),
            _ => None,
        };
        let backspace = input.key == Key::Backspace;
        editor.text.input(input);
        editor.error = None;
        match (&mut editor.mention, typed) {
            (None, Some('@')) => editor.mention = Some(Mention { query: String::new(), choice: 0 }),
            (Some(m), Some(c)) => {
                m.query.push(c);
                m.choice = 0;
            }
            // Backspace over the `@` itself ends the mention.
            (Some(m), None) if backspace && m.query.is_empty() => editor.mention = None,
            (Some(m), None) if backspace => {
                m.query.pop();
            }
            _ => {}
        }
        let query = editor.mention.as_ref().map(|m| m.query.clone());
        if let Some(q) = query
            && mention_matches(&self.session.roster, &q).is_empty()
            && let Some(editor) = self.editor.as_mut()
        {
            // Nobody matches any more: this `@` was just text.
            editor.mention = None;
        }
    }

    fn update_mention(&mut self, command: Command) {
        let Some(editor) = self.editor.as_ref() else { return };
        let Some(mention) = editor.mention.clone() else { return };
        let hits: Vec<(ParticipantId, String)> = mention_matches(&self.session.roster, &mention.query)
            .into_iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        let Some(editor) = self.editor.as_mut() else { return };
        match command {
            Command::Up => {
                if let Some(m) = editor.mention.as_mut() {
                    m.choice = m.choice.saturating_sub(1);
                }
            }
            Command::Down => {
                if let Some(m) = editor.mention.as_mut() {
                    m.choice = (m.choice + 1).min(hits.len().saturating_sub(1));
                }
            }
            Command::Cancel => editor.mention = None,
            _ => {
                if let Some((id, name)) = hits.get(mention.choice) {
                    // Replace `@query` with the full name.
                    for _ in 0..mention.query.chars().count() + 1 {
                        editor.text.delete_char();
                    }
                    editor.text.insert_str(name);
                    if !editor.mentions.contains(id) {
                        editor.mentions.push(id.clone());
                    }
                    self.draft_unsaved = true;
                }
                editor.mention = None;
            }
        }
    }

    /// Save the note (new or edited); an action without an owner takes the
    /// first person mentioned.
    fn save_note(&mut self, now: Timestamp, t: &Text, random: u64) -> Outcome {
        let Some(editor) = self.editor.as_mut() else { return Outcome::NONE };
        let text = editor.text.lines().join("\n").trim().to_string();
        if text.is_empty() {
            if editor.editing.is_some() {
                editor.error = Some(t.note_empty.into());
                return Outcome::NONE;
            }
            self.editor = None;
            self.session.draft = None;
            return self.save_draft_now();
        }
        let due = match editor.due.trim() {
            "" => None,
            d => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(date) => Some(date),
                Err(_) => {
                    editor.error = Some(format!("{}: {d}", t.form_bad_date));
                    editor.field = EditorField::Due;
                    return Outcome::NONE;
                }
            },
        };
        let draft = editor.draft();
        let first_mentioned =
            draft.mentions.first().and_then(|id| self.session.participant(id)).map(|p| p.name.clone());
        let owner = Some(draft.owner.trim().to_string()).filter(|o| !o.is_empty());
        let owner = if draft.kind == NoteKind::Action { owner.or(first_mentioned) } else { owner };
        let id = draft.editing.clone().unwrap_or_else(|| NoteId::new(draft.at, random));
        let mut note = Note::new(id.clone(), draft.at, draft.kind, text);
        note.item = draft.item.clone();
        note.mentions = draft.mentions.clone();
        note.owner = owner;
        note.due = due;
        let label =
            format!("{} “{}”", t.note_kind(note.kind), crate::text::fit(note.first_line(), 30).trim_end());
        let out = self.change(label, t, |s| {
            match s.notes.iter_mut().find(|n| n.id == id) {
                Some(existing) => {
                    note.done = existing.done;
                    note.edited = existing.edited;
                    if *existing != note {
                        note.edited = Some(now);
                    }
                    *existing = note;
                }
                None => s.notes.push(note),
            }
            s.draft = None;
        });
        self.editor = None;
        self.draft_unsaved = false;
        if let Some(pos) = self.visible_notes().iter().position(|&i| self.session.notes[i].id == id) {
            self.notes_cursor = pos;
        }
        out
    }
}
