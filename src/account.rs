//! The account of the rules for the Algoritmeregister: every weight and threshold of
//! [`crate::rules`] in Dutch, as markdown tables, so that `docs/ALGORITMEREGISTER.md` is written
//! from the code and can never say other numbers than the code uses (a test compares them).
//! Native only: the browser module never needs it.

use crate::rules::*;

/// One line of the account: what the number is for (Dutch, B1), the number as shown, and the
/// name of the constant in `src/rules.rs`.
struct Line {
    what: &'static str,
    value: String,
    name: &'static str,
}

fn line(name: &'static str, what: &'static str, value: String) -> Line {
    Line { what, value, name }
}

/// A number with a decimal comma, as Dutch writes it ("0,85").
fn number(x: f64) -> String {
    format!("{x}").replace('.', ",")
}

/// A fraction as a percentage ("85%").
fn percent(x: f64) -> String {
    format!("{}%", number((x * 1000.0).round() / 10.0))
}

fn table(title: &str, intro: &str, lines: &[Line]) -> String {
    let mut out = format!("### {title}\n\n{intro}\n\n| regel | waarde | naam in `src/rules.rs` |\n| --- | ---: | --- |\n");
    for l in lines {
        out.push_str(&format!("| {} | {} | `{}` |\n", l.what, l.value, l.name));
    }
    out
}

