//! schema.org JobPosting feeds (JSON-LD): a single object, an array, or an object with
//! `@graph`. Each posting becomes a [`Vacancy`]; an invalid one is reported (index, id, why)
//! and skipped, so one bad record never loses the feed; expired ones are dropped and counted.

use super::json::Json;
use crate::date::parse_date;
use crate::limits::Limits;
use crate::model::{ContractType, Education, HoursRange, Location, Vacancy, VacancySkill};
use crate::validate::check_vacancy;
use std::collections::HashSet;

/// A posting that was not imported.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SkippedPosting {
    /// Position in the feed (0-based).
    pub index: usize,
    /// Its id, when it has one.
    pub id: Option<String>,
    /// Why it was skipped.
    pub reason: String,
}

/// What loading a feed into an engine did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct FeedReport {
    /// Ids of the vacancies added, in feed order.
    pub added: Vec<String>,
    /// Postings skipped, with the reason.
    pub skipped: Vec<SkippedPosting>,
    /// Postings dropped because `validThrough` lies before today.
    pub expired: usize,
}

/// The result of reading a feed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedImport {
    /// The vacancies read.
    pub vacancies: Vec<Vacancy>,
    /// Postings skipped as invalid, with the reason.
    pub skipped: Vec<SkippedPosting>,
    /// Postings dropped because `validThrough` lies before today.
    pub expired: usize,
}

/// The postings of a feed: `@graph`, an array, or one object.
pub fn postings(feed: &Json) -> Vec<&Json> {
    match feed.get("@graph") {
        Json::Array(items) => items.iter().collect(),
        _ => match feed {
            Json::Array(items) => items.iter().collect(),
            other => vec![other],
        },
    }
}

fn is_job_posting(item: &Json) -> bool {
    item.get("@type").items().iter().any(|t| t.text() == Some("JobPosting"))
}

/// Text of a value that may be a string, or an object with `name` / `value` / `@value`.
fn text_of(value: &Json) -> Option<String> {
    value
        .text()
        .or_else(|| value.get("name").text())
        .or_else(|| value.get("value").text())
        .or_else(|| value.get("@value").text())
        .map(str::to_owned)
        .or_else(|| value.get("value").number().or_else(|| value.number()).map(crate::text::number_text))
}

/// The posting's id: `identifier` (text, number or PropertyValue's `value`), else `@id`, else `url`.
fn identifier(posting: &Json) -> Option<String> {
    let value = |v: &Json| match v {
        Json::Object(_) => text_of(v.get("value")).or_else(|| text_of(v.get("@value"))),
        other => text_of(other),
    };
    posting
        .get("identifier")
        .items()
        .iter()
        .find_map(|v| value(v))
        .or_else(|| posting.get("@id").text().map(str::to_owned))
        .or_else(|| posting.get("url").text().map(str::to_owned))
}

/// Reads a feed. `today` (`YYYY-MM-DD`) drops postings whose `validThrough` lies before it;
/// `taken(id)` tells which ids are already in use elsewhere (those postings are skipped).
/// Each posting is checked against `limits`.
pub fn read_job_postings(feed: &Json, today: Option<&str>, limits: &Limits, taken: impl Fn(&str) -> bool) -> FeedImport {
    let today = today.and_then(parse_date);
    let mut out = FeedImport::default();
    let mut seen = HashSet::new();
    for (index, posting) in postings(feed).into_iter().enumerate() {
        let id = identifier(posting);
        let skip = |out: &mut FeedImport, reason: String| out.skipped.push(SkippedPosting { index, id: id.clone(), reason });
        if !posting.is_object() {
            skip(&mut out, "is not an object".into());
            continue;
        }
        if !is_job_posting(posting) {
            skip(&mut out, "is not a JobPosting (@type)".into());
            continue;
        }
        let vacancy = match to_vacancy(posting, id.clone()) {
            Ok(v) => v,
            Err(reason) => {
                skip(&mut out, reason);
                continue;
            }
        };
        if let Err(e) = check_vacancy(limits, &vacancy) {
            skip(&mut out, e.to_string());
            continue;
        }
        if !seen.insert(vacancy.id.clone()) {
            skip(&mut out, "identifier appears earlier in the feed".into());
            continue;
        }
        if taken(&vacancy.id) {
            skip(&mut out, "identifier is already used by a loaded vacancy".into());
            continue;
        }
        if matches!((vacancy.valid_through.as_deref().and_then(parse_date), today), (Some(last), Some(t)) if last < t) {
            out.expired += 1;
            continue;
        }
        out.vacancies.push(vacancy);
    }
    out
}

