#!/usr/bin/env python3
"""Generates the werkmatch demo data set (fictional, written by the project).

Writes to www/demo/ in the repository:
  taxonomy.json   Dutch skill and occupation concepts with synonyms and broader links
  vacancies.json  330 fictional vacancies in ten werkplein sectors across the Netherlands
  geo.json        PC4 postcode centroids (approximate) for every postcode used
  profiles.json   six example jobseeker profiles for the demo picker
  jobpostings.json the same vacancies as a schema.org JobPosting feed (for `werkmatch index`)
  pc4.csv         the postcode table as CSV (the import format for real PC4 tables)

Deterministic: random.Random(2026), no clock, no set iteration; the same bytes on every run.
Standard library only. Run from the repository root:

    python3 tools/demo-data/generate.py

The knowledge lives next to this file: taxonomy_skills.py, taxonomy_occupations.py,
places.py, skill_phrases.py, texts.py, sectors/*.py (employers, job types, sentences) and
scenarios.py (the demo profiles and the vacancies that make them meaningful); vacancies.py
and describe.py turn it into vacancies.
A self-check at the end validates the written files and prints counts.
"""

import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import describe  # noqa: E402
import jobposting  # noqa: E402
from places import PLACES  # noqa: E402
from scenarios import PROFILES  # noqa: E402
from sectors import SECTORS  # noqa: E402
from taxonomy_occupations import OCCUPATION_GROUPS, OCCUPATIONS  # noqa: E402
from taxonomy_skills import SKILL_GROUPS, SKILLS  # noqa: E402
from vacancies import CONDITIONS, INCLUSIVE, OCC, SKILL, VALID_FROM, VALID_TO, build_vacancies  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "www", "demo"))
SEED = 2026
OCCGROUP = "wm:occgroup:"
CONTRACTS = ["permanent", "temporary", "agency", "onCall", "internship", "apprenticeship", "freelance"]
LICENCES = ["AM", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D", "DE", "T", "code95"]
CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"]


# --- taxonomy and geo ---------------------------------------------------------------------------

def concept(cid, kind, label, alts, broader):
    c = {"id": cid, "kind": kind, "label": label}
    if alts:
        c["altLabels"] = list(alts)
    if broader:
        c["broader"] = list(broader)
    return c


def build_taxonomy():
    concepts = [concept(SKILL + s, "skill", label, alts, [SKILL + b for b in broader])
                for s, label, alts, broader in SKILL_GROUPS + SKILLS]
    concepts += [concept(OCCGROUP + s, "occupation", label, alts, []) for s, label, alts in OCCUPATION_GROUPS]
    concepts += [concept(OCC + s, "occupation", label, alts, [OCCGROUP + g]) for s, label, alts, g in OCCUPATIONS]
    return {"concepts": concepts}


def build_geo():
    rows = [{"pc4": pc4, "lat": lat, "lon": lon, "place": town} for town, pcs in PLACES for pc4, lat, lon in pcs]
    return sorted(rows, key=lambda r: r["pc4"])


# --- writing and checking -----------------------------------------------------------------------

def write_json(name, data):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def fold(text, keep_spaces=True):
    """Lower case, diacritics and punctuation removed: how a tolerant matcher would compare."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return text if keep_spaces else text.replace(" ", "")


# Alt labels that deliberately equal another concept's label: people write "orderpicker" for the skill.
ALLOWED_SHARED = {"orderpicker"}

ALLOWED_KEYS = {
    "vacancy": {"id", "title", "employer", "description", "url", "occupation", "skills", "location", "hours",
                "contractType", "education", "drivingLicences", "languages", "workConditions", "inclusive",
                "validThrough"},
    "skill": {"id", "label", "required"}, "location": {"postcode", "place", "lat", "lon", "remote"},
    "hours": {"min", "max"}, "education": {"level", "orEquivalentExperience"}, "language": {"language", "level"},
    "inclusive": set(INCLUSIVE), "concept": {"id", "kind", "label", "altLabels", "broader"},
    "geo": {"pc4", "lat", "lon", "place"}, "example": {"name", "profile"},
    "profile": {"skills", "desiredOccupations", "pastJobTitles", "location", "maxDistanceKm", "hours",
                "educationLevel", "drivingLicences", "languages", "avoidConditions", "acceptConditions",
                "banenafspraak"},
    "profileSkill": {"id", "label", "level", "years"}, "term": {"id", "label"},
    "profileLocation": {"postcode", "lat", "lon"},
}


def keys_ok(obj, kind):
    extra = set(obj) - ALLOWED_KEYS[kind]
    assert not extra, f"{kind} has unknown keys {extra}: {obj}"


def check_hours(h, where):
    keys_ok(h, "hours")
    for k in h:
        assert h[k] > 0, f"{where}: hours must be > 0"
    if "min" in h and "max" in h:
        assert h["min"] <= h["max"], f"{where}: min > max"


def self_check(records):
    load = lambda name: json.load(open(os.path.join(OUT, name), encoding="utf-8"))  # noqa: E731
    taxonomy, vacancies, geo, examples = (load(n) for n in
                                          ("taxonomy.json", "vacancies.json", "geo.json", "profiles.json"))
    concepts = taxonomy["concepts"]
    by_id = {}
    for c in concepts:
        keys_ok(c, "concept")
        assert c["id"] not in by_id, f"duplicate concept id {c['id']}"
        assert c["kind"] in ("skill", "occupation")
        by_id[c["id"]] = c
    labels, folded_owner, shared = {}, {}, []
    for c in concepts:
        assert c["label"] not in labels, f"label {c['label']!r} used by {labels[c['label']]} and {c['id']}"
        labels[c["label"]] = c["id"]
        own = [fold(x) for x in [c["label"]] + c.get("altLabels", [])]
        assert len(own) == len(set(own)), f"{c['id']}: labels that differ only in case/diacritics/punctuation"
        for b in c.get("broader", []):
            assert b in by_id, f"{c['id']}: broader {b} does not exist"
        for x in sorted({fold(x, False) for x in [c["label"]] + c.get("altLabels", [])}):
            if x in folded_owner and folded_owner[x] != c["id"]:
                shared.append((x, folded_owner[x], c["id"]))
            folded_owner.setdefault(x, c["id"])
    assert len({fold(c["label"], False) for c in concepts}) == len(concepts), "two labels fold to the same text"
    assert {s[0] for s in shared} <= ALLOWED_SHARED, f"labels shared between concepts: {shared}"
    skills = [c for c in concepts if c["kind"] == "skill"]
    occupations = [c for c in concepts if c["id"].startswith(OCC)]
    groups = [c for c in concepts if c["id"].startswith(OCCGROUP)]
    skill_groups = {b for c in skills for b in c.get("broader", [])}
    assert len(skills) >= 220 and len(occupations) >= 70 and len(groups) == 10
    assert all(2 <= len(c.get("altLabels", [])) <= 6 for c in occupations), "occupations need 2-6 alt labels"

    geo_pc = {}
    for row in geo:
        keys_ok(row, "geo")
        assert re.fullmatch(r"\d{4}", row["pc4"]) and row["pc4"] not in geo_pc
        assert 50.7 < row["lat"] < 53.6 and 3.3 < row["lon"] < 7.3, f"{row['pc4']} outside the Netherlands"
        geo_pc[row["pc4"]] = row

    ids = [v["id"] for v in vacancies]
    assert ids == [f"v{i:04d}" for i in range(1, len(vacancies) + 1)], "ids must be v0001.. in order"
    assert len(vacancies) >= 320 and len(records) == len(vacancies)
    used_pc, used_towns, stats = set(), set(), {}

    def count(key):
        stats[key] = stats.get(key, 0) + 1

    for v in vacancies:
        keys_ok(v, "vacancy")
        assert v["title"].strip() and v["employer"].strip()
        words = describe.word_count(v["description"])
        assert describe.MIN_WORDS <= words <= describe.MAX_WORDS, f"{v['id']}: {words} words"
        if "<p>" in v["description"]:
            count("html")
        if "url" in v:
            assert v["url"] == "https://werk.example.nl/vacature/" + v["id"]
        if "occupation" in v:
            count("occupation")
            assert by_id[v["occupation"]]["kind"] == "occupation" and v["occupation"].startswith(OCC)
        if "skills" in v:
            count("structured skills")
            assert 3 <= len(v["skills"]) <= 8, f"{v['id']}: {len(v['skills'])} skills"
            for s in v["skills"]:
                if isinstance(s, str):
                    continue
                keys_ok(s, "skill")
                assert "id" in s or "label" in s
                if "id" in s:
                    assert by_id[s["id"]]["kind"] == "skill", f"{v['id']}: {s['id']}"
            if any(isinstance(s, str) for s in v["skills"]):
                count("with a plain-string skill")
            if any(isinstance(s, dict) and "id" not in s for s in v["skills"]):
                count("with a label-only skill")
        else:
            count("text only (no skills)")
        loc = v.get("location")
        if loc is None:
            count("no location")
        else:
            keys_ok(loc, "location")
            if loc.get("remote"):
                count("remote")
                assert set(loc) == {"remote"}
            elif "postcode" in loc:
                assert re.fullmatch(r"\d{4}( [A-Z]{2})?", loc["postcode"]), loc
                count("postcode PC6" if " " in loc["postcode"] else "postcode PC4")
                assert loc["postcode"][:4] in geo_pc, f"{v['id']}: {loc['postcode']} not in geo.json"
                used_pc.add(loc["postcode"][:4])
                used_towns.add(loc["place"])
            else:
                count("lat/lon")
                assert 50.7 < loc["lat"] < 53.6 and 3.3 < loc["lon"] < 7.3
                used_towns.add(loc["place"])
        if "hours" in v:
            check_hours(v["hours"], v["id"])
            if "max" not in v["hours"]:
                count("hours min only")
        else:
            count("hours left out")
        if "contractType" in v:
            assert v["contractType"] in CONTRACTS
        if "education" in v:
            keys_ok(v["education"], "education")
            assert 1 <= v["education"]["level"] <= 8
        for lic in v.get("drivingLicences", []):
            assert lic in LICENCES, lic
        for lang in v.get("languages", []):
            keys_ok(lang, "language")
            assert re.fullmatch(r"[a-z]{2}", lang["language"]) and lang["level"] in CEFR
        if "workConditions" in v:
            assert all(c in CONDITIONS for c in v["workConditions"])
            assert len(set(v["workConditions"])) == len(v["workConditions"])
        else:
            count("work conditions unknown")
        if "inclusive" in v:
            keys_ok(v["inclusive"], "inclusive")
            assert any(v["inclusive"].values())
            count("inclusive")
        assert VALID_FROM.isoformat() <= v["validThrough"] <= VALID_TO.isoformat()

    for ex in examples:
        keys_ok(ex, "example")
        p = ex["profile"]
        keys_ok(p, "profile")
        for s in p.get("skills", []):
            if isinstance(s, dict):
                keys_ok(s, "profileSkill")
                assert "id" not in s or by_id[s["id"]]["kind"] == "skill"
        for field in ("desiredOccupations", "pastJobTitles"):
            for t in p.get(field, []):
                if isinstance(t, dict):
                    keys_ok(t, "term")
                    assert "id" not in t or by_id[t["id"]]["kind"] == "occupation"
        keys_ok(p["location"], "profileLocation")
        assert p["location"]["postcode"][:4] in geo_pc, f"{ex['name']}: postcode not in geo.json"
        used_pc.add(p["location"]["postcode"][:4])
        check_hours(p["hours"], ex["name"])
        assert 1 <= p["educationLevel"] <= 8
        assert all(x in LICENCES for x in p.get("drivingLicences", []))
        assert all(x in CONDITIONS for x in p.get("avoidConditions", []) + p.get("acceptConditions", []))

    per_sector = {}
    for rec in records:
        per_sector[rec["sector"]] = per_sector.get(rec["sector"], 0) + 1
    assert all(25 <= n <= 45 for n in per_sector.values()), per_sector
    assert len(used_pc) >= 60 and len(used_towns) >= 40, (len(used_pc), len(used_towns))

    n = len(vacancies)
    print(f"vacancies: {n}")
    for sector in SECTORS:
        print(f"  {sector['name']:16} {per_sector[sector['name']]}")
    print(f"taxonomy: {len(concepts)} concepts; {len(skills)} skills ({len(skill_groups)} used as broader), "
          f"{len(occupations)} occupations in {len(groups)} groups; "
          f"{sum(len(c.get('altLabels', [])) for c in concepts)} alt labels")
    print(f"geo: {len(geo)} postcodes in {len({r['place'] for r in geo})} towns; used: {len(used_pc)} postcodes, "
          f"{len(used_towns)} towns")
    print(f"profiles: {len(examples)}")
    for key in sorted(stats):
        print(f"  {key:26} {stats[key]:4}  ({100 * stats[key] / n:.0f}%)")
    print(f"shared labels (allowed): {sorted({s[0] for s in shared})}")


def main():
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    records = build_vacancies(rng)
    write_json("taxonomy.json", build_taxonomy())
    write_json("vacancies.json", [r["vacancy"] for r in records])
    write_json("geo.json", build_geo())
    write_json("profiles.json", PROFILES)
    write_json("jobpostings.json", jobposting.feed([r["vacancy"] for r in records]))
    with open(os.path.join(OUT, "pc4.csv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("pc4,place,lat,lon\n")
        for row in build_geo():
            fh.write(f"{row['pc4']},{row['place']},{row['lat']},{row['lon']}\n")
    self_check(records)


if __name__ == "__main__":
    main()
