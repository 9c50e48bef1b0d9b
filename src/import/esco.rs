//! ESCO classification CSV files (official v1.x layout, any language): occupations, skills,
//! broader relations of skills and occupation–skill relations, read by column name.
//!
//! Occupations get their ISCO unit group as broader concept
//! (`http://data.europa.eu/esco/isco/C2654`), so occupations in one unit group are siblings.

use super::csv::{cell, CsvTable};
use crate::error::InputError;
use crate::limits::Limits;
use crate::model::{Concept, ConceptKind};
use crate::validate::check_concept;
use std::collections::HashMap;

/// URI prefix of ESCO's ISCO groups.
pub const ISCO_URI_PREFIX: &str = "http://data.europa.eu/esco/isco/C";

/// The texts of ESCO CSV files to import; each may be left out.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct EscoFiles {
    /// `occupations_xx.csv`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub occupations: Option<String>,
    /// `skills_xx.csv`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub skills: Option<String>,
    /// `broaderRelationsSkillPillar_xx.csv`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub broader_relations: Option<String>,
    /// `occupationSkillRelations_xx.csv`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub occupation_skill_relations: Option<String>,
}

/// A taxonomy imported from ESCO CSV files.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct EscoImport {
    /// The concepts, ready for an engine.
    pub concepts: Vec<Concept>,
    /// Rows that could not be used, as "file line N: why".
    pub skipped: Vec<String>,
}

/// Imports whichever ESCO files are given: concepts first, then relations.
/// Files larger than `limits.max_input_bytes` are refused.
pub fn import_esco(files: &EscoFiles, limits: &Limits) -> Result<EscoImport, InputError> {
    let named = [
        ("occupations", &files.occupations),
        ("skills", &files.skills),
        ("broaderRelations", &files.broader_relations),
        ("occupationSkillRelations", &files.occupation_skill_relations),
    ];
    for (name, text) in named {
        limits.check_input_bytes(name, text.as_ref().map_or(0, String::len))?;
    }
    let mut esco = EscoTaxonomy::with_limits(*limits);
    if let Some(text) = &files.occupations {
        esco.add_occupations(text, "occupations")?;
    }
    if let Some(text) = &files.skills {
        esco.add_skills(text, "skills")?;
    }
    if let Some(text) = &files.broader_relations {
        esco.add_broader_relations(text, "broaderRelations")?;
    }
    if let Some(text) = &files.occupation_skill_relations {
        esco.add_occupation_skill_relations(text, "occupationSkillRelations")?;
    }
    let skipped = std::mem::take(&mut esco.skipped);
    Ok(EscoImport { concepts: esco.finish(), skipped })
}

/// Builds a taxonomy from ESCO CSV files, added in any order.
#[derive(Debug, Default)]
pub struct EscoTaxonomy {
    concepts: Vec<Concept>,
    index: HashMap<String, usize>,
    /// Rows that could not be used, as "file line N: why".
    pub skipped: Vec<String>,
    limits: Limits,
}

