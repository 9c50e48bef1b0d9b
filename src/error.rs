//! [`InputError`]: bad input, named by record and field, so a caller can fix it.

use std::fmt;

/// Something wrong with input: which record (if any), which field, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The record, e.g. `vacancies[3] (id "v12")`, or empty for a single value.
    pub record: String,
    /// Path of the field within the record, e.g. `hours.min`.
    pub field: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl InputError {
    /// An error in `field` of no particular record.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError { record: String::new(), field: field.into(), message: message.into() }
    }

    /// The same error, attributed to `record`.
    pub fn in_record(mut self, record: impl Into<String>) -> Self {
        self.record = record.into();
        self
    }

    /// The same error with `prefix.` in front of its field path.
    pub fn under(mut self, prefix: &str) -> Self {
        self.field = if self.field.is_empty() { prefix.to_owned() } else { format!("{prefix}.{}", self.field) };
        self
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.record.is_empty() {
            write!(f, "{}: ", self.record)?;
        }
        if !self.field.is_empty() {
            write!(f, "field `{}`: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

/// Names record `index` of a list, with its id when it has one: `vacancies[3] (id "v12")`.
pub fn record_name(list: &str, index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) if !id.is_empty() => format!("{list}[{index}] (id \"{}\")", shorten(id)),
        _ => format!("{list}[{index}]"),
    }
}

/// Shortens a value for an error message, so a 10 MB string never lands in one.
pub fn shorten(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head}…")
    }
}
