//! The shape of sigap's modules: no file imports its way back to itself,
//! the words (`text`) depend on nothing but the domain's types, and the
//! domain touches no terminal, no file system and no clock.
//!
//! The sources are read as tokens: comments, strings and `#[cfg(test)]`
//! items are left out, `use` trees are expanded, and every `crate::`,
//! `super::` and `self::` path is resolved to the file module it names.
//! A child module's use of its ancestors cannot close a circle (Rust nests
//! modules that way); a parent's use of its child can.

#[path = "support/tokens.rs"]
mod tokens;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use tokens::{Token, tokens};

/// A file module: its path below the crate root (`store::guard`).
type Module = Vec<String>;

/// The tokens without `#[cfg(test)]` items, and the names of the test-only
/// file modules they declared.
fn without_tests(tokens: Vec<Token>) -> (Vec<Token>, Vec<String>) {
    let cfg_test = ["#", "[", "cfg", "(", "test", ")", "]"];
    let is = |t: &Token, s: &str| matches!(t, Token::Ident(x) if x == s) || *t == Token::Punct(leak(s));
    let mut kept = Vec::new();
    let mut test_files = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let here = tokens.len() - i >= cfg_test.len()
            && cfg_test.iter().enumerate().all(|(k, s)| is(&tokens[i + k], s));
        if !here {
            kept.push(tokens[i].clone());
            i += 1;
            continue;
        }
        let mut j = i + cfg_test.len();
        if let (Some(Token::Ident(m)), Some(Token::Ident(name)), Some(Token::Punct(";"))) =
            (tokens.get(j), tokens.get(j + 1), tokens.get(j + 2))
            && m == "mod"
        {
            test_files.push(name.clone());
        }
        let mut depth = 0;
        while j < tokens.len() {
            match tokens[j] {
                Token::Punct("{") => depth += 1,
                Token::Punct("}") => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Token::Punct(";") if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        i = j + 1;
    }
    (kept, test_files)
}

fn leak(s: &str) -> &'static str {
    ["::", "{", "}", "(", ")", "[", "]", ",", ";", "*", "#"].into_iter().find(|p| *p == s).unwrap_or("\0")
}

/// Every path a `use` tree names, from the tokens after `use` up to `;`.
fn expand_use(tokens: &[Token], prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Ident(s) if s == "as" => i += 1,
            Token::Ident(s) => path.push(s.clone()),
            Token::Punct("{") => {
                i += 1;
                loop {
                    i += expand_use(&tokens[i..], path.clone(), out);
                    match tokens.get(i) {
                        Some(Token::Punct(",")) => i += 1,
                        _ => break,
                    }
                    if tokens.get(i) == Some(&Token::Punct("}")) {
                        break;
                    }
                }
                out.push(Vec::new());
                return i + 1;
            }
            Token::Punct(",") | Token::Punct("}") | Token::Punct(";") => break,
            _ => {}
        }
        i += 1;
    }
    out.push(path);
    i
}

/// All paths a file names: expanded `use` trees and inline paths.
fn paths(tokens: &[Token]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let ident = |k: usize| match tokens.get(k) {
            Some(Token::Ident(s)) => Some(s.as_str()),
            _ => None,
        };
        if ident(i) == Some("use") {
            let end = (i..tokens.len()).find(|&k| tokens[k] == Token::Punct(";")).unwrap_or(tokens.len());
            expand_use(&tokens[i + 1..end], Vec::new(), &mut out);
            i = end + 1;
            continue;
        }
        if ident(i).is_some() && tokens.get(i + 1) == Some(&Token::Punct("::")) {
            let mut path = Vec::new();
            let mut k = i;
            while let Some(s) = ident(k) {
                path.push(s.to_string());
                if tokens.get(k + 1) != Some(&Token::Punct("::")) {
                    break;
                }
                k += 2;
            }
            out.push(path);
            i = k + 1;
            continue;
        }
        i += 1;
    }
    out.retain(|p| !p.is_empty());
    out
}

struct Source {
    module: Module,
    tokens: Vec<Token>,
}