fn to_vacancy(p: &Json, id: Option<String>) -> Result<Vacancy, String> {
    let id = id.ok_or("has no identifier, @id or url")?;
    let title = p.get("title").text().ok_or("has no title")?.to_owned();
    let mut description: Vec<String> = p.get("description").text().map(str::to_owned).into_iter().collect();
    for extra in ["qualifications", "responsibilities", "experienceRequirements"] {
        description
            .extend(p.get(extra).items().iter().filter_map(|v| text_of(v).or_else(|| v.get("description").text().map(str::to_owned))));
    }
    let valid_through = match p.get("validThrough").text() {
        Some(date) => Some(parse_date(date).map(|_| date[..10].to_owned()).ok_or(format!("validThrough \"{date}\" is not a date"))?),
        None => None,
    };
    Ok(Vacancy {
        id,
        title,
        employer: p.get("hiringOrganization").items().iter().find_map(|o| text_of(o)),
        description: (!description.is_empty()).then(|| description.join("\n\n")),
        url: p.get("url").text().map(str::to_owned),
        occupation: p.get("occupationalCategory").items().iter().find_map(|c| {
            c.text()
                .map(str::to_owned)
                .or_else(|| c.get("codeValue").text().map(str::to_owned))
                .or_else(|| c.get("@id").text().map(str::to_owned))
        }),
        skills: skills(p),
        location: location(p),
        hours: p.get("workHours").text().and_then(parse_hours),
        contract_type: p.get("employmentType").items().iter().filter_map(|t| t.text()).find_map(contract_type),
        education: education(p),
        valid_through,
        ..Default::default()
    })
}

fn skills(p: &Json) -> Vec<VacancySkill> {
    let mut out = Vec::new();
    for item in p.get("skills").items() {
        if let Some(text) = item.text() {
            for label in text.split([',', ';', '\n', '•']).map(str::trim).filter(|s| !s.is_empty()) {
                out.push(VacancySkill::required(label));
            }
        } else {
            let id = ["@id", "url", "termCode"].iter().find_map(|k| item.get(k).text()).filter(|i| i.contains("://") || i.contains(':'));
            let label = item.get("name").text();
            if id.is_some() || label.is_some() {
                out.push(VacancySkill { id: id.map(str::to_owned), label: label.map(str::to_owned), required: true });
            }
        }
    }
    out
}

fn location(p: &Json) -> Option<Location> {
    if p.get("jobLocationType").items().iter().any(|t| t.text().is_some_and(|t| t.eq_ignore_ascii_case("TELECOMMUTE"))) {
        return Some(Location { remote: true, ..Default::default() });
    }
    let place = *p.get("jobLocation").items().first()?;
    let address = place.get("address");
    let geo = place.get("geo");
    let (lat, lon) = (geo.get("latitude").number(), geo.get("longitude").number());
    let both = lat.is_some() && lon.is_some();
    Some(Location {
        postcode: address.get("postalCode").text().map(str::to_owned),
        place: address.get("addressLocality").text().or_else(|| address.text()).map(str::to_owned),
        lat: lat.filter(|_| both),
        lon: lon.filter(|_| both),
        remote: false,
    })
}

/// Hours per week from Dutch text: "32-36 uur", "24 uur per week", "32 tot 40", "38".
pub fn parse_hours(text: &str) -> Option<HoursRange> {
    let numbers: Vec<f64> = text
        .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .filter_map(|n| n.trim_matches(['.', ',']).replace(',', ".").parse().ok())
        .filter(|n: &f64| (1.0..=80.0).contains(n))
        .take(2)
        .collect();
    let lower = text.to_lowercase();
    match numbers[..] {
        [one] if lower.contains("vanaf") || lower.contains("minimaal") || lower.contains("minstens") => {
            Some(HoursRange { min: Some(one), max: None })
        }
        [one] if lower.contains("maximaal") || lower.contains("hooguit") || lower.starts_with("tot ") => {
            Some(HoursRange { min: None, max: Some(one) })
        }
        [one] => Some(HoursRange { min: Some(one), max: Some(one) }),
        [a, b] => Some(HoursRange { min: Some(a.min(b)), max: Some(a.max(b)) }),
        _ => None,
    }
}

