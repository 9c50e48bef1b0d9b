//! Checks on input values that serde cannot express: ranges, non-empty text, sizes.
//! Each check returns an [`InputError`] naming the field.

use crate::date::parse_date;
use crate::error::{shorten, InputError};
use crate::limits::Limits;
use crate::model::{
    Concept, HoursRange, LanguageRequirement, Location, Profile, ProfileLocation, RankOptions, TermRef, Vacancy, VacancySkill,
};
use crate::rules::MAX_LIMIT;
use crate::text::number_text;

fn err(field: &str, message: impl Into<String>) -> InputError {
    InputError::field(field, message)
}

/// A required short text: non-empty after trimming, at most [`Limits::max_text_chars`].
pub fn check_required_text(l: &Limits, field: &str, value: &str) -> Result<(), InputError> {
    if value.trim().is_empty() {
        return Err(err(field, "must not be empty"));
    }
    check_short_text(l, field, value)
}

/// An optional short text: at most [`Limits::max_text_chars`] characters, no NUL.
pub fn check_short_text(l: &Limits, field: &str, value: &str) -> Result<(), InputError> {
    let max = l.max_text_chars;
    if value.len() > max.saturating_mul(4) || value.chars().count() > max {
        return Err(err(field, format!("is too long (more than {max} characters (limits.maxTextChars))")));
    }
    if value.contains('\0') {
        return Err(err(field, "must not contain NUL characters"));
    }
    Ok(())
}

fn check_optional_text(l: &Limits, field: &str, value: &Option<String>) -> Result<(), InputError> {
    value.as_deref().map_or(Ok(()), |v| check_short_text(l, field, v))
}

/// Latitude and longitude: finite and in range.
pub fn check_coordinates(lat: f64, lon: f64) -> Result<(), InputError> {
    if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
        return Err(err("lat", format!("must be a number from -90 to 90 (got {})", number_text(lat))));
    }
    if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
        return Err(err("lon", format!("must be a number from -180 to 180 (got {})", number_text(lon))));
    }
    Ok(())
}

fn check_point(lat: Option<f64>, lon: Option<f64>) -> Result<(), InputError> {
    match (lat, lon) {
        (Some(lat), Some(lon)) => check_coordinates(lat, lon),
        (None, None) => Ok(()),
        (Some(_), None) => Err(err("lon", "must be given together with `lat`")),
        (None, Some(_)) => Err(err("lat", "must be given together with `lon`")),
    }
}

fn check_list_len(l: &Limits, field: &str, len: usize) -> Result<(), InputError> {
    if len > l.max_list_items {
        return Err(err(field, format!("has {len} items; at most {} are allowed (limits.maxListItems)", l.max_list_items)));
    }
    Ok(())
}

fn check_hours(hours: &HoursRange) -> Result<(), InputError> {
    for (name, value) in [("min", hours.min), ("max", hours.max)] {
        if let Some(v) = value {
            if !v.is_finite() || !(0.0..=168.0).contains(&v) {
                return Err(err(name, format!("must be 0–168 hours per week (got {})", number_text(v))));
            }
        }
    }
    if let (Some(min), Some(max)) = (hours.min, hours.max) {
        if min > max {
            return Err(err("min", format!("must not be more than `max` ({} > {})", number_text(min), number_text(max))));
        }
    }
    Ok(())
}

fn check_term(l: &Limits, term: &TermRef) -> Result<(), InputError> {
    check_id_or_label(l, &term.id, &term.label)
}

fn check_id_or_label(l: &Limits, id: &Option<String>, label: &Option<String>) -> Result<(), InputError> {
    let has = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    if !has(id) && !has(label) {
        return Err(err("", "needs an `id` or a non-empty `label`"));
    }
    check_optional_text(l, "id", id)?;
    check_optional_text(l, "label", label)
}

fn check_languages(l: &Limits, languages: &[LanguageRequirement]) -> Result<(), InputError> {
    check_list_len(l, "", languages.len())?;
    for (i, lang) in languages.iter().enumerate() {
        let code = lang.language.as_str();
        if !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(
                err("language", format!("must be an ISO 639-1 code like \"nl\" (got \"{}\")", shorten(code))).under(&format!("[{i}]"))
            );
        }
    }
    Ok(())
}

fn indexed<T>(l: &Limits, field: &str, items: &[T], check: impl Fn(&T) -> Result<(), InputError>) -> Result<(), InputError> {
    check_list_len(l, field, items.len())?;
    for (i, item) in items.iter().enumerate() {
        check(item).map_err(|e| e.under(&format!("{field}[{i}]")))?;
    }
    Ok(())
}

fn prefixed(e: InputError, prefix: &str) -> InputError {
    e.under(prefix)
}

