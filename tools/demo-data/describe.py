"""Composes a vacancy description from its parts, in one of four layouts, within 60-180 words.

Layouts: "headed" (paragraphs under headings), "bullets" (headings with bullet lists),
"narrative" (paragraphs, no headings) and "html" (<p>, <strong>, <ul><li>), as real feeds mix.
Requirement items carry both a sentence form and a bullet form, chosen up front, so shortening
the text (dropping offers and tasks, never skill mentions) keeps it deterministic.
"""

import re

MIN_WORDS = 60
MAX_WORDS = 180


def cap(text):
    return text[:1].upper() + text[1:]


def uncap(text):
    """Lower-cases the first letter unless the word is an acronym ("VCA", "SVH-opleiding")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def strip_period(text):
    return text[:-1] if text.endswith(".") else text


def word_count(text):
    return len(re.sub(r"<[^>]+>", " ", text).split())


def join_list(items):
    """"a", "b", "c" -> "a, b en c"."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


def _paragraph(sentences):
    return " ".join(s for s in sentences if s)


def render(c):
    """Renders the content dict `c` (see generate.compose_description) as text."""
    style = c["style"]
    intro, tasks, work = c["intro"], c["tasks"], c["work"]
    reqs, offers, inclusive, closing = c["reqs"], c["offers"], c["inclusive"], c["closing"]
    h_tasks, h_reqs, h_offers = c["headings"]
    if style == "html":
        parts = [f"<p>{_paragraph(intro)}</p>", f"<p><strong>{h_tasks}</strong></p>",
                 "<ul>" + "".join(f"<li>{strip_period(t)}</li>" for t in tasks) + "</ul>"]
        if work:
            parts.append(f"<p>{_paragraph(work)}</p>")
        parts.append(f"<p><strong>{h_reqs}</strong></p>")
        parts.append("<ul>" + "".join(f"<li>{r['bullet']}</li>" for r in reqs) + "</ul>")
        parts.append(f"<p><strong>{h_offers}</strong></p>")
        parts.append("<ul>" + "".join(f"<li>{strip_period(o)}</li>" for o in offers) + "</ul>")
        tail = _paragraph(inclusive + [closing])
        if tail:
            parts.append(f"<p>{tail}</p>")
        return "".join(parts)
    if style == "narrative":
        blocks = [_paragraph(intro + tasks + work), _paragraph([c["req_opener"]] + [r["sentence"] for r in reqs])]
        listed = [uncap(strip_period(o)) for o in offers if "," not in o]
        separate = [o for o in offers if "," in o]
        offer_text = [c["offer_frame"].format(list=join_list(listed))] if listed else []
        blocks.append(_paragraph(offer_text + separate + inclusive))
        if closing:
            blocks.append(closing)
        return "\n\n".join(b for b in blocks if b)
    if style == "bullets":
        bullet = c["bullet"]
        blocks = [_paragraph(intro),
                  h_tasks + "\n" + "\n".join(bullet + strip_period(t) for t in tasks)
                  + ("\n" + _paragraph(work) if work else ""),
                  h_reqs + "\n" + "\n".join(bullet + r["bullet"] for r in reqs),
                  h_offers + "\n" + "\n".join(bullet + strip_period(o) for o in offers)]
        tail = _paragraph(inclusive + [closing])
        if tail:
            blocks.append(tail)
        return "\n\n".join(blocks)
    # headed
    blocks = [_paragraph(intro), h_tasks + "\n" + _paragraph(tasks + work),
              h_reqs + "\n" + _paragraph([r["sentence"] for r in reqs]),
              h_offers + "\n" + _paragraph(offers)]
    tail = _paragraph(inclusive + [closing])
    if tail:
        blocks.append(tail)
    return "\n\n".join(blocks)


def fit(c):
    """Shortens or lengthens `c` in place until the text has MIN_WORDS..MAX_WORDS words."""
    while word_count(render(c)) > MAX_WORDS:
        if len(c["offers"]) > 2:
            c["offers"].pop()
        elif len(c["tasks"]) > 2:
            c["tasks"].pop()
        elif len(c["intro"]) > 1:
            c["intro"].pop()
        elif len(c["inclusive"]) > 1:
            c["inclusive"].pop()
        elif len(c["work"]) > 1:
            c["work"].pop()
        elif len(c["offers"]) > 1:
            c["offers"].pop()
        elif c["closing"]:
            c["closing"] = ""
        else:
            break
    while word_count(render(c)) < MIN_WORDS and (c["spare_tasks"] or c["spare_offers"]):
        if c["spare_tasks"]:
            c["tasks"].append(c["spare_tasks"].pop(0))
        else:
            c["offers"].append(c["spare_offers"].pop(0))
    return render(c)