/// The generated part of `docs/ALGORITMEREGISTER.md`: the rule-set version, the weights of the
/// nine parts of a score, and every strength, threshold and limit, each with its constant name.
pub fn rules_markdown() -> String {
    let weights = [
        line("WEIGHT_SKILLS", "Vaardigheden: hoeveel van wat de vacature vraagt, de persoon kan", WEIGHT_SKILLS.to_string()),
        line(
            "WEIGHT_OCCUPATION",
            "Beroep: het beroep dat de persoon zoekt (of eerder deed) tegen de titel en het beroep van de vacature",
            WEIGHT_OCCUPATION.to_string(),
        ),
        line("WEIGHT_DISTANCE", "Reisafstand (hemelsbreed)", WEIGHT_DISTANCE.to_string()),
        line("WEIGHT_HOURS", "Uren per week", WEIGHT_HOURS.to_string()),
        line("WEIGHT_EDUCATION", "Opleidingsniveau", WEIGHT_EDUCATION.to_string()),
        line("WEIGHT_DRIVING_LICENCES", "Rijbewijzen", WEIGHT_DRIVING_LICENCES.to_string()),
        line("WEIGHT_LANGUAGES", "Talen en taalniveau", WEIGHT_LANGUAGES.to_string()),
        line(
            "WEIGHT_WORK_CONDITIONS",
            "Werkomstandigheden die de persoon niet kan (nachtdienst, zwaar tillen, …)",
            WEIGHT_WORK_CONDITIONS.to_string(),
        ),
        line("WEIGHT_INCLUSIVE", "Inclusief werkgeven (alleen voor mensen in de doelgroep banenafspraak)", WEIGHT_INCLUSIVE.to_string()),
    ];
    let strengths = [
        line("STRENGTH_EXACT", "Hetzelfde begrip, dezelfde naam of een synoniem", percent(STRENGTH_EXACT)),
        line("STRENGTH_INFLECTED", "Dezelfde woorden in een andere vorm (“kappers” voor “kapper”)", percent(STRENGTH_INFLECTED)),
        line("STRENGTH_FUZZY", "Met een tikfout", percent(STRENGTH_FUZZY)),
        line("STRENGTH_COMPOUND", "In een samengesteld woord (“heftruck” in “heftruckchauffeur”)", percent(STRENGTH_COMPOUND)),
        line(
            "STRENGTH_COMPOUND_MODIFIER",
            "Alleen het eerste deel van het samengestelde woord van de persoon staat er",
            percent(STRENGTH_COMPOUND_MODIFIER),
        ),
        line("STRENGTH_SCATTERED", "Alle woorden staan er, maar niet naast elkaar", percent(STRENGTH_SCATTERED)),
        line("STRENGTH_SHARED_LABEL", "Een ander beroep met precies dezelfde naam", percent(STRENGTH_SHARED_LABEL)),
        line(
            "STRENGTH_SYNONYM_IN_OTHER_TITLE",
            "Hoogstens: een synoniem in een titel die een ander beroep noemt",
            percent(STRENGTH_SYNONYM_IN_OTHER_TITLE),
        ),
        line("STRENGTH_RELATED", "Een verwant begrip (breder, smaller of ernaast)", percent(STRENGTH_RELATED)),
        line("STRENGTH_WORD_FORM", "Een andere vorm van hetzelfde woord (“elektriciteit” en “elektricien”)", percent(STRENGTH_WORD_FORM)),
        line(
            "STRENGTH_WORD_SYNONYM",
            "Een woord dat de beroepenlijst in plaats van het andere gebruikt (“bediener” en “operator”)",
            percent(STRENGTH_WORD_SYNONYM),
        ),
        line("STRENGTH_PARTIAL_MAX", "Hoogstens: een deel van de woorden gevonden", percent(STRENGTH_PARTIAL_MAX)),
    ];
    let parts = [
        line("REQUIRED_SKILL_WEIGHT", "Een vaardigheid die de vacature eist, telt zoveel keer…", number(REQUIRED_SKILL_WEIGHT)),
        line("OPTIONAL_SKILL_WEIGHT", "…als een vaardigheid die mooi meegenomen is", number(OPTIONAL_SKILL_WEIGHT)),
        line(
            "TEXT_SKILLS_FOR_FULL_CREDIT",
            "Vacature zonder lijst van vaardigheden: zoveel vaardigheden in de tekst geven alle punten",
            number(TEXT_SKILLS_FOR_FULL_CREDIT),
        ),
        line(
            "OCCUPATION_IN_DESCRIPTION_FACTOR",
            "Het beroep staat alleen in de beschrijving, niet in de titel",
            percent(OCCUPATION_IN_DESCRIPTION_FACTOR),
        ),
        line("PAST_JOB_TITLE_FACTOR", "Eerder werk telt zoveel als het beroep dat de persoon zoekt", percent(PAST_JOB_TITLE_FACTOR)),
        line("ALTERNATIVE_FACTOR", "Een titel met een keuze (“Florist-bloemist”): elk deel apart telt", percent(ALTERNATIVE_FACTOR)),
        line("GROUP_CONCEPT_FACTOR", "Een beroepsgroep (“Kappers”) telt zoveel als het beroep zelf", percent(GROUP_CONCEPT_FACTOR)),
        line("UNKNOWN_CREDIT", "De vacature zegt niets (“onbekend”): dit deel van de punten", percent(UNKNOWN_CREDIT)),
        line(
            "DISTANCE_FRACTION_AT_MAX",
            "Reisafstand: op de grootste afstand die de persoon wil reizen, nog dit deel",
            percent(DISTANCE_FRACTION_AT_MAX),
        ),
        line(
            "DISTANCE_ZERO_KM_WITHOUT_MAX",
            "Reisafstand zonder grens: vanaf zoveel km geen punten",
            format!("{} km", number(DISTANCE_ZERO_KM_WITHOUT_MAX)),
        ),
        line("HOURS_GAP_FOR_ZERO", "Uren: vanaf zoveel uur verschil per week geen punten", format!("{} uur", number(HOURS_GAP_FOR_ZERO))),
        line(
            "EDUCATION_EQUIVALENT_CREDIT",
            "Lager niveau, maar de vacature neemt ook ervaring aan: dit deel",
            percent(EDUCATION_EQUIVALENT_CREDIT),
        ),
        line(
            "EDUCATION_LOSS_PER_LEVEL",
            "Lager niveau zonder ervaring als gelijkwaardig: zoveel minder per niveau",
            percent(EDUCATION_LOSS_PER_LEVEL),
        ),
        line(
            "INCLUSIVE_OTHER_CREDIT",
            "Banenafspraak: de werkgever biedt wel jobcoach, proefplaatsing of aangepaste uren",
            percent(INCLUSIVE_OTHER_CREDIT),
        ),
    ];
    let words = [
        line(
            "FIELD_COVERAGE_EXPONENT_OCCUPATION",
            "Beroep: hoe zwaar telt dat de titel veel meer zegt dan de gezochte woorden (macht)",
            number(FIELD_COVERAGE_EXPONENT_OCCUPATION),
        ),
        line(
            "FIELD_COVERAGE_EXPONENT_SKILL",
            "Vaardigheid: hetzelfde, veel lichter (“heftruck rijden” voor “heftruck”)",
            number(FIELD_COVERAGE_EXPONENT_SKILL),
        ),
        line("PARTIAL_CURVE", "Een deel van de woorden: de kromme van gevonden deel naar sterkte (macht)", number(PARTIAL_CURVE)),
        line(
            "PARTIAL_MIN_EVIDENCE",
            "Een deel van de woorden telt pas als de gevonden woorden zoveel zeggen als een gemiddeld woord",
            percent(PARTIAL_MIN_EVIDENCE),
        ),
        line(
            "UNKNOWN_WORD_WEIGHT",
            "Een woord dat de beroepenlijst niet kent (“Italiaans” in “Kok Italiaans”) weegt zoveel als een gemiddeld woord",
            percent(UNKNOWN_WORD_WEIGHT),
        ),
        line("GENERIC_WORD_WEIGHT", "Een algemeen woord (de lijst hieronder) weegt zoveel van zijn gewicht", percent(GENERIC_WORD_WEIGHT)),
        line(
            "COMPOUND_HEAD_WEIGHT",
            "Het laatste deel van een samengesteld woord (“bakker” in “broodbakker”) telt zoveel keer",
            number(COMPOUND_HEAD_WEIGHT),
        ),
        line("CONCEPT_MATCH_MIN", "Een begrip uit de beroepenlijst telt mee vanaf deze sterkte", percent(CONCEPT_MATCH_MIN)),
        line("CONCEPT_MATCH_MAX", "… en hoogstens zoveel begrippen per tekst", CONCEPT_MATCH_MAX.to_string()),
        line(
            "ENRICHMENT_MIN_STRENGTH",
            "Een vacaturetitel krijgt een beroep dat er voor een deel in staat, vanaf deze sterkte",
            percent(ENRICHMENT_MIN_STRENGTH),
        ),
        line("WORD_FORM_MIN_CHARS", "Andere vorm van een woord: zoveel gelijke eerste letters…", WORD_FORM_MIN_CHARS.to_string()),
        line("WORD_FORM_MIN_SHARE", "… en dit deel van het kortste woord", percent(WORD_FORM_MIN_SHARE)),
        line(
            "WORD_SYNONYM_MIN_CONCEPTS",
            "Woorden gelden als synoniem als ze in zoveel begrippen elkaars plaats innemen",
            WORD_SYNONYM_MIN_CONCEPTS.to_string(),
        ),
        line(
            "TYPO_MIN_CHARS",
            "Een tikfout mag vanaf zoveel letters (met dezelfde eerste letter: “kok” is nooit “kap”)",
            TYPO_MIN_CHARS.to_string(),
        ),
        line("TYPO_LONG_MIN_CHARS", "Twee tikfouten mogen vanaf zoveel letters", TYPO_LONG_MIN_CHARS.to_string()),
        line(
            "COMPOUND_HEAD_MIN_CHARS",
            "Onbekend woord splitsen in twee delen: elk deel minstens zoveel letters",
            COMPOUND_HEAD_MIN_CHARS.to_string(),
        ),
        line(
            "COMPOUND_PART_MIN_CHARS",
            "Een deel van een samengesteld woord: minstens zoveel letters",
            COMPOUND_PART_MIN_CHARS.to_string(),
        ),
        line("COMPOUND_MAX_PARTS", "Een samengesteld woord: hoogstens zoveel delen", COMPOUND_MAX_PARTS.to_string()),
        line(
            "COMPOUND_PREFIX_MIN_CHARS",
            "Gevonden als eerste deel van een samengesteld woord: minstens zoveel letters",
            COMPOUND_PREFIX_MIN_CHARS.to_string(),
        ),
        line(
            "COMPOUND_SUFFIX_MIN_CHARS",
            "Gevonden als laatste deel van een samengesteld woord: minstens zoveel letters",
            COMPOUND_SUFFIX_MIN_CHARS.to_string(),
        ),
        line(
            "COMPOUND_REST_MIN_CHARS",
            "De rest van het samengestelde woord: minstens zoveel letters (“klassen” is niet “k” + “lassen”)",
            COMPOUND_REST_MIN_CHARS.to_string(),
        ),
    ];
    let insight = [
        line(
            "GOOD_FIT_SCORE",
            "Een vacature (of kandidaat) past goed: door elk filter en minstens zoveel punten",
            GOOD_FIT_SCORE.to_string(),
        ),
        line("INSIGHT_MAX", "Zoveel antwoorden per inzicht, als niemand iets anders vraagt", INSIGHT_MAX.to_string()),
        line(
            "WHAT_IF_DISTANCES_KM",
            "Wat als: deze reisafstanden worden geprobeerd (de twee boven die van de persoon)",
            WHAT_IF_DISTANCES_KM.iter().map(|km| format!("{km} km")).collect::<Vec<_>>().join(", "),
        ),
        line(
            "WHAT_IF_LICENCES",
            "Wat als: zoveel rijbewijzen die de vacatures het meest vragen, worden geprobeerd",
            WHAT_IF_LICENCES.to_string(),
        ),
        line(
            "DOOR_SKILL_CANDIDATES",
            "Vaardigheden die deuren openen: zoveel kansrijke vaardigheden worden echt nagerekend",
            DOOR_SKILL_CANDIDATES.to_string(),
        ),
        line(
            "FLEXIBLE_HOURS",
            "Minder vragen (werkgever): zoveel uur per week ruimer aan elke kant",
            format!("{} uur", number(FLEXIBLE_HOURS)),
        ),
    ];
    let limits = [
        line("DEFAULT_LIMIT", "Zoveel resultaten als niemand iets anders vraagt", DEFAULT_LIMIT.to_string()),
        line("MAX_LIMIT", "Hoogstens zoveel resultaten per vraag", MAX_LIMIT.to_string()),
    ];
    let total: u32 = [
        WEIGHT_SKILLS,
        WEIGHT_OCCUPATION,
        WEIGHT_DISTANCE,
        WEIGHT_HOURS,
        WEIGHT_EDUCATION,
        WEIGHT_DRIVING_LICENCES,
        WEIGHT_LANGUAGES,
        WEIGHT_WORK_CONDITIONS,
        WEIGHT_INCLUSIVE,
    ]
    .iter()
    .sum();
    let mut out = format!("Regelset: **`{RULESET_VERSION}`** (`RULESET_VERSION`). Elk resultaat noemt deze versie.\n\n");
    out.push_str(&table(
        "Gewichten van de onderdelen",
        &format!(
            "Een score is 0 tot 100 punten: de som van negen onderdelen. Samen wegen ze {total}. Zegt het profiel niets over een \
             onderdeel, dan telt dat onderdeel niet mee en worden de andere naar verhouding zwaarder, zodat het totaal 100 blijft."
        ),
        &weights,
    ));
    out.push('\n');
    out.push_str(&table(
        "Hoe sterk een overeenkomst telt",
        "Hoeveel van de punten van een onderdeel een vaardigheid of beroep krijgt, naar de manier waarop het gevonden is.",
        &strengths,
    ));
    out.push('\n');
    out.push_str(&table("Onderdelen en voorwaarden", "Hoe de punten binnen een onderdeel verdeeld worden.", &parts));
    out.push('\n');
    out.push_str(&table(
        "Woorden, tikfouten en samengestelde woorden",
        "Hoe werkmatch tekst leest. Een zeldzaam woord weegt zwaarder dan een veel voorkomend woord (hoe vaak het voorkomt in de \
         namen in de beroepenlijst).",
        &words,
    ));
    out.push_str(&format!(
        "\nAlgemene woorden (`GENERIC_WORDS`), die weinig zeggen over welk beroep bedoeld is: {}.\n\n",
        GENERIC_WORDS.iter().map(|w| format!("“{w}”")).collect::<Vec<_>>().join(", ")
    ));
    out.push_str(&table(
        "Inzicht",
        "Wat een persoon het meest zou helpen, en wat een werkgever wint door minder te vragen. Elk getal komt uit dezelfde \
         puntentelling als de ranglijst.",
        &insight,
    ));
    out.push('\n');
    out.push_str(&table("Aantal resultaten", "", &limits).replace("\n\n\n", "\n\n"));
    out
}