/// Checks a vacancy's values.
pub fn check_vacancy(l: &Limits, v: &Vacancy) -> Result<(), InputError> {
    check_required_text(l, "id", &v.id)?;
    check_required_text(l, "title", &v.title)?;
    check_optional_text(l, "employer", &v.employer)?;
    check_optional_text(l, "occupation", &v.occupation)?;
    if let Some(url) = &v.url {
        if url.len() > 4096 {
            return Err(err("url", "is too long (more than 4096 bytes)"));
        }
    }
    if let Some(d) = &v.description {
        if d.len() > l.max_description_bytes {
            let max = l.max_description_bytes;
            return Err(err("description", format!("is too long ({} bytes; at most {max} (limits.maxDescriptionBytes))", d.len())));
        }
    }
    indexed(l, "skills", &v.skills, |s: &VacancySkill| check_id_or_label(l, &s.id, &s.label))?;
    if let Some(loc) = &v.location {
        check_location(l, loc).map_err(|e| prefixed(e, "location"))?;
    }
    if let Some(h) = &v.hours {
        check_hours(h).map_err(|e| prefixed(e, "hours"))?;
    }
    if let Some(edu) = &v.education {
        if !(1..=8).contains(&edu.level) {
            return Err(err("education.level", format!("must be an NLQF level 1–8 (got {})", edu.level)));
        }
    }
    check_languages(l, &v.languages).map_err(|e| prefixed(e, "languages"))?;
    if let Some(date) = &v.valid_through {
        if parse_date(date).is_none() {
            return Err(err("validThrough", format!("must be a date YYYY-MM-DD (got \"{}\")", shorten(date))));
        }
    }
    Ok(())
}

fn check_location(l: &Limits, loc: &Location) -> Result<(), InputError> {
    check_optional_text(l, "postcode", &loc.postcode)?;
    check_optional_text(l, "place", &loc.place)?;
    check_point(loc.lat, loc.lon)
}

fn check_profile_location(l: &Limits, loc: &ProfileLocation) -> Result<(), InputError> {
    check_optional_text(l, "postcode", &loc.postcode)?;
    check_point(loc.lat, loc.lon)
}

/// Checks a profile's values.
pub fn check_profile(l: &Limits, p: &Profile) -> Result<(), InputError> {
    indexed(l, "skills", &p.skills, |s| {
        check_id_or_label(l, &s.id, &s.label)?;
        if let Some(level) = s.level {
            if !(1..=5).contains(&level) {
                return Err(err("level", format!("must be 1–5 (got {level})")));
            }
        }
        if let Some(years) = s.years {
            if !years.is_finite() || !(0.0..=80.0).contains(&years) {
                return Err(err("years", format!("must be 0–80 (got {})", number_text(years))));
            }
        }
        Ok(())
    })?;
    indexed(l, "desiredOccupations", &p.desired_occupations, |t| check_term(l, t))?;
    indexed(l, "pastJobTitles", &p.past_job_titles, |t| check_term(l, t))?;
    if let Some(loc) = &p.location {
        check_profile_location(l, loc).map_err(|e| prefixed(e, "location"))?;
    }
    if let Some(km) = p.max_distance_km {
        if !km.is_finite() || !(0.0..=1000.0).contains(&km) {
            return Err(err("maxDistanceKm", format!("must be 0–1000 km (got {})", number_text(km))));
        }
    }
    if let Some(h) = &p.hours {
        check_hours(h).map_err(|e| prefixed(e, "hours"))?;
    }
    if let Some(level) = p.education_level {
        if !(1..=8).contains(&level) {
            return Err(err("educationLevel", format!("must be an NLQF level 1–8 (got {level})")));
        }
    }
    if let Some(langs) = &p.languages {
        check_languages(l, langs).map_err(|e| prefixed(e, "languages"))?;
    }
    Ok(())
}

impl crate::Engine {
    /// Checks a jobseeker's profile exactly as [`crate::Engine::rank`] does (values in range,
    /// texts within the engine's limits), without ranking: the first problem, naming the field
    /// (record `profile`), or `Ok`.
    pub fn validate_profile(&self, profile: &Profile) -> Result<(), InputError> {
        check_profile(self.limits(), profile).map_err(|e| e.in_record("profile"))
    }
}

/// Checks a taxonomy concept's values.
pub fn check_concept(l: &Limits, c: &Concept) -> Result<(), InputError> {
    check_required_text(l, "id", &c.id)?;
    check_required_text(l, "label", &c.label)?;
    if c.alt_labels.len() > l.max_alt_labels {
        let max = l.max_alt_labels;
        return Err(err("altLabels", format!("has {} labels; at most {max} (limits.maxAltLabels)", c.alt_labels.len())));
    }
    for (i, label) in c.alt_labels.iter().enumerate() {
        check_short_text(l, &format!("altLabels[{i}]"), label)?;
    }
    indexed(l, "broader", &c.broader, |b| check_required_text(l, "", b))
}

/// Checks ranking options.
pub fn check_options(o: &RankOptions) -> Result<(), InputError> {
    if !(1..=MAX_LIMIT).contains(&o.limit) {
        return Err(err("limit", format!("must be 1–{MAX_LIMIT} (got {})", o.limit)));
    }
    if o.min_score > 100 {
        return Err(err("minScore", format!("must be 0–100 (got {})", o.min_score)));
    }
    if let Some(today) = &o.today {
        if parse_date(today).is_none() {
            return Err(err("today", format!("must be a date YYYY-MM-DD (got \"{}\")", shorten(today))));
        }
    }
    Ok(())
}