/// Every non-test file module of the library, with its tokens.
fn sources() -> Vec<Source> {
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    let mut all = Vec::new();
    let mut test_only = BTreeSet::new();
    for file in files {
        let rel = file.strip_prefix("src").unwrap().with_extension("");
        let mut module: Module = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
        if module == ["main"] {
            continue; // the binary is a crate of its own
        }
        if module == ["lib"] || module.last().map(String::as_str) == Some("mod") {
            module.pop();
        }
        let (tokens, tests) = without_tests(tokens(&fs::read_to_string(&file).unwrap()));
        for name in tests {
            test_only.insert([module.clone(), vec![name]].concat());
        }
        all.push(Source { module, tokens });
    }
    all.retain(|s| !test_only.iter().any(|t| s.module.starts_with(t)));
    all
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file module a path names, if it names one of the crate's.
fn resolve(from: &Module, path: &[String], modules: &BTreeSet<Module>) -> Option<Module> {
    let mut abs = from.clone();
    let mut rest = path;
    match path[0].as_str() {
        "crate" => {
            abs.clear();
            rest = &path[1..];
        }
        "self" => rest = &path[1..],
        "super" => {
            while rest.first().map(String::as_str) == Some("super") {
                abs.pop();
                rest = &rest[1..];
            }
        }
        first => {
            // A child module named without `self::` (edition 2018 and on).
            let child = [from.clone(), vec![first.to_string()]].concat();
            if !modules.contains(&child) {
                return None;
            }
        }
    }
    abs.extend(rest.iter().cloned());
    (0..=abs.len()).rev().map(|n| abs[..n].to_vec()).find(|m| modules.contains(m))
}

fn name(m: &Module) -> String {
    if m.is_empty() { "crate".to_string() } else { m.join("::") }
}

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Which file module uses which, and each file's external paths.
fn graph(sources: &[Source]) -> (Graph, BTreeMap<String, Vec<Vec<String>>>) {
    let modules: BTreeSet<Module> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges = Graph::new();
    let mut outside = BTreeMap::new();
    for source in sources {
        let from = name(&source.module);
        let targets = edges.entry(from.clone()).or_default();
        for path in paths(&source.tokens) {
            match resolve(&source.module, &path, &modules) {
                Some(to) if !to.is_empty() && to != source.module => {
                    targets.insert(name(&to));
                }
                Some(_) => {}
                None => outside.entry(from.clone()).or_insert_with(Vec::new).push(path),
            }
        }
    }
    (edges, outside)
}

/// The graph as checked: every module's edges, and its uses outside the crate.
fn checked_graph() -> (Graph, BTreeMap<String, Vec<Vec<String>>>) {
    graph(&sources())
}

/// Whether `from` lies inside `to`: a child's use of what its parent holds
/// is how Rust nests modules, not a dependency that can close a circle.
fn related(from: &str, to: &str) -> bool {
    from.starts_with(&format!("{to}::"))
}

/// Modules `from` reaches, leaving out each child's uses of its ancestors
/// (a parent's re-export of its child still counts).
fn reach(edges: &Graph, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(m) = todo.pop() {
        for t in edges.get(&m).into_iter().flatten() {
            if !related(&m, t) && seen.insert(t.clone()) {
                todo.push(t.clone());
            }
        }
    }
    seen
}

#[test]
fn no_module_imports_its_way_back_to_itself() {
    let (edges, _) = checked_graph();
    let reached: BTreeMap<&String, BTreeSet<String>> = edges.keys().map(|m| (m, reach(&edges, m))).collect();
    let in_circle = |m: &String| reached[m].contains(m);
    let mut circle_edges = Vec::new();
    for (from, targets) in &edges {
        for to in targets {
            let closes =
                !related(from, to) && in_circle(from) && reached.get(to).is_some_and(|r| r.contains(from));
            if closes {
                circle_edges.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(circle_edges.is_empty(), "edges on module circles:\n{}", circle_edges.join("\n"));
}

#[test]
fn the_words_depend_on_the_domain_alone() {
    let (edges, _) = checked_graph();
    let wrong: Vec<String> = edges
        .iter()
        .filter(|(from, _)| *from == "text" || from.starts_with("text::"))
        .flat_map(|(from, targets)| targets.iter().map(move |to| (from, to)))
        .filter(|(_, to)| {
            !["text", "domain"].iter().any(|ok| *to == ok || to.starts_with(&format!("{ok}::")))
        })
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert!(wrong.is_empty(), "text imports outside the domain:\n{}", wrong.join("\n"));
}

#[test]
fn the_domain_has_no_terminal_files_or_clock() {
    let (edges, outside) = checked_graph();
    let in_domain = |m: &str| m == "domain" || m.starts_with("domain::");
    let mut wrong: Vec<String> = edges
        .iter()
        .filter(|(from, _)| in_domain(from))
        .flat_map(|(from, targets)| {
            targets.iter().filter(|t| !in_domain(t)).map(move |to| format!("{from} -> {to}"))
        })
        .collect();
    let banned = [
        &["ratatui"][..],
        &["crossterm"],
        &["std", "fs"],
        &["File"],
        &["Local", "now"],
        &["Utc", "now"],
        &["SystemTime", "now"],
        &["Instant", "now"],
    ];
    for (from, paths) in outside.iter().filter(|(from, _)| in_domain(from)) {
        for path in paths {
            let hit = banned
                .iter()
                .find(|b| path.windows(b.len()).any(|w| w == **b) && (b.len() > 1 || path.len() > 1));
            if let Some(b) = hit {
                wrong.push(format!("{from} uses {}", b.join("::")));
            }
        }
    }
    assert!(wrong.is_empty(), "the domain reaches outside itself:\n{}", wrong.join("\n"));
}