fn labels(cell_text: &str) -> Vec<String> {
    cell_text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

impl EscoTaxonomy {
    /// An empty builder.
    pub fn new() -> Self {
        EscoTaxonomy::default()
    }

    /// An empty builder that skips concepts breaking `limits` (too long, NUL) and refuses
    /// more than `limits.max_concepts`.
    pub fn with_limits(limits: Limits) -> Self {
        EscoTaxonomy { limits, ..EscoTaxonomy::default() }
    }

    fn add_concepts(&mut self, text: &str, file: &str, kind: ConceptKind) -> Result<usize, InputError> {
        let table = CsvTable::parse(text, file)?;
        let uri = table.required_column("conceptUri", file)?;
        let label = table.required_column("preferredLabel", file)?;
        let alts = table.column("altLabels");
        let hidden = table.column("hiddenLabels");
        let isco = table.column("iscoGroup");
        let mut added = 0;
        for (line, row) in &table.rows {
            let (id, preferred) = (cell(row, uri), cell(row, label));
            if id.is_empty() || preferred.is_empty() {
                self.skipped.push(format!("{file} line {line}: no conceptUri or preferredLabel"));
                continue;
            }
            if self.index.contains_key(id) {
                self.skipped.push(format!("{file} line {line}: {id} appears again"));
                continue;
            }
            let mut alt_labels = alts.map(|c| labels(cell(row, c))).unwrap_or_default();
            alt_labels.extend(hidden.map(|c| labels(cell(row, c))).unwrap_or_default());
            alt_labels.retain(|l| l != preferred);
            let broader =
                isco.map(|c| cell(row, c)).filter(|g| !g.is_empty()).map(|g| vec![format!("{ISCO_URI_PREFIX}{g}")]).unwrap_or_default();
            let concept = Concept { id: id.to_owned(), kind, label: preferred.to_owned(), alt_labels, broader, ..Default::default() };
            if let Err(e) = check_concept(&self.limits, &concept) {
                self.skipped.push(format!("{file} line {line}: {e}"));
                continue;
            }
            if self.concepts.len() >= self.limits.max_concepts {
                let message = format!("holds more than {} concepts (limits.maxConcepts)", self.limits.max_concepts);
                return Err(InputError::field("", message).in_record(file));
            }
            self.index.insert(id.to_owned(), self.concepts.len());
            self.concepts.push(concept);
            added += 1;
        }
        Ok(added)
    }

    /// Adds `occupations_xx.csv`. Returns how many occupations were added.
    pub fn add_occupations(&mut self, text: &str, file: &str) -> Result<usize, InputError> {
        self.add_concepts(text, file, ConceptKind::Occupation)
    }

    /// Adds `skills_xx.csv`. Returns how many skills were added.
    pub fn add_skills(&mut self, text: &str, file: &str) -> Result<usize, InputError> {
        self.add_concepts(text, file, ConceptKind::Skill)
    }

    /// Adds `broaderRelationsSkillPillar_xx.csv` (or the occupation pillar's): each row makes
    /// `broaderUri` a broader concept of `conceptUri`. Returns how many relations were used.
    pub fn add_broader_relations(&mut self, text: &str, file: &str) -> Result<usize, InputError> {
        let table = CsvTable::parse(text, file)?;
        let narrow = table.required_column("conceptUri", file)?;
        let broad = table.required_column("broaderUri", file)?;
        let mut used = 0;
        for (line, row) in &table.rows {
            let (id, broader) = (cell(row, narrow), cell(row, broad));
            match self.index.get(id) {
                Some(&i) if !broader.is_empty() => {
                    if !self.concepts[i].broader.iter().any(|b| b == broader) {
                        self.concepts[i].broader.push(broader.to_owned());
                    }
                    used += 1;
                }
                _ => self.skipped.push(format!("{file} line {line}: unknown concept {id}")),
            }
        }
        Ok(used)
    }

    /// Adds `occupationSkillRelations_xx.csv`: essential and optional skills of occupations.
    /// Returns how many relations were used.
    pub fn add_occupation_skill_relations(&mut self, text: &str, file: &str) -> Result<usize, InputError> {
        let table = CsvTable::parse(text, file)?;
        let occupation = table.required_column("occupationUri", file)?;
        let relation = table.required_column("relationType", file)?;
        let skill = table.required_column("skillUri", file)?;
        let mut used = 0;
        for (line, row) in &table.rows {
            let Some(&i) = self.index.get(cell(row, occupation)) else {
                self.skipped.push(format!("{file} line {line}: unknown occupation {}", cell(row, occupation)));
                continue;
            };
            let skill_id = cell(row, skill).to_owned();
            match cell(row, relation) {
                "essential" => self.concepts[i].essential_skills.push(skill_id),
                "optional" => self.concepts[i].optional_skills.push(skill_id),
                other => {
                    self.skipped.push(format!("{file} line {line}: relationType \"{other}\" is not essential or optional"));
                    continue;
                }
            }
            used += 1;
        }
        Ok(used)
    }

    /// The concepts, in the order they were added.
    pub fn finish(self) -> Vec<Concept> {
        self.concepts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OCCUPATIONS: &str = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description,code\n\
Occupation,occ:1,8344,heftruckchauffeur,\"heftruckbestuurder\nvorkheftruckchauffeur\",,released,\"Rijdt\nheftruck\",8344.1\n\
Occupation,occ:2,8344,reachtruckchauffeur,,,released,,8344.2\n";

    #[test]
    fn reads_occupations_skills_and_relations() {
        let mut esco = EscoTaxonomy::new();
        assert_eq!(esco.add_occupations(OCCUPATIONS, "occupations_nl.csv").unwrap(), 2);
        let skills = "conceptUri,preferredLabel,altLabels\nskill:1,heftruck besturen,heftruck rijden\nskill:2,logistiek,\n";
        assert_eq!(esco.add_skills(skills, "skills_nl.csv").unwrap(), 2);
        let broader =
            "conceptType,conceptUri,broaderType,broaderUri\nKnowledgeSkillCompetence,skill:1,SkillGroup,skill:2\nx,skill:9,y,skill:2\n";
        assert_eq!(esco.add_broader_relations(broader, "broader.csv").unwrap(), 1);
        let relations = "occupationUri,relationType,skillType,skillUri\nocc:1,essential,skill,skill:1\nocc:1,optional,skill,skill:2\nocc:7,essential,skill,skill:1\n";
        assert_eq!(esco.add_occupation_skill_relations(relations, "rel.csv").unwrap(), 2);
        assert_eq!(esco.skipped.len(), 2);
        let concepts = esco.finish();
        assert_eq!(concepts[0].alt_labels, vec!["heftruckbestuurder", "vorkheftruckchauffeur"]);
        assert_eq!(concepts[0].broader, vec![format!("{ISCO_URI_PREFIX}8344")]);
        assert_eq!(concepts[0].essential_skills, vec!["skill:1"]);
        assert_eq!(concepts[2].broader, vec!["skill:2"]);
        assert_eq!(concepts[2].kind, ConceptKind::Skill);
    }

    #[test]
    fn a_file_without_the_columns_is_an_error_naming_it() {
        let e = EscoTaxonomy::new().add_occupations("uri,label\nx,y\n", "occupations_nl.csv").unwrap_err();
        assert_eq!((e.record.as_str(), e.field.as_str()), ("occupations_nl.csv", "conceptUri"));
    }
}
