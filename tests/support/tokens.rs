//! Rust source as identifiers, `::` and brackets, without comments and
//! literals: enough to follow `use` trees and paths.

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Ident(String),
    Punct(&'static str),
    Other,
}

/// The code of one file as tokens, without comments and literals.
pub fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i = skip_block_comment(&chars, i);
        } else if c == '"' {
            i = skip_string(&chars, i + 1);
            out.push(Token::Other);
        } else if (c == 'r' || c == 'b') && raw_string_start(&chars, i).is_some() {
            i = skip_raw_string(&chars, raw_string_start(&chars, i).unwrap());
            out.push(Token::Other);
        } else if c == '\'' {
            i = skip_char_or_lifetime(&chars, i);
            out.push(Token::Other);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Ident(chars[start..i].iter().collect()));
        } else if c == ':' && next == Some(':') {
            out.push(Token::Punct("::"));
            i += 2;
        } else {
            out.push(match c {
                '{' => Token::Punct("{"),
                '}' => Token::Punct("}"),
                '(' => Token::Punct("("),
                ')' => Token::Punct(")"),
                '[' => Token::Punct("["),
                ']' => Token::Punct("]"),
                ',' => Token::Punct(","),
                ';' => Token::Punct(";"),
                '*' => Token::Punct("*"),
                '#' => Token::Punct("#"),
                c if c.is_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => Token::Other,
            });
            i += 1;
        }
    }
    out
}

fn skip_block_comment(chars: &[char], mut i: usize) -> usize {
    let mut depth = 0;
    while i + 1 < chars.len() {
        if chars[i] == '/' && chars[i + 1] == '*' {
            depth += 1;
            i += 2;
        } else if chars[i] == '*' && chars[i + 1] == '/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    chars.len()
}

fn skip_string(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] != '"' {
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    i + 1
}

/// Where the hashes of a raw string (`r#"`, `br"`) begin, if one starts at `i`.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    let before = i.checked_sub(1).map(|b| chars[b]);
    if before.is_some_and(|b| b.is_alphanumeric() || b == '_') {
        return None;
    }
    let mut j = i;
    if chars[j] == 'b' {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    let hashes = j + 1;
    let mut k = hashes;
    while chars.get(k) == Some(&'#') {
        k += 1;
    }
    (chars.get(k) == Some(&'"')).then_some(hashes)
}

fn skip_raw_string(chars: &[char], hashes: usize) -> usize {
    let mut k = hashes;
    while chars[k] == '#' {
        k += 1;
    }
    let count = k - hashes;
    let mut i = k + 1;
    while i < chars.len() {
        if chars[i] == '"' && (1..=count).all(|n| chars.get(i + n) == Some(&'#')) {
            return i + 1 + count;
        }
        i += 1;
    }
    chars.len()
}

fn skip_char_or_lifetime(chars: &[char], i: usize) -> usize {
    if chars.get(i + 1) == Some(&'\\') {
        let mut j = i + 2;
        while j < chars.len() && chars[j] != '\'' {
            j += 1;
        }
        j + 1
    } else if chars.get(i + 2) == Some(&'\'') {
        i + 3
    } else {
        i + 1
    }
}
