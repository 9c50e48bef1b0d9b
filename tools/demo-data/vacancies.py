"""Builds the demo vacancies from the sector knowledge (sectors/), the scenarios and the texts.

For each vacancy the generator first decides the facts (job, employer, place, hours, contract,
education, licences, languages, conditions, inclusive options and which skills are asked), then
writes the text from those facts, and finally decides which facts also appear as structured
fields. Text and structured fields therefore never contradict each other, but many facts are
only in the text, as in real feeds.
"""

import datetime

import describe
import texts
from places import PLACES
from scenarios import ANCHORS
from sectors import AGENCIES, SECTORS
from skill_phrases import HAVE_ONLY, SKILL_PHRASES
from taxonomy_occupations import OCCUPATIONS
from taxonomy_skills import SKILL_GROUPS, SKILLS

SKILL, OCC = "wm:skill:", "wm:occ:"
CONDITIONS = ["heavyLifting", "standing", "nightShifts", "eveningShifts", "weekendShifts", "worksAlone", "outdoors",
              "noisy"]
INCLUSIVE = ["banenafspraak", "trialPlacement", "jobCoach", "adjustedHours"]
VALID_FROM, VALID_TO = datetime.date(2027, 1, 15), datetime.date(2027, 6, 30)
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

SKILL_LABEL = {slug: label for slug, label, _, _ in SKILL_GROUPS + SKILLS}
SKILL_ALTS = {slug: alts for slug, _, alts, _ in SKILL_GROUPS + SKILLS}
OCC_LABEL = {slug: label for slug, label, _, _ in OCCUPATIONS}
PLACES_BY_TOWN = {town: pcs for town, pcs in PLACES}


class Frames:
    """Picks sentence frames without repeating one within the same vacancy."""

    def __init__(self, rng):
        self.rng, self.left = rng, {}

    def pick(self, name, pool):
        left = self.left.get(name) or list(pool)
        choice = self.rng.choice(left)
        left.remove(choice)
        self.left[name] = left
        return choice


def pick(rng, weights):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def for_kind(pool, kind):
    """A sector pool is {kind: [...], "*": [...]}: the kind's own entries plus the shared ones."""
    return (list(pool.get(kind, [])) if kind != "*" else []) + list(pool.get("*", []))


def title_extras(job, title):
    for entry in job["titles"]:
        if isinstance(entry, tuple) and entry[0] == title:
            return entry[1]
    return {}


def np_phrases(slug):
    return [p for p in SKILL_PHRASES.get(slug, ["ervaring met " + SKILL_LABEL[slug]]) if not p.startswith("=")]


def choose_employer(rng, sector, job, extra, anchor):
    """Returns (name, towns, kind, is_agency); the employer's kind must suit the job and title."""
    kinds = extra.get("at") or job.get("at")
    own = [(n, t, k, False) for n, t, k in sector["employers"]]
    fitting = [e for e in own if not kinds or e[2] in kinds]
    if "employer" in anchor:
        return next(e for e in own if e[0] == anchor["employer"])
    town = anchor.get("town")
    if town:
        return rng.choice([e for e in fitting if town in e[1]] or fitting)
    if rng.random() < sector["agency_share"]:
        name = rng.choice(sector["agencies"])
        return name, AGENCIES[name], rng.choice(kinds) if kinds else "*", True
    return rng.choice(fitting)


def pc6(rng, pc4):
    while True:
        letters = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            return f"{pc4} {letters}"


def euro(x):
    return f"{x:.2f}".replace(".", ",")


def euro_month(x):
    return f"{int(x):,}".replace(",", ".")


def licence_phrase(lic):
    parts = []
    std = [c for c in lic if c not in ("AM", "T", "code95")]
    if std:
        parts.append("rijbewijs " + describe.join_list(std))
    parts += [texts.LICENCE_NAMES[c] for c in lic if c in ("AM", "T")]
    if "code95" in lic:
        parts.append("een geldige code 95")
    return describe.join_list(parts)


