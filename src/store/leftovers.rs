//! Unfinished saves: a save killed mid-write leaves its temporary file
//! (`.NAME.ron.XXXXXX.tmp`, as large as the session) beside the session.

use std::fs;
use std::path::Path;

/// Remove the temporary files that saves of the session at `path` left.
/// Called only while this process holds the session's lock and before it
/// saves: no other sigap writes this session, so no live writer holds one
/// of these files. Returns how many were removed.
pub fn clean_session(path: &Path) -> usize {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let prefix = format!(".{name}.");
    entries
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(|n| is_leftover_of(n, &prefix)))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

/// `.NAME.ron.` followed by the six random letters and `.tmp` of the
/// atomic writer's temporary file, and nothing else.
fn is_leftover_of(file: &str, prefix: &str) -> bool {
    file.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|random| random.len() == 6 && random.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sessions_own_temporary_files_match() {
        let prefix = ".hari-1.ron.";
        assert!(is_leftover_of(".hari-1.ron.a1B2c3.tmp", prefix));
        assert!(!is_leftover_of(".hari-1.ron.lock", prefix));
        assert!(!is_leftover_of(".hari-1.ron.x.ron.a1B2c3.tmp", prefix));
        assert!(!is_leftover_of(".hari-1.ron.a1B2c3.tmp.keep", prefix));
    }
}
