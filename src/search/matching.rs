//! Where the words of a query lie in a line: folded matching mapped back
//! onto the original text, as ranges safe to cut the line at.

use std::ops::Range;

use super::fold::{fold_char_into, is_combining};

/// `ranges` made safe to slice `text` with and to highlight one after the
/// other: cut to the text, widened to whole characters, sorted, and merged
/// where they overlap or touch (the words `dana` and `d` share one range);
/// empty ranges are dropped.
pub fn tidy_ranges(text: &str, ranges: impl IntoIterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = ranges
        .into_iter()
        .filter(|r| r.start < r.end)
        .map(|r| floor_boundary(text, r.start)..ceil_boundary(text, r.end))
        .filter(|r| r.start < r.end)
        .collect();
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The character boundary at or before `at`, within the text.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The character boundary at or after `at`, within the text.
fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A line folded for matching, remembering where each folded byte came from
/// so that a match can be mapped back onto the original text.
pub(super) struct FoldedLine<'a> {
    original: &'a str,
    folded: String,
    /// For each byte of `folded`: the byte range of the original character
    /// it was folded from; empty when folding only lowered the case, and
    /// each folded byte is the original byte at the same place.
    source: Vec<Range<usize>>,
}

impl<'a> FoldedLine<'a> {
    pub(super) fn new(original: &'a str) -> Self {
        if original.bytes().all(|b| b.is_ascii() && b != b'\'' && b != b'`') {
            return FoldedLine { original, folded: original.to_ascii_lowercase(), source: Vec::new() };
        }
        let mut folded = String::with_capacity(original.len());
        let mut source = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            // Most of a line is plain ASCII, folded without a detour.
            if c.is_ascii() {
                if !matches!(c, '\'' | '`') {
                    source.push(i..i + 1);
                    folded.push(c.to_ascii_lowercase());
                }
                continue;
            }
            // Folding works a character at a time, so folding each one alone
            // gives the same text as folding the line; a character may fold
            // to several bytes (`ß`, `ễ`) or to none (a combining mark).
            let before = folded.len();
            fold_char_into(c, &mut folded);
            for _ in before..folded.len() {
                source.push(i..i + c.len_utf8());
            }
        }
        FoldedLine { original, folded, source }
    }

    /// How many of the words the line holds, and where the first
    /// occurrence of each lies in the original line, tidied (see
    /// [`tidy_ranges`]): one word may match inside another (`camat` in
    /// `kecamatan`), and the highlight must not cut the line twice there.
    pub(super) fn find_all(&self, words: &[String]) -> (usize, Vec<Range<usize>>) {
        let ranges: Vec<Range<usize>> = words
            .iter()
            .filter_map(|w| self.folded.find(w.as_str()).map(|at| self.original_range(at, at + w.len())))
            .collect();
        (ranges.len(), tidy_ranges(self.original, ranges))
    }

    /// The original bytes behind folded bytes `start..end` (`end > start`),
    /// stretched over the combining marks that follow (however many are
    /// stacked, as Vietnamese does), which fold to nothing but belong to the
    /// last letter.
    fn original_range(&self, start: usize, end: usize) -> Range<usize> {
        if self.source.is_empty() {
            return start..end;
        }
        let from = self.source.get(start).map_or(0, |r| r.start);
        let mut to = self.source.get(end.saturating_sub(1)).map_or(self.original.len(), |r| r.end);
        for c in self.original[to..].chars() {
            if !is_combining(c) {
                break;
            }
            to += c.len_utf8();
        }
        from..to
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold::fold;

    fn words(query: &str) -> Vec<String> {
        fold(query).split_whitespace().map(str::to_string).collect()
    }

    /// The ranges of `query` in `line`, checked to be the same in every
    /// order of the words.
    fn found(line: &str, query: &str) -> Vec<Range<usize>> {
        let words = words(query);
        let (_, ranges) = FoldedLine::new(line).find_all(&words);
        for order in orders(&words) {
            assert_eq!(FoldedLine::new(line).find_all(&order).1, ranges, "{order:?} in {line:?}");
        }
        ranges
    }

    fn orders(words: &[String]) -> Vec<Vec<String>> {
        if words.len() <= 1 {
            return vec![words.to_vec()];
        }
        let mut out = Vec::new();
        for i in 0..words.len() {
            let mut rest = words.to_vec();
            let first = rest.remove(i);
            for mut tail in orders(&rest) {
                tail.insert(0, first.clone());
                out.push(tail);
            }
        }
        out
    }

    fn texts<'a>(line: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &line[r.clone()]).collect()
    }

    #[test]
    fn a_word_inside_another_shares_its_range() {
        let line = "Alokasi dana desa untuk posyandu";
        assert_eq!(texts(line, &found(line, "dana d")), vec!["dana"]);
        assert_eq!(texts(line, &found(line, "dana d posyandu")), vec!["dana", "posyandu"]);
        let line = "paten desa";
        assert_eq!(texts(line, &found(line, "paten a")), vec!["paten"]);
        let line = "Sekretaris Kecamatan Panekan";
        assert_eq!(texts(line, &found(line, "kecamatan camat")), vec!["Kecamatan"]);
        assert_eq!(
            texts(line, &found(line, "kecamatan camat sekretaris an")),
            vec!["Sekretaris", "Kecamatan"]
        );
        // Overlapping without nesting: one range over both.
        assert_eq!(texts(line, &found(line, "kecam amatan")), vec!["Kecamatan"]);
        // The number of words found still counts each word.
        assert_eq!(FoldedLine::new(line).find_all(&words("camat kecamatan")).0, 2);
    }

    #[test]
    fn accents_and_apostrophes_fold_inside_words() {
        let line = "PJ: Imam Syafi'i, S.Sos.";
        assert_eq!(texts(line, &found(line, "syafii i imam")), vec!["Imam", "Syafi'i"]);
        let line = "Bu Ni Luh Wédari bertanya";
        assert_eq!(texts(line, &found(line, "wedari e d")), vec!["Wédari"]);
        let decomposed = "Bu We\u{0301}dari";
        assert_eq!(texts(decomposed, &found(decomposed, "we wedari")), vec!["We\u{0301}dari"]);
    }

    #[test]
    fn wide_and_combining_characters_are_cut_whole() {
        let line = "会议 kecamatan 会议记录";
        assert_eq!(texts(line, &found(line, "会议 议")), vec!["会议"]);
        assert_eq!(texts(line, &found(line, "camat 记录 kecamatan")), vec!["kecamatan", "记录"]);
        let line = "a\u{0301}b\u{0301}c";
        assert_eq!(texts(line, &found(line, "ab b")), vec!["a\u{0301}b\u{0301}"]);
    }

    #[test]
    fn ranges_cover_combining_accents() {
        let line = FoldedLine::new("Wéx Wedari");
        assert_eq!(line.find_all(&["we".to_string(), "wed".to_string()]).1, vec![0..3, 5..8]);
        let decomposed = FoldedLine::new("We\u{0301}dari");
        assert_eq!(decomposed.find_all(&["we".to_string()]).1, vec![0..4]);
    }

    #[test]
    fn decomposed_text_and_stacked_marks_map_back_whole() {
        // Vietnamese stacks two marks on one letter: `ễ` is `e`, a
        // circumflex and a tilde.
        let composed = "Ông Nguyễn Văn An";
        let decomposed = "O\u{0302}ng Nguye\u{0302}\u{0303}n Va\u{0306}n An";
        for query in ["nguyen", "Nguyễn", "Nguye\u{0302}\u{0303}n"] {
            assert_eq!(texts(composed, &found(composed, query)), vec!["Nguyễn"], "{query:?}");
            assert_eq!(
                texts(decomposed, &found(decomposed, query)),
                vec!["Nguye\u{0302}\u{0303}n"],
                "{query:?}"
            );
        }
        // A match ending on the letter takes its marks along.
        assert_eq!(texts(decomposed, &found(decomposed, "nguye")), vec!["Nguye\u{0302}\u{0303}"]);
        assert_eq!(texts(composed, &found(composed, "ong van")), vec!["Ông", "Văn"]);
        let line = "PJ: \u{02bf}Abd al-Ra\u{1e25}ma\u{0304}n dan S\u{0323}a\u{0304}lih\u{0323}";
        assert_eq!(texts(line, &found(line, "abd al-rahman")), vec!["Abd", "al-Ra\u{1e25}ma\u{0304}n"]);
        assert_eq!(texts(line, &found(line, "salih")), vec!["S\u{0323}a\u{0304}lih\u{0323}"]);
        // One letter folding to two: a match of half of it takes it whole.
        let line = "Straße";
        assert_eq!(texts(line, &found(line, "stras")), vec!["Straß"]);
    }

    #[test]
    // Backward ranges are among what must be made safe.
    #[allow(clippy::reversed_empty_ranges)]
    fn any_ranges_are_tidied_to_the_text() {
        let text = "aé会b";
        assert_eq!(tidy_ranges(text, [2..3, 0..1, 7..99, 5..4, 4..4]), vec![0..3]);
        assert_eq!(tidy_ranges(text, [4..5, 6..7]), vec![3..7]);
        assert_eq!(tidy_ranges(text, [6..7, 0..1]), vec![0..1, 6..7]);
        assert_eq!(tidy_ranges("", [0..5, 3..1]), Vec::<Range<usize>>::new());
    }

    /// Disjoint, sorted, non-empty, inside the text, on character boundaries.
    pub(crate) fn assert_tidy(text: &str, ranges: &[Range<usize>]) {
        for r in ranges {
            assert!(r.start < r.end && r.end <= text.len(), "{r:?} of {text:?}");
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{r:?} of {text:?}");
        }
        for w in ranges.windows(2) {
            assert!(w[0].end < w[1].start, "{ranges:?} of {text:?}");
        }
    }

    /// Text from the characters that have broken matching before.
    pub(crate) fn hard_text(max: usize) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let chars = prop::sample::select(vec![
            'a', 'd', 'n', 'e', 'i', 'K', ' ', '\'', '`', 'é', 'É', 'ß', 'æ', 'İ', '会', '议', '\u{0301}',
            '\u{2019}', '😀', '\t', 'ễ', '\u{0302}', '\u{0303}', 'Ṣ', 'ḥ', '\u{02bf}', 'ł', 'ı', 'ẞ',
        ]);
        prop::collection::vec(chars, 0..max).prop_map(|v| v.into_iter().collect())
    }

    proptest::proptest! {
        #[test]
        fn found_ranges_are_always_tidy(line in hard_text(40), query in hard_text(12)) {
            let words = words(&query);
            let (count, ranges) = FoldedLine::new(&line).find_all(&words);
            proptest::prop_assert!(count <= words.len());
            proptest::prop_assert!(ranges.len() <= count);
            assert_tidy(&line, &ranges);
        }

        #[test]
        fn any_ranges_tidy_to_safe_ones(
            line in hard_text(30),
            ranges in proptest::collection::vec((0usize..140, 0usize..140), 0..8),
        ) {
            let tidy = tidy_ranges(&line, ranges.into_iter().map(|(a, b)| a..b));
            assert_tidy(&line, &tidy);
        }
    }
}
