//! Reduces an HTML vacancy description to plain text for matching.
//!
//! This is not a sanitiser (the widget sanitises what it shows); it only extracts the words.

/// Strips tags, drops `<script>`/`<style>` content and decodes common entities.
pub fn html_to_text(input: &str) -> String {
    if !input.contains('<') && !input.contains('&') {
        return input.to_owned();
    }
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(start) = rest.find(['<', '&']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('<') {
            let lower_head: String = rest.chars().take(8).collect::<String>().to_ascii_lowercase();
            let skip_to = if lower_head.starts_with("<script") {
                Some("</script")
            } else if lower_head.starts_with("<style") {
                Some("</style")
            } else {
                None
            };
            if let Some(closing) = skip_to {
                match find_ascii_case_insensitive(rest, closing) {
                    Some(pos) => rest = &rest[pos + closing.len()..],
                    None => rest = "",
                }
            }
            match rest.find('>') {
                Some(end) => rest = &rest[end + 1..],
                None => rest = "",
            }
            out.push(' ');
        } else {
            let (decoded, used) = decode_entity(rest);
            out.push_str(decoded);
            rest = &rest[used..];
        }
    }
    out.push_str(rest);
    out
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let hay = haystack.as_bytes();
    let nee = needle.as_bytes();
    (0..hay.len().saturating_sub(nee.len() - 1)).find(|&i| hay[i..i + nee.len()].eq_ignore_ascii_case(nee))
}

/// Decodes one entity at the start of `s`; returns the text and how many bytes it used.
fn decode_entity(s: &str) -> (&'static str, usize) {
    const ENTITIES: &[(&str, &str)] = &[
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&nbsp;", " "),
        ("&euml;", "ë"),
        ("&eacute;", "é"),
        ("&egrave;", "è"),
        ("&iuml;", "ï"),
        ("&ouml;", "ö"),
        ("&uuml;", "ü"),
        ("&auml;", "ä"),
    ];
    for (name, text) in ENTITIES {
        if s.starts_with(name) {
            return (text, name.len());
        }
    }
    ("&", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_scripts() {
        let text = html_to_text("<p>Ervaring met <strong>heftruck</strong></p><script>alert(1)</script><ul><li>VCA</li></ul>");
        assert!(text.contains("heftruck"));
        assert!(text.contains("VCA"));
        assert!(!text.contains("alert"));
        assert!(!text.contains('<'));
    }

    #[test]
    fn decodes_entities_and_survives_broken_markup() {
        assert_eq!(html_to_text("hygi&euml;ne &amp; veiligheid").trim(), "hygiëne & veiligheid");
        assert_eq!(html_to_text("<p unclosed").trim(), "");
        assert_eq!(html_to_text("a & b"), "a & b");
        assert_eq!(html_to_text("<script>never closed"), " ");
    }
}
