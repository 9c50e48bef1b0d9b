//! Numbers as text for messages and ids, with integer arithmetic only: the WebAssembly build
//! carries no float formatting code.

/// `-4` → "-4", `37.5` → "37.5", `0.1234` → "0.123" (at most three decimals), NaN → "NaN".
pub fn number_text(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "infinity".into() } else { "-infinity".into() };
    }
    if x.abs() >= 1e15 {
        return if x > 0.0 { "a very large number".into() } else { "a very large negative number".into() };
    }
    let thousandths = (x * 1000.0).round() as i64;
    let (sign, abs) = if thousandths < 0 { ("-", -thousandths) } else { ("", thousandths) };
    let (whole, frac) = (abs / 1000, abs % 1000);
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{:03}", frac);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::number_text;

    #[test]
    fn formats_without_float_formatting() {
        assert_eq!(number_text(-4.0), "-4");
        assert_eq!(number_text(37.5), "37.5");
        assert_eq!(number_text(0.1234), "0.123");
        assert_eq!(number_text(52.05), "52.05");
        assert_eq!(number_text(-0.5), "-0.5");
        assert_eq!(number_text(f64::NAN), "NaN");
        assert_eq!(number_text(f64::NEG_INFINITY), "-infinity");
        assert_eq!(number_text(7.0), "7");
    }
}
