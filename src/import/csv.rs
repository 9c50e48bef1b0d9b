//! A small RFC 4180 CSV reader: quoted fields with commas, quotes ("") and newlines inside,
//! CRLF or LF line ends, an optional UTF-8 byte order mark. Columns are found by header name.

use crate::error::InputError;

/// A parsed CSV file: the header and the rows.
#[derive(Debug, Clone, Default)]
pub struct CsvTable {
    /// Column names from the first line.
    pub header: Vec<String>,
    /// The other lines, each with the line number it started on (1 = the header).
    pub rows: Vec<(usize, Vec<String>)>,
}

impl CsvTable {
    /// Parses CSV text. An unterminated quote is an error naming the line it started on.
    pub fn parse(text: &str, file: &str) -> Result<CsvTable, InputError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut records: Vec<(usize, Vec<String>)> = Vec::new();
        let mut record: Vec<String> = Vec::new();
        let mut field = String::new();
        let mut line = 1;
        let mut record_line = 1;
        let mut in_quotes = false;
        let mut quote_line = 0;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    '\r' => {}
                    c => field.push(c),
                }
                continue;
            }
            match c {
                '"' if field.is_empty() => {
                    in_quotes = true;
                    quote_line = line;
                }
                ',' => record.push(std::mem::take(&mut field)),
                '\r' => {}
                '\n' => {
                    record.push(std::mem::take(&mut field));
                    records.push((record_line, std::mem::take(&mut record)));
                    line += 1;
                    record_line = line;
                }
                c => field.push(c),
            }
        }
        if in_quotes {
            return Err(InputError::field("", format!("a quote opened on line {quote_line} is never closed")).in_record(file));
        }
        if !field.is_empty() || !record.is_empty() {
            record.push(field);
            records.push((record_line, record));
        }
        records.retain(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()));
        let mut records = records.into_iter();
        let header = match records.next() {
            Some((_, h)) => h.into_iter().map(|s| s.trim().to_owned()).collect(),
            None => return Err(InputError::field("", "is empty (no header line)").in_record(file)),
        };
        Ok(CsvTable { header, rows: records.collect() })
    }

    /// Index of the column named `name` (case-insensitive).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h.eq_ignore_ascii_case(name))
    }

    /// Index of a column that must exist; the error names the file and the column.
    pub fn required_column(&self, name: &str, file: &str) -> Result<usize, InputError> {
        self.column(name).ok_or_else(|| {
            InputError::field(name, format!("column is missing (the header has: {})", self.header.join(", "))).in_record(file)
        })
    }
}

/// The value of column `index` in `row`, trimmed; empty when the row is short.
pub fn cell(row: &[String], index: usize) -> &str {
    row.get(index).map(|s| s.trim()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quotes_newlines_and_crlf() {
        let text = "\u{feff}a,b,c\r\n1,\"x, y\",\"He said \"\"hi\"\"\nnext line\"\r\n2,,last\n";
        let t = CsvTable::parse(text, "t.csv").unwrap();
        assert_eq!(t.header, vec!["a", "b", "c"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].1, vec!["1", "x, y", "He said \"hi\"\nnext line"]);
        assert_eq!(t.rows[1], (4, vec!["2".to_string(), "".into(), "last".into()]));
        assert_eq!(t.column("B"), Some(1));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = CsvTable::parse("a,b\n1,\"open\n2,3\n", "x.csv").unwrap_err();
        assert_eq!(e.record, "x.csv");
        assert!(e.message.contains("line 2"), "{e}");
        assert!(CsvTable::parse("", "empty.csv").is_err());
        let t = CsvTable::parse("a\n1", "t.csv").unwrap();
        assert_eq!(t.required_column("b", "t.csv").unwrap_err().field, "b");
    }
}