def make_vacancy(rng, sector, job, anchor):
    a = anchor or {}
    if "title" in a:
        title, extra = a["title"], title_extras(job, a["title"])
    else:
        entry = rng.choice(job["titles"])
        title, extra = (entry, {}) if isinstance(entry, str) else entry
    employer, towns, kind, agency = choose_employer(rng, sector, job, extra, a)
    town = a.get("town") or rng.choice(towns)
    pcs = PLACES_BY_TOWN[town]
    pc = next(p for p in pcs if p[0] == a["pc4"]) if "pc4" in a else rng.choice(pcs)

    conds = list(job["cond"]) + [c for c in job.get("cond_opt", []) if rng.random() < 0.3]
    conds += extra.get("add", [])
    conds = [c for c in conds if c not in extra.get("rm", [])]
    if "cond" in a:
        conds = list(a["cond"])
    conds = [c for c in CONDITIONS if c in conds]
    hmin, hmax = a.get("hours") or extra.get("hours") or rng.choice(job["hours"])
    if agency:
        contract = "agency"
    elif "contract" in extra:
        contract = extra["contract"]
    else:
        contract = pick(rng, job["contract"])
    spec = extra["edu"] if "edu" in extra else job["edu"]
    if isinstance(spec, list):
        spec = rng.choice(spec)
    education = None
    if spec and rng.random() >= (spec[2] if len(spec) > 2 else 0.15):
        education = {"level": spec[0], "orEquivalentExperience": rng.random() < spec[1]}
    lic = list(extra["lic"]) if "lic" in extra else list(rng.choice(job.get("lic", [[]])))
    langs = list(rng.choice(job.get("lang", [[]])))
    remote = bool(a.get("remote") or extra.get("remote") or rng.random() < job.get("remote", 0))
    if "incl" in a:
        inclusive = {k: bool(a["incl"].get(k, False)) for k in INCLUSIVE}
    elif rng.random() < job.get("incl", sector["incl"]):
        inclusive = {k: rng.random() < p for k, p in zip(INCLUSIVE, (0.7, 0.5, 0.45, 0.4))}
        if not any(inclusive.values()):
            inclusive[rng.choice(INCLUSIVE)] = True
    else:
        inclusive = None

    # Skills: the first of `req` always, some more, some nice-to-haves and soft skills.
    req = [job["req"][0]]
    rest = job["req"][1:]
    req += rng.sample(rest, min(len(rest), rng.randint(1, 3)))
    for s in extra.get("skills", []) + a.get("req", []):
        if s not in req:
            req.append(s)
    opt_pool = [s for s in job["opt"] if s not in req]
    opt = rng.sample(opt_pool, min(len(opt_pool), rng.choice([0, 1, 1, 2, 2, 3])))
    req += [s for s in opt if not np_phrases(s)]
    opt = [s for s in opt if np_phrases(s)]
    soft_pool = [s for s in job["soft"] if s not in req and s not in opt]
    soft = rng.sample(soft_pool, min(len(soft_pool), rng.choice([1, 1, 2, 2, 3])))
    free = rng.choice(job["free"]) if job.get("free") and rng.random() < 0.4 else None
    structured = a["structured"] if "structured" in a else rng.random() < 0.55
    if structured:
        spare = [s for s in opt_pool if s not in opt and s not in req and np_phrases(s)]
        while len(req) + len(opt) + len(soft) + (1 if free else 0) < 3 and spare:
            opt.append(spare.pop(0))
        while len(req) + len(opt) + len(soft) + (1 if free else 0) > 8:
            (soft if len(soft) > 1 else opt).pop()

    facts = {
        "sector": sector, "job": job, "title": title, "employer": employer, "kind": kind, "agency": agency,
        "town": town, "pc": pc, "conds": conds, "hours": (hmin, hmax), "contract": contract,
        "education": education, "lic": lic, "langs": langs, "remote": remote, "inclusive": inclusive,
        "req": req, "opt": opt, "soft": soft, "free": free, "structured": structured,
    }
    return assemble(rng, facts)


def req_sentence(frames, np):
    frame = texts.REQ_FRAMES[0] if np.split()[0] in HAVE_ONLY else frames.pick("req", texts.REQ_FRAMES)
    return frame.format(np=np, Np=describe.cap(np))


