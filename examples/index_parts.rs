//! Writes each part of the vacancies in an index file to /tmp/an/part-*.bin (a development aid).
fn main() {
    let path = std::env::args().nth(1).expect("index file");
    let bytes = std::fs::read(&path).unwrap();
    let engine = werkmatch::Engine::from_index(&bytes).unwrap();
    type Part = (&'static str, fn(&werkmatch::prepared::PreparedVacancy) -> Vec<u8>);
    let parts: [Part; 12] = [
        ("source-id-title-employer-url", |v| postcard::to_allocvec(&(&v.source.id, &v.source.title, &v.source.employer, &v.source.url)).unwrap()),
        ("source-description", |v| postcard::to_allocvec(&v.source.description).unwrap()),
        ("source-skills", |v| postcard::to_allocvec(&v.source.skills).unwrap()),
        ("source-location", |v| postcard::to_allocvec(&v.source.location).unwrap()),
        ("source-occupation", |v| postcard::to_allocvec(&v.source.occupation).unwrap()),
        ("source-all", |v| postcard::to_allocvec(&v.source).unwrap()),
        ("title-terms", |v| postcard::to_allocvec(&v.title).unwrap()),
        ("description-terms", |v| postcard::to_allocvec(&v.description).unwrap()),
        ("skills-prepared", |v| postcard::to_allocvec(&v.skills).unwrap()),
        ("occupations", |v| postcard::to_allocvec(&v.occupations).unwrap()),
        ("text-skills", |v| postcard::to_allocvec(&v.text_skills).unwrap()),
        ("place-hours-valid", |v| postcard::to_allocvec(&(v.place, v.hours, v.valid_through)).unwrap()),
    ];
    for (name, f) in parts {
        let all: Vec<u8> = engine.prepared().iter().flat_map(f).collect();
        std::fs::write(format!("/tmp/an/part-{name}.bin"), all).unwrap();
    }
}
