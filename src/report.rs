//! The workshop report in the interface's words: a standing's label and
//! the counting rules under the tables. The arithmetic is the domain's
//! ([`crate::domain::report`]), re-exported here for its many readers.

pub use crate::domain::report::*;

use crate::text::Text;

impl Standing {
    /// The word for the standing in the interface language.
    pub fn label(self, t: &Text) -> &'static str {
        let i = Standing::ALL.iter().position(|s| *s == self).unwrap_or(0);
        t.report.standing[i]
    }
}

impl WorkshopReport {
    /// The counting rules in words, with this report's numbers filled in.
    pub fn footer(&self, t: &Text) -> Vec<String> {
        t.report
            .rule_lines
            .iter()
            .map(|line| {
                line.replace("{grace}", &self.grace_minutes.to_string())
                    .replace("{threshold}", &self.threshold_percent.to_string())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn the_footer_has_the_numbers() {
        let now = DateTime::parse_from_rfc3339("2017-05-08T07:00:00+07:00").unwrap();
        let r = WorkshopReport::build_with(&[], 75, now, 5);
        let footer = r.footer(&crate::text::EN).join("\n");
        assert!(footer.contains("up to 5 min") && footer.contains("exactly 75 %"), "{footer}");
        assert!(!footer.contains('{'));
    }
}