def requirement_items(rng, frames, f):
    """The requirement items (sentence and bullet form) and the skills entries, in text order."""
    items, skills = [], []

    def item(sentence, bullet):
        items.append({"sentence": sentence, "bullet": bullet})

    edu = f["education"]
    if edu:
        name = rng.choice(texts.EDU_NAMES[edu["level"]])
        if edu["orEquivalentExperience"]:
            item(rng.choice(texts.EDU_EQUIV_FRAMES).format(edu=name), describe.cap(name) + " of vergelijkbare ervaring")
        else:
            item(rng.choice(texts.EDU_FRAMES).format(edu=name), describe.cap(name))
    pending = None
    for slug in f["req"] + f["soft"]:
        phrase = rng.choice(SKILL_PHRASES.get(slug, ["ervaring met " + SKILL_LABEL[slug]]))
        skills.append((slug, True))
        if phrase.startswith("="):
            item(phrase[1:], describe.strip_period(phrase[1:]))
        elif pending is None and rng.random() < 0.3:
            pending = phrase
        elif pending is not None:
            frame = frames.pick("pair", texts.REQ_PAIR_FRAMES)
            if {pending.split()[0], phrase.split()[0]} & HAVE_ONLY:
                frame = texts.REQ_PAIR_FRAMES[0]
            item(frame.format(np=pending, np2=phrase), describe.cap(pending) + " en " + phrase)
            pending = None
        else:
            item(req_sentence(frames, phrase), describe.cap(phrase))
    if pending is not None:
        item(req_sentence(frames, pending), describe.cap(pending))
    free = f["free"]
    if free and free[2]:
        item(free[1], describe.strip_period(free[1]))
    if f["lic"]:
        phrase = licence_phrase(f["lic"])
        item(f"Je hebt {phrase}.", describe.cap(phrase))
    langs = f["langs"]
    if langs and all(code == "en" for code, _ in langs):
        s = rng.choice(texts.ENGLISH_ONLY)
        item(s, describe.strip_period(s))
    else:
        for code, level in langs:
            s = rng.choice(texts.LANGUAGE_SENTENCES[(code, level)])
            item(s, describe.strip_period(s))
    for slug in f["opt"]:
        np = rng.choice(np_phrases(slug))
        skills.append((slug, False))
        item(frames.pick("opt", texts.OPT_FRAMES).format(np=np, Np=describe.cap(np)),
             frames.pick("optb", texts.OPT_BULLET_FRAMES).format(np=np, Np=describe.cap(np)))
    if free and not free[2]:
        item(free[1], describe.strip_period(free[1]))
    return items, skills


def offers(rng, f):
    sector, job, asked = f["sector"], f["job"], set(f["req"] + f["opt"])
    out = []
    if f["contract"] == "freelance":
        out.append(rng.choice(texts.CONTRACT_OFFERS["freelance"]))
    else:
        if rng.random() < 0.75:
            lo = round((job["pay"][0] + rng.uniform(0, 0.6)) * 20) / 20
            hi = max(lo + 0.5, round((job["pay"][1] - rng.uniform(0, 0.8)) * 20) / 20)
            if f["hours"][0] >= 32 and lo >= 16 and rng.random() < 0.5:
                out.append(rng.choice(texts.PAY_MONTHLY).format(lo=euro_month(round(lo * 165 / 25) * 25),
                                                                hi=euro_month(round(hi * 165 / 25) * 25)))
            else:
                out.append(rng.choice(texts.PAY_HOURLY).format(lo=euro(lo), hi=euro(hi)))
        if rng.random() < 0.6:
            out.append(rng.choice(texts.CONTRACT_OFFERS[f["contract"]]))
    # Agencies speak for a client: only the sector's shared offers, not the employer's own ("onze producten").
    offer_pool = for_kind(sector["offers"], "*" if f["agency"] else f["kind"])
    pool = [o if isinstance(o, str) else o[0] for o in offer_pool if isinstance(o, str) or not (set(o[1]) & asked)]
    out += rng.sample(pool, min(len(pool), rng.randint(1, 3)))
    if f["agency"]:
        out += rng.sample(texts.AGENCY_OFFERS, 2)
    spare = rng.sample(texts.GENERAL_OFFERS, 3)
    if rng.random() < 0.5:
        out.append(spare.pop())
    return out, spare


def compose_description(rng, f, req_items):
    sector, job = f["sector"], f["job"]
    role = OCC_LABEL[job["occ"]]
    if f["agency"]:
        client = rng.choice(sector["clients"].get(f["kind"]) or sector["clients"]["*"])
        intro = [rng.choice(texts.AGENCY_INTROS).format(employer=f["employer"], place=f["town"], role=role,
                                                        client=client)]
    else:
        specific, shared = sector["intros"].get(f["kind"], []), sector["intros"].get("*", [])
        pool = specific if specific and (not shared or rng.random() < 0.75) else shared
        intro = [rng.choice(pool).format(employer=f["employer"], place=f["town"], role=role)]
    if rng.random() < 0.3:
        intro.append(rng.choice(texts.INTRO_EXTRAS))
    tasks = rng.sample(job["tasks"], len(job["tasks"]))
    n_tasks = rng.randint(2, min(4, len(tasks)))
    work = []
    hmin, hmax = f["hours"]
    if f["min_only"]:
        work.append(rng.choice(texts.HOURS_MIN_ONLY).format(min=hmin))
    elif "uur" not in f["title"] and rng.random() < 0.8:
        if hmin == hmax:
            work.append(rng.choice(texts.HOURS_EXACT).format(n=hmin))
        elif hmin >= 36:
            work.append(rng.choice(texts.HOURS_FULLTIME).format(min=hmin, max=hmax))
        else:
            work.append(rng.choice(texts.HOURS_RANGE).format(min=hmin, max=hmax))
    work += [rng.choice(texts.COND_SENTENCES[c]) for c in f["conds"] if rng.random() < 0.85]
    if f["remote"]:
        work.append(rng.choice(texts.REMOTE_SENTENCES))
    offer_list, spare_offers = offers(rng, f)
    inclusive = [rng.choice(texts.INCLUSIVE_SENTENCES[k]) for k in INCLUSIVE if f["inclusive"] and f["inclusive"][k]]
    r = rng.random()
    style = "html" if r < 0.15 else "headed" if r < 0.5 else "bullets" if r < 0.8 else "narrative"
    content = {
        "style": style, "intro": intro, "tasks": tasks[:n_tasks], "spare_tasks": tasks[n_tasks:], "work": work,
        "reqs": req_items, "offers": offer_list, "spare_offers": spare_offers, "inclusive": inclusive,
        "closing": rng.choice(texts.CLOSINGS),
        "headings": (rng.choice(texts.HEADINGS_TASKS), rng.choice(texts.HEADINGS_REQS),
                     rng.choice(texts.HEADINGS_OFFERS)),
        "bullet": "• " if rng.random() < 0.2 else "- ",
        "req_opener": rng.choice(texts.NARRATIVE_REQ_OPENERS),
        "offer_frame": rng.choice(texts.NARRATIVE_OFFER_FRAMES),
    }
    return describe.fit(content)


