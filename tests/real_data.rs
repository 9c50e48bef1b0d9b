//! The real data in data/ (copied into the repository with its licences) loads: ESCO's 3,039 Dutch occupations with their 19,786
//! synonyms, and 4,766 PC4 centroids. A vacancy titled with any synonym resolves to an
//! occupation that has that label.

use std::path::PathBuf;
use werkmatch::geo::GeoTable;
use werkmatch::import::esco::{EscoTaxonomy, ISCO_URI_PREFIX};
use werkmatch::import::pc4::read_pc4_csv;
use werkmatch::prepared::PreparedVacancy;
use werkmatch::taxonomy::Taxonomy;
use werkmatch::text::normalize_label;
use werkmatch::vocab::Vocab;
use werkmatch::{Concept, ConceptKind, Vacancy};

fn data(path: &str) -> String {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data").join(path);
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

fn esco_occupations() -> Vec<Concept> {
    let mut esco = EscoTaxonomy::new();
    let added = esco.add_occupations(&data("esco-nl/occupations_nl.csv"), "occupations_nl.csv").unwrap();
    assert_eq!(added, 3039);
    assert!(esco.skipped.is_empty(), "{:?}", esco.skipped);
    esco.finish()
}

#[test]
fn esco_dutch_occupations_load_with_all_synonyms() {
    let concepts = esco_occupations();
    // altLabels hold the 19,786 synonyms; hiddenLabels (search variants) are kept as well.
    let table = werkmatch::import::csv::CsvTable::parse(&data("esco-nl/occupations_nl.csv"), "occupations_nl.csv").unwrap();
    let column = |name: &str| table.column(name).unwrap();
    let count = |col: usize| -> usize { table.rows.iter().map(|(_, r)| r[col].lines().filter(|l| !l.trim().is_empty()).count()).sum() };
    assert_eq!(count(column("altLabels")), 19_786);
    let labels: usize = concepts.iter().map(|c| c.alt_labels.len()).sum();
    assert!(labels >= 19_786 && labels <= 19_786 + count(column("hiddenLabels")), "{labels}");
    assert!(concepts.iter().all(|c| c.kind == ConceptKind::Occupation && c.broader[0].starts_with(ISCO_URI_PREFIX)));
    let inspicient = concepts.iter().find(|c| c.label == "inspiciënt").unwrap();
    assert!(inspicient.alt_labels.contains(&"toneelmeester".to_string()));
    Taxonomy::new(&concepts, &Default::default()).expect("the real taxonomy is valid");
}

#[test]
fn a_vacancy_titled_with_any_synonym_resolves_to_the_occupation() {
    let concepts = esco_occupations();
    let taxonomy = Taxonomy::new(&concepts, &Default::default()).unwrap();
    let key = |label: &str| normalize_label(label).replace(' ', "");
    // ESCO shares some labels between occupations ("chef": kok, chefkok, chef).
    let mut owners: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (ci, c) in concepts.iter().enumerate() {
        for label in std::iter::once(&c.label).chain(&c.alt_labels) {
            let entry = owners.entry(key(label)).or_default();
            if !entry.contains(&ci) {
                entry.push(ci);
            }
        }
    }
    let geo = GeoTable::default();
    let mut vocab = Vocab::default();
    let (mut total, mut unique) = (0, 0);
    for (ci, concept) in concepts.iter().enumerate() {
        for title in std::iter::once(&concept.label).chain(&concept.alt_labels) {
            total += 1;
            let vacancy = Vacancy { id: format!("v{total}"), title: title.clone(), ..Default::default() };
            let prepared = PreparedVacancy::new(vacancy, &mut vocab, &taxonomy, &geo);
            let found = prepared.occupations.first().unwrap_or_else(|| panic!("{title} did not resolve")).concept as usize;
            let label_owners = &owners[&key(title)];
            if label_owners.len() == 1 {
                unique += 1;
                assert_eq!(found, ci, "{title}: unique to {}, resolved to {}", concept.label, concepts[found].label);
            } else {
                assert!(label_owners.contains(&found), "{title} resolved to {}, which lacks that label", concepts[found].label);
                if concepts.iter().enumerate().any(|(i, c)| label_owners.contains(&i) && key(&c.label) == key(title)) {
                    assert_eq!(key(&concepts[found].label), key(title), "{title}: the occupation whose preferred label it is wins");
                }
            }
        }
    }
    println!("{total} titles resolved; {unique} with a label unique to one occupation resolved to exactly that one");
    assert!(unique > 20_000, "{unique}");
}

#[test]
fn the_pc4_table_loads_and_resolves_postcodes_in_any_form() {
    let (entries, skipped) = read_pc4_csv(&data("geo-nl/pc4_nl.csv"), "pc4_nl.csv", &Default::default()).unwrap();
    assert_eq!(entries.len(), 4766);
    assert!(skipped.is_empty(), "{skipped:?}");
    let table = GeoTable::new(&entries, &Default::default()).unwrap();
    for form in ["2311 BW", "2311bw", "2311", " 2311 bw"] {
        let leiden = table.lookup(form).unwrap_or_else(|| panic!("{form}"));
        assert!((leiden.lat - 52.16).abs() < 0.05 && (leiden.lon - 4.49).abs() < 0.05, "{form}: {leiden:?}");
    }
    assert_eq!(table.lookup("0999"), None);
    assert_eq!(entries.iter().find(|e| e.pc4 == "2311").unwrap().place.as_deref(), Some("Leiden"));
}
