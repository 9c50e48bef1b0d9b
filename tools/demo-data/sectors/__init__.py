"""Sector knowledge for the demo vacancies: employers, intros, offers and job types.

Each sector module defines SECTOR, a dict with:
  name, target (number of vacancies), incl (chance of inclusive-hiring options),
  agency_share (chance the vacancy comes from an agency in `agencies`),
  employers [(name, [towns], kind)] where kind says what sort of business it is ("dc",
  "thuiszorg", "hotel", ...), and clients, intros and offers as {kind: [...], "*": [...]}
  ("*" fits every kind). An offer is a str, or (str, [skill slugs]) to leave out when one of
  those skills is asked ("we pay your heftruckcertificaat" makes no sense if it is required).
  jobs: the job types below.

A job is a dict with:
  key, occ (occupation slug), w (weight), at (employer kinds that have this job),
  titles (str, or (str, extras) where extras may set add/rm conditions, hours, lic, contract,
  edu, skills (extra required), remote, at),
  tasks, req (first one always asked), opt, soft, free [(label, sentence, required)],
  edu (None, (level, p_equiv) or (level, p_equiv, p_missing), or a list of those),
  hours [(min, max)], contract {type: weight}, lic [[licences]], lang [[(code, level)]],
  cond (always), cond_opt (sometimes), pay (hourly euros lo, hi), incl, remote (chance).
All employer names are fictional.
"""

from . import (administratie, bouw, groen, horeca, logistiek, productie, retail, schoonmaak,
               techniek, zorg)

SECTORS = [logistiek.SECTOR, zorg.SECTOR, schoonmaak.SECTOR, horeca.SECTOR, techniek.SECTOR,
           bouw.SECTOR, retail.SECTOR, administratie.SECTOR, groen.SECTOR, productie.SECTOR]

# Fictional employment agencies (uitzendbureaus) and the towns where they have branches.
AGENCIES = {
    "Flexwerk Brabant": ["Tilburg", "Waalwijk", "Breda", "Eindhoven", "Veghel", "Oss"],
    "Uitzendbureau Noordlicht": ["Groningen", "Leeuwarden", "Assen", "Emmen", "Zwolle"],
    "Werkkracht Uitzendgroep": ["Rotterdam", "Ridderkerk", "Barendrecht", "Dordrecht", "Moerdijk", "Den Haag"],
    "Maas & Peel Personeelsdiensten": ["Venlo", "Roermond", "Venray", "Helmond", "Weert"],
    "Randmeer Uitzenden": ["Almere", "Lelystad", "Amersfoort", "Harderwijk"],
    "Oost Flex Personeel": ["Apeldoorn", "Deventer", "Enschede", "Arnhem", "Nijmegen"],
    "Kust & Kop Uitzendbureau": ["Alkmaar", "Den Helder", "Hoorn", "Haarlem", "Zaandam"],
    "Zeeuwse Flexpool": ["Middelburg", "Goes", "Vlissingen", "Terneuzen", "Bergen op Zoom"],
    "Limburg Werkt Uitzenden": ["Maastricht", "Heerlen", "Sittard", "Geleen", "Kerkrade"],
    "Westland Uitzend Service": ["Naaldwijk", "Honselersdijk", "Delft", "Den Haag"],
}