def skill_entries(rng, f, skills):
    out = []
    for slug, required in skills:
        alts = SKILL_ALTS[slug]
        if alts and rng.random() < 0.04:
            out.append({"label": rng.choice(alts[:3]), "required": required})
        else:
            out.append({"id": SKILL + slug, "label": SKILL_LABEL[slug], "required": required})
    free = f["free"]
    if free:
        out.append(free[0] if free[2] and rng.random() < 0.5 else {"label": free[0], "required": free[2]})
    return out


def assemble(rng, f):
    f["min_only"] = f["hours"][0] < f["hours"][1] and rng.random() < 0.07
    req_items, skills = requirement_items(rng, Frames(rng), f)
    v = {"id": None, "title": f["title"], "employer": f["employer"],
         "description": compose_description(rng, f, req_items), "url": None}
    if rng.random() < 0.5:
        v["occupation"] = OCC + f["job"]["occ"]
    if f["structured"]:
        v["skills"] = skill_entries(rng, f, skills)
    pc4, lat, lon = f["pc"]
    r = rng.random()
    if f["remote"]:
        v["location"] = {"remote": True}
    elif r < 0.025:
        pass
    elif r < 0.075:
        v["location"] = {"place": f["town"], "lat": round(lat + rng.uniform(-0.006, 0.006), 5),
                         "lon": round(lon + rng.uniform(-0.006, 0.006), 5)}
    elif r < 0.52:
        v["location"] = {"postcode": pc6(rng, pc4), "place": f["town"]}
    else:
        v["location"] = {"postcode": pc4, "place": f["town"]}
    hmin, hmax = f["hours"]
    if rng.random() >= 0.06:
        v["hours"] = {"min": hmin} if f["min_only"] else {"min": hmin, "max": hmax}
    if rng.random() >= 0.07:
        v["contractType"] = f["contract"]
    if f["education"]:
        v["education"] = f["education"]
    if f["lic"]:
        v["drivingLicences"] = f["lic"]
    if f["langs"]:
        v["languages"] = [{"language": c, "level": lv} for c, lv in f["langs"]]
    if rng.random() >= 0.15:
        v["workConditions"] = f["conds"]
    if f["inclusive"]:
        v["inclusive"] = f["inclusive"]
    v["validThrough"] = (VALID_FROM + datetime.timedelta(days=rng.randint(0, (VALID_TO - VALID_FROM).days))).isoformat()
    return {"sector": f["sector"]["name"], "vacancy": v}


def build_vacancies(rng):
    """All vacancies, as [{"sector": name, "vacancy": {...}}], shuffled and numbered v0001.."""
    records = []
    for sector in SECTORS:
        jobs = {j["key"]: j for j in sector["jobs"]}
        anchors = [a for a in ANCHORS if a["sector"] == sector["name"]]
        for anchor in anchors:
            records.append(make_vacancy(rng, sector, jobs[anchor["job"]], anchor))
        weights = {j["key"]: j["w"] for j in sector["jobs"]}
        for _ in range(sector["target"] - len(anchors)):
            records.append(make_vacancy(rng, sector, jobs[pick(rng, weights)], None))
    rng.shuffle(records)
    for i, rec in enumerate(records, 1):
        v = rec["vacancy"]
        v["id"] = f"v{i:04d}"
        if rng.random() < 0.92:
            v["url"] = f"https://werk.example.nl/vacature/{v['id']}"
        else:
            del v["url"]
    return records
