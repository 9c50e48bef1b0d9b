//! `docs/ALGORITMEREGISTER.md` says the numbers the code uses: its generated part equals
//! [`werkmatch::account::rules_markdown`], and that account names every constant of
//! `src/rules.rs`. `WERKMATCH_WRITE_DOCS=1 cargo test --test algoritmeregister` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ALGORITMEREGISTER.md");
const BEGIN: &str = "<!-- generated:rules begin (tests/algoritmeregister.rs; do not edit by hand) -->\n";
const END: &str = "<!-- generated:rules end -->";

/// The document with `generated` between the markers.
fn with_generated(doc: &str, generated: &str) -> String {
    let start = doc.find(BEGIN).expect("the begin marker") + BEGIN.len();
    let end = doc.find(END).expect("the end marker");
    format!("{}{}{}", &doc[..start], generated, &doc[end..])
}

#[test]
fn the_register_text_says_the_numbers_of_the_code() {
    let doc = std::fs::read_to_string(DOC).unwrap();
    let expected = with_generated(&doc, &werkmatch::account::rules_markdown());
    if std::env::var_os("WERKMATCH_WRITE_DOCS").is_some() {
        std::fs::write(DOC, &expected).unwrap();
    }
    assert!(
        doc == expected,
        "docs/ALGORITMEREGISTER.md does not say what src/rules.rs says; rewrite it with WERKMATCH_WRITE_DOCS=1 cargo test --test algoritmeregister"
    );
}

#[test]
fn the_account_names_every_constant_of_the_rules() {
    let rules = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules.rs")).unwrap();
    let account = werkmatch::account::rules_markdown();
    let names: Vec<&str> =
        rules.lines().filter_map(|l| l.strip_prefix("pub const ")).map(|l| l.split(':').next().unwrap().trim()).collect();
    assert!(names.len() > 50, "{} constants read", names.len());
    for name in names {
        assert!(account.contains(&format!("`{name}`")), "the account names {name}");
    }
}

#[test]
fn the_account_shows_the_weights_as_the_code_has_them() {
    // A spot check that the tables hold the values themselves, not only the names.
    let account = werkmatch::account::rules_markdown();
    let row = |name: &str| account.lines().find(|l| l.ends_with(&format!("| `{name}` |"))).unwrap().to_owned();
    assert!(row("WEIGHT_SKILLS").contains(&format!("| {} |", werkmatch::rules::WEIGHT_SKILLS)));
    assert!(row("STRENGTH_FUZZY").contains(&format!("| {}% |", (werkmatch::rules::STRENGTH_FUZZY * 100.0).round())));
    assert!(account.contains(werkmatch::rules::RULESET_VERSION));
}
