//! The words of the sessions folder: one that is missing, one being
//! created, and how far a first reading of it has got.

use std::path::Path;

use super::notation::grouped;
use crate::domain::problem::FolderSource;

/// The words of the sessions folder itself.
pub struct FolderText {
    /// No such folder (or a file where it should be), where its name came
    /// from, and how to make one.
    pub missing: fn(&Path, FolderSource, bool) -> String,
    /// `sigap new`: the folder is being created.
    pub creating: fn(&Path) -> String,
    /// The home screen of a first run: the folder is not there yet.
    pub home_missing: fn(&Path) -> String,
    /// A first reading of the folder: how many sessions of how many.
    pub reading: fn(usize, usize) -> String,
    /// Files that could not be read, each named already.
    pub unreadable: fn(usize) -> String,
}

pub const EN: FolderText = FolderText {
    missing: |path, named_by, is_file| {
        let named_by = match named_by {
            FolderSource::Flag => "--dir",
            FolderSource::Variable => "SIGAP_DIR",
            FolderSource::Settings => "sessions_dir in the settings",
            FolderSource::Default => "the default, ./sessions of the current folder",
        };
        if is_file {
            format!("{}: is a file, not a sessions folder (named by {named_by})", path.display())
        } else {
            format!(
                "{}: no such sessions folder (named by {named_by}); `sigap new …` creates it",
                path.display()
            )
        }
    },
    creating: |path| format!("Creating the sessions folder {}", path.display()),
    home_missing: |path| {
        format!("The folder {} does not exist yet: creating a session (c) creates it.", path.display())
    },
    reading: |done, total| {
        format!("Reading sessions… {} of {}", grouped(done as u64, ','), grouped(total as u64, ','))
    },
    unreadable: |n| match n {
        1 => "1 file could not be read (named above)".to_string(),
        n => format!("{n} files could not be read (named above)"),
    },
};

pub const ID: FolderText = FolderText {
    missing: |path, named_by, is_file| {
        let named_by = match named_by {
            FolderSource::Flag => "--dir",
            FolderSource::Variable => "SIGAP_DIR",
            FolderSource::Settings => "sessions_dir di pengaturan",
            FolderSource::Default => "bawaan, ./sessions di folder ini",
        };
        if is_file {
            format!("{}: berupa berkas, bukan folder sesi (dari {named_by})", path.display())
        } else {
            format!("{}: folder sesi tidak ada (dari {named_by}); `sigap new …` membuatnya", path.display())
        }
    },
    creating: |path| format!("Membuat folder sesi {}", path.display()),
    home_missing: |path| format!("Folder {} belum ada: membuat sesi (c) akan membuatnya.", path.display()),
    reading: |done, total| {
        format!("Membaca sesi… {} dari {}", grouped(done as u64, '.'), grouped(total as u64, '.'))
    },
    unreadable: |n| format!("{n} berkas tidak dapat dibaca (disebut di atas)"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        assert_eq!(grouped(0, ','), "0");
        assert_eq!(grouped(999, ','), "999");
        assert_eq!(grouped(1200, ','), "1,200");
        assert_eq!(grouped(1_234_567, '.'), "1.234.567");
        assert_eq!((EN.reading)(1200, 5000), "Reading sessions… 1,200 of 5,000");
        assert_eq!((ID.reading)(1200, 5000), "Membaca sesi… 1.200 dari 5.000");
    }

    #[test]
    fn a_missing_folder_names_where_its_name_came_from() {
        let p = Path::new("/nowhere");
        assert_eq!(
            (EN.missing)(p, FolderSource::Flag, false),
            "/nowhere: no such sessions folder (named by --dir); `sigap new …` creates it"
        );
        assert!((ID.missing)(p, FolderSource::Settings, true).contains("sessions_dir di pengaturan"));
    }
}
