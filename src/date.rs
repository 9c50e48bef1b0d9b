//! Calendar dates as day numbers, for `validThrough` and `today`.

/// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date) to days since 1970-01-01.
pub fn parse_date(text: &str) -> Option<i64> {
    let date = text.get(..10)?;
    let bytes = date.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: i64 = date[..4].parse().ok()?;
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Formats a day number (days since 1970-01-01) as `YYYY-MM-DD`.
pub fn format_date(days: i64) -> String {
    // Inverse of `days_from_civil` (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2026-11-23"), Some(20_780));
        assert_eq!(parse_date("2024-02-29T12:00:00Z"), parse_date("2024-02-29"));
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("23-11-2026"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("ëëëëëëëëëë"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn formats_dates_as_the_inverse_of_parsing() {
        for date in ["1970-01-01", "2000-02-29", "2026-11-23", "2027-12-31", "1969-07-20"] {
            assert_eq!(format_date(parse_date(date).unwrap()), date);
        }
    }
}