fn contract_type(text: &str) -> Option<ContractType> {
    let t = text.to_lowercase();
    Some(match t.as_str() {
        "contractor" | "zzp" | "freelance" => ContractType::Freelance,
        "temporary" | "tijdelijk" => ContractType::Temporary,
        "intern" | "stage" | "volunteer" => ContractType::Internship,
        "per_diem" | "oproep" | "oproepcontract" | "nulurencontract" => ContractType::OnCall,
        "vast" | "permanent" | "vaste baan" => ContractType::Permanent,
        _ if t.contains("uitzend") => ContractType::Agency,
        _ if t.contains("bbl") || t.contains("leerwerk") => ContractType::Apprenticeship,
        _ => return None,
    })
}

/// NLQF level and "or equivalent" from Dutch or schema.org education texts.
pub fn parse_education(text: &str) -> Option<Education> {
    let t = crate::text::fold(text);
    let words: Vec<&str> = t.split_whitespace().collect();
    let has = |w: &str| words.contains(&w);
    let mbo_level =
        words.windows(2).chain(words.windows(3).map(|w| &w[..2])).find_map(|w| (w[0] == "mbo").then(|| w[1].parse::<u8>().ok()).flatten());
    let level = if let Some(n) = mbo_level.filter(|n| (1..=4).contains(n)) {
        n
    } else if t.contains("mbo") && t.contains("niveau") {
        words.iter().find_map(|w| w.parse::<u8>().ok()).filter(|n| (1..=4).contains(n))?
    } else if has("entree") || has("vmbo") || has("basisonderwijs") {
        1
    } else if has("mbo") {
        3
    } else if has("havo") || has("vwo") || t.contains("high school") {
        4
    } else if t.contains("associate degree") || has("ad") {
        5
    } else if has("hbo") || t.contains("bachelor") {
        6
    } else if has("wo") || t.contains("master") || t.contains("universit") || t.contains("postgraduate") {
        7
    } else if t.contains("doctor") || has("phd") || t.contains("promotie") {
        8
    } else {
        return None;
    };
    let equivalent = t.contains("denkniveau") || t.contains("gelijkwaardig") || t.contains("equivalent") || t.contains("ervaring");
    Some(Education { level, or_equivalent_experience: equivalent })
}

fn education(p: &Json) -> Option<Education> {
    let mut found = p.get("educationRequirements").items().iter().find_map(|e| {
        let text = e.text().map(str::to_owned).or_else(|| {
            let parts: Vec<&str> = ["credentialCategory", "educationalLevel", "name"].iter().filter_map(|k| e.get(k).text()).collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        })?;
        parse_education(&text)
    })?;
    if matches!(p.get("experienceInPlaceOfEducation"), Json::Bool(true)) {
        found.or_equivalent_experience = true;
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dutch_hours() {
        let h = |t| parse_hours(t).map(|h| (h.min.unwrap(), h.max.unwrap()));
        assert_eq!(h("32-36 uur"), Some((32.0, 36.0)));
        assert_eq!(h("24 uur per week"), Some((24.0, 24.0)));
        assert_eq!(h("32 tot 40 uur"), Some((32.0, 40.0)));
        assert_eq!(h("fulltime"), None);
        assert_eq!(h("37,5 uur"), Some((37.5, 37.5)));
        let open = |t| parse_hours(t).map(|h| (h.min, h.max));
        assert_eq!(open("vanaf 24 uur per week"), Some((Some(24.0), None)));
        assert_eq!(open("maximaal 16 uur"), Some((None, Some(16.0))));
    }

    #[test]
    fn parses_dutch_education() {
        let e = |t| parse_education(t).map(|e| (e.level, e.or_equivalent_experience));
        assert_eq!(e("mbo 2"), Some((2, false)));
        assert_eq!(e("MBO-3 Logistiek"), Some((3, false)));
        assert_eq!(e("mbo niveau 4"), Some((4, false)));
        assert_eq!(e("hbo werk- en denkniveau"), Some((6, true)));
        assert_eq!(e("bachelor degree"), Some((6, false)));
        assert_eq!(e("wo"), Some((7, false)));
        assert_eq!(e("geen"), None);
    }
}
