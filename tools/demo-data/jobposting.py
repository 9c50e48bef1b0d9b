"""Writes the demo vacancies as a schema.org JobPosting feed (JSON-LD), the public format
municipal portals receive, so the demo can show the whole path: feed -> `werkmatch index` ->
index file -> browser. schema.org has no fields for driving licences, languages, work conditions
or inclusive hiring: those stay in the werkmatch JSON only (the text still mentions most)."""

EDUCATION = {1: "entree (mbo 1)", 2: "mbo 2", 3: "mbo 3", 4: "mbo 4", 5: "associate degree", 6: "hbo", 7: "wo master", 8: "doctoraat"}
CONTRACT = {"permanent": "vast", "temporary": "TEMPORARY", "agency": "uitzendbaan", "onCall": "PER_DIEM",
            "internship": "INTERN", "apprenticeship": "bbl", "freelance": "CONTRACTOR"}


def work_hours(hours):
    lo, hi = hours.get("min"), hours.get("max")
    fmt = lambda n: str(int(n)) if n == int(n) else str(n).replace(".", ",")  # noqa: E731
    if lo is not None and hi is not None:
        return f"{fmt(lo)} uur per week" if lo == hi else f"{fmt(lo)}-{fmt(hi)} uur per week"
    if lo is not None:
        return f"vanaf {fmt(lo)} uur per week"
    return f"maximaal {fmt(hi)} uur per week"


def to_job_posting(v):
    """One werkmatch vacancy as a schema.org JobPosting."""
    p = {"@type": "JobPosting",
         "identifier": {"@type": "PropertyValue", "name": "Werkplein Demo", "value": v["id"]},
         "title": v["title"]}
    if "description" in v:
        p["description"] = v["description"]
    if "url" in v:
        p["url"] = v["url"]
    if "employer" in v:
        p["hiringOrganization"] = {"@type": "Organization", "name": v["employer"]}
    loc = v.get("location")
    if loc and loc.get("remote"):
        p["jobLocationType"] = "TELECOMMUTE"
    elif loc:
        place = {"@type": "Place"}
        if "postcode" in loc or "place" in loc:
            address = {"@type": "PostalAddress", "addressCountry": "NL"}
            if "postcode" in loc:
                address["postalCode"] = loc["postcode"]
            if "place" in loc:
                address["addressLocality"] = loc["place"]
            place["address"] = address
        if "lat" in loc:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": loc["lat"], "longitude": loc["lon"]}
        p["jobLocation"] = place
    if "hours" in v:
        p["workHours"] = work_hours(v["hours"])
    if "contractType" in v:
        p["employmentType"] = CONTRACT[v["contractType"]]
    if "education" in v:
        p["educationRequirements"] = {"@type": "EducationalOccupationalCredential",
                                      "credentialCategory": EDUCATION[v["education"]["level"]]}
        if v["education"].get("orEquivalentExperience"):
            p["experienceInPlaceOfEducation"] = True
    skills = [s if isinstance(s, dict) else {"label": s, "required": True} for s in v.get("skills", [])]
    required = [s for s in skills if s.get("required", True)]
    optional = [s for s in skills if not s.get("required", True)]
    if required:
        p["skills"] = [dict({"@type": "DefinedTerm", "name": s.get("label", "")}, **({"@id": s["id"]} if "id" in s else {}))
                       for s in required]
    if optional:
        p["qualifications"] = "Mooi meegenomen: " + ", ".join(s.get("label", s.get("id", "")) for s in optional) + "."
    if "occupation" in v:
        p["occupationalCategory"] = v["occupation"]
    if "validThrough" in v:
        p["validThrough"] = v["validThrough"]
    return p


def feed(vacancies):
    return {"@context": "https://schema.org", "@graph": [to_job_posting(v) for v in vacancies]}
