//! The prebuilt index file: a round trip ranks exactly as the engine it was written from;
//! other versions, truncated, bit-flipped and foreign files are refused with a clear message.

mod common;

use common::*;
use werkmatch::engine::DescriptionMode;
use werkmatch::index::FORMAT_VERSION;
use werkmatch::{Engine, RankOptions, TermRef};

fn sample_engine() -> Engine {
    let mut v = with_skills(at_postcode(vacancy("w1", "Heftruckchauffeur"), "5141"), &["heftruck rijden"], &["reachtruck rijden"]);
    v.description = Some("<p>Je rijdt op een heftruck in ons magazijn. Ervaring met orderpicken is fijn.</p>".repeat(10));
    let mut text_only = at_postcode(vacancy("k1", "Zelfstandig werkend kok"), "3011");
    text_only.description = Some("Je werkt met HACCP en bereidt maaltijden.".into());
    engine(vec![v, text_only, at_postcode(vacancy("o1", "Administratief medewerker"), "1012")])
}

fn profiles() -> Vec<werkmatch::Profile> {
    let mut occupation = profile(&["koken"]);
    occupation.desired_occupations = vec![TermRef::label("kok")];
    vec![living_at(profile(&["heftruk", "orderpicken"]), "5038", Some(30.0)), occupation, profile(&["Excel"])]
}

#[test]
fn an_index_ranks_exactly_like_the_engine_it_was_written_from() {
    let original = sample_engine();
    for mode in [DescriptionMode::Full, DescriptionMode::Snippet, DescriptionMode::None] {
        let loaded = Engine::from_index(&original.to_index(mode)).expect("own index loads");
        assert_eq!(loaded.len(), original.len());
        for p in profiles() {
            assert_eq!(loaded.rank(&p, &RankOptions::default()).unwrap(), original.rank(&p, &RankOptions::default()).unwrap());
        }
        let description = loaded.vacancy("w1").unwrap().description.clone();
        match mode {
            DescriptionMode::Full => assert_eq!(description, original.vacancy("w1").unwrap().description),
            DescriptionMode::Snippet => {
                let s = description.unwrap();
                assert!(s.chars().count() <= werkmatch::engine::SNIPPET_CHARS + 1 && s.ends_with('…') && !s.contains('<'), "{s}");
            }
            DescriptionMode::None => assert_eq!(description, None),
        }
    }
    // Suggestions and new vacancies work on a loaded engine too.
    let mut loaded = Engine::from_index(&original.to_index(DescriptionMode::None)).unwrap();
    assert_eq!(loaded.suggest("heftr", &Default::default())[0].label, "heftruck rijden");
    loaded.add_vacancies(vec![vacancy("new", "Heftruckchauffeur")]).unwrap();
    assert_eq!(rank(&loaded, &profile(&["heftruck"])).len(), 4);
}

#[test]
fn other_versions_truncated_damaged_and_foreign_files_are_refused() {
    let bytes = sample_engine().to_index(DescriptionMode::Snippet);
    let message = |b: &[u8]| Engine::from_index(b).err().map(|e| e.to_string()).unwrap_or_else(|| "loaded".into());

    let mut other = bytes.clone();
    other[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert!(message(&other).contains(&format!("version {}", FORMAT_VERSION + 1)), "{}", message(&other));
    assert!(message(&other).contains("rebuild the index"));

    for cut in [0, 7, 23, bytes.len() / 2, bytes.len() - 1] {
        let m = message(&bytes[..cut]);
        assert!(m.contains("not a werkmatch index") || m.contains("truncated"), "cut at {cut}: {m}");
    }
    let mut padded = bytes.clone();
    padded.push(0);
    assert!(message(&padded).contains("truncated or padded"));

    // Every single-bit flip in the payload is caught by the checksum (sampled across the file).
    let step = (bytes.len() / 97).max(1);
    for at in (24..bytes.len()).step_by(step) {
        for bit in [0, 3, 7] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 1 << bit;
            assert!(message(&flipped).contains("checksum"), "flip at {at}: {}", message(&flipped));
        }
    }
    assert!(message(b"{\"vacancies\": []}").contains("not a werkmatch index"));
    assert!(message(&[]).contains("not a werkmatch index"));
}
