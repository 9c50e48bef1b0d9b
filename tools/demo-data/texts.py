"""Sentence pools shared by all sectors: headings, requirement frames, offers, conditions,
hours, education, licences, languages, inclusive hiring and closings (Dutch, B1 level).

Placeholders: {np} a skill noun phrase, {Np} the same with a capital, {employer}, {place},
{role} (the occupation, lower case), {client}, {min}/{max}/{n} hours.
Offers are noun phrases ("Een vast contract.") so the narrative style can list them after
"Wij bieden ...".
"""

HEADINGS_TASKS = ["Wat ga je doen?", "Jouw werkzaamheden", "Over de functie", "Dit ga je doen",
                  "Wat houdt het werk in?"]
HEADINGS_REQS = ["Wat vragen wij?", "Wie ben jij?", "Wat neem je mee?", "Functie-eisen", "Wat wij van je vragen"]
HEADINGS_OFFERS = ["Wat bieden wij?", "Wat krijg je van ons?", "Ons aanbod", "Dit krijg je", "Wat mag je verwachten?"]

# Requirement sentences around a skill noun phrase.
REQ_FRAMES = ["Je hebt {np}.", "Je beschikt over {np}.", "{Np} is een vereiste.", "Je hebt in ieder geval {np}.",
              "Wij vragen {np}."]
REQ_PAIR_FRAMES = ["Je hebt {np} en {np2}.", "Je beschikt over {np} en {np2}."]
OPT_FRAMES = ["{Np} is een pré.", "Heb je {np}? Dan is dat mooi meegenomen.", "{Np} is handig, maar niet verplicht.",
              "Pluspunt: {np}."]
OPT_BULLET_FRAMES = ["{Np} is een pré", "{Np} is mooi meegenomen", "Pluspunt: {np}"]

NARRATIVE_REQ_OPENERS = ["Wie zoeken wij?", "Wat vragen we van jou?", "Wij zoeken iemand die past in ons team."]
NARRATIVE_OFFER_FRAMES = ["Wij bieden {list}.", "Je krijgt {list}.", "Daar staat tegenover: {list}."]

INTRO_EXTRAS = ["Ben jij de nieuwe collega die we zoeken?", "Herken jij jezelf hierin? Lees dan snel verder!",
                "We zoeken iemand die van aanpakken houdt.", "Ervaring is mooi, maar je inzet telt het meest.",
                "Kom je ons team versterken?"]

AGENCY_INTROS = [
    "Voor onze opdrachtgever, {client} in {place}, zoeken wij een {role}.",
    "{employer} zoekt voor {client} in {place} een enthousiaste {role}.",
    "Ben jij op zoek naar werk in {place}? Via {employer} ga je aan de slag bij {client}.",
    "Wij zijn {employer} en helpen mensen aan werk dicht bij huis. Voor {client} in {place} zoeken we een {role}.",
]
AGENCY_OFFERS = ["Wekelijkse uitbetaling van je loon.", "Een vaste contactpersoon bij ons kantoor.",
                 "Reservering voor vakantiegeld en vakantiedagen.",
                 "Na een goede periode kans op een contract bij de opdrachtgever.",
                 "Een salaris volgens de cao voor uitzendkrachten."]

CONTRACT_OFFERS = {
    "permanent": ["Een vast contract.", "Een contract voor onbepaalde tijd na een proeftijd van een maand.",
                  "Een vaste baan: je krijgt direct een contract voor onbepaalde tijd."],
    "temporary": ["Een contract voor zes maanden, met kans op verlenging.",
                  "Een jaarcontract met uitzicht op een vaste baan."],
    "agency": ["Een start via het uitzendbureau, met uitzicht op een contract bij de opdrachtgever."],
    "onCall": ["Een oproepcontract: je geeft zelf aan wanneer je kunt werken.",
               "Een flexibel contract met vaste minimale uren."],
    "internship": ["Een stagevergoeding en goede begeleiding."],
    "apprenticeship": ["Een leerwerkplek: je werkt en haalt tegelijk je diploma (BBL).",
                       "Een BBL-opleiding die wij betalen, naast een salaris."],
    "freelance": ["Een opdracht als zzp'er tegen een goed uurtarief."],
}

PAY_HOURLY = ["Een bruto uurloon van € {lo} tot € {hi}.", "Een uurloon tussen € {lo} en € {hi} bruto.",
              "Een salaris van € {lo} tot € {hi} bruto per uur."]
PAY_MONTHLY = ["Een salaris van € {lo} tot € {hi} bruto per maand bij een volledige werkweek.",
               "Een maandsalaris tussen € {lo} en € {hi} bruto (fulltime)."]
GENERAL_OFFERS = ["Een reiskostenvergoeding.", "8% vakantiegeld.", "Een goede pensioenregeling.",
                  "Leuke collega's en een informele sfeer.", "Een goede inwerkperiode.",
                  "Ruimte om te groeien en cursussen te volgen.", "Een fietsplan.", "25 vakantiedagen bij een volledige baan."]

# Work conditions: sentences that state them in the text.
COND_SENTENCES = {
    "heavyLifting": ["Het werk is fysiek zwaar: je tilt regelmatig dozen tot 23 kilo.",
                     "Je tilt en sjouwt regelmatig zware spullen.", "Je moet regelmatig zwaar tillen."],
    "standing": ["Je staat het grootste deel van de dag.", "Het is staand werk.",
                 "Je bent de hele dag in beweging en staat veel."],
    "nightShifts": ["Je werkt ook in nachtdiensten.", "Het werk is in vaste nachtdiensten van 22.00 tot 06.00 uur.",
                    "Je draait mee in het rooster, ook 's nachts."],
    "eveningShifts": ["Je werkt vooral in de avond.", "Je werkt ook avonddiensten.",
                      "De diensten zijn in de middag en avond."],
    "weekendShifts": ["Je bent ook in het weekend beschikbaar.", "Je werkt om het weekend.",
                      "Werken op zaterdag en zondag hoort erbij."],
    "worksAlone": ["Je werkt vaak alleen.", "Je werkt een groot deel van de dag zelfstandig op locatie.",
                   "Je bent vaak alleen onderweg."],
    "outdoors": ["Je werkt buiten, ook als het regent of koud is.", "Je bent het hele jaar buiten aan het werk.",
                 "Het werk is grotendeels buiten."],
    "noisy": ["In de hal is het soms lawaaierig; je draagt gehoorbescherming.",
              "Je werkt in een omgeving met machinegeluid.", "Het kan er flink lawaaierig zijn."],
}

HOURS_RANGE = ["Je werkt {min} tot {max} uur per week.", "Het gaat om {min} - {max} uur per week.",
               "Dit is een baan voor {min} tot {max} uur per week.", "Aantal uren: {min}-{max} per week."]
HOURS_EXACT = ["Je werkt {n} uur per week.", "Het gaat om een baan van {n} uur per week."]
HOURS_FULLTIME = ["Het is een fulltime baan van {max} uur per week.", "Je werkt fulltime, {min} tot {max} uur per week."]
HOURS_MIN_ONLY = ["Je werkt minimaal {min} uur per week.", "Je bent minstens {min} uur per week beschikbaar."]

EDU_NAMES = {
    1: ["een entreeopleiding (mbo niveau 1)", "een entree-diploma"],
    2: ["een diploma op mbo-niveau 2", "een mbo 2-diploma"],
    3: ["een diploma op mbo-niveau 3", "een mbo-diploma op niveau 3"],
    4: ["een mbo-diploma op niveau 4", "een diploma op mbo 4-niveau"],
    5: ["een associate degree"],
    6: ["een hbo-diploma", "een afgeronde hbo-opleiding"],
    7: ["een universitaire masteropleiding"],
    8: ["een promotie"],
}
EDU_FRAMES = ["Je hebt {edu}.", "Je hebt minimaal {edu}."]
EDU_EQUIV_FRAMES = ["Je hebt {edu} of vergelijkbare werkervaring.",
                    "Je hebt minimaal {edu}, of je hebt genoeg ervaring opgedaan in de praktijk.",
                    "Je hebt {edu}; heb je geen diploma maar wel ervaring, dan nodigen we je ook uit."]

LICENCE_NAMES = {"AM": "een bromfietsrijbewijs (AM)", "T": "een trekkerrijbewijs (T)"}

LANGUAGE_SENTENCES = {
    ("nl", "A1"): ["Je begrijpt eenvoudige Nederlandse instructies."],
    ("nl", "A2"): ["Je spreekt en begrijpt eenvoudig Nederlands.", "Je spreekt een beetje Nederlands (A2)."],
    ("nl", "B1"): ["Je spreekt en schrijft Nederlands op B1-niveau.", "Je spreekt goed Nederlands."],
    ("nl", "B2"): ["Je beheerst de Nederlandse taal goed in woord en geschrift.",
                   "Je spreekt en schrijft goed Nederlands (minimaal B2)."],
    ("nl", "C1"): ["Je hebt een uitstekende beheersing van de Nederlandse taal.",
                   "Je schrijft foutloos Nederlands."],
    ("en", "A2"): ["Je spreekt een beetje Engels."],
    ("en", "B1"): ["Je spreekt goed Engels."],
    ("en", "B2"): ["Je spreekt en schrijft goed Engels."],
}
ENGLISH_ONLY = ["Je spreekt Engels; Nederlands is niet nodig.", "Nederlands spreken is niet nodig, Engels wel."]

INCLUSIVE_SENTENCES = {
    "banenafspraak": ["Deze baan is ook geschikt voor mensen uit het doelgroepregister (banenafspraak).",
                      "Wij doen mee aan de banenafspraak. Sta je in het doelgroepregister? Reageer dan zeker."],
    "trialPlacement": ["Een proefplaatsing is mogelijk, zodat je eerst kunt kijken of het werk bij je past.",
                       "Je kunt eerst een paar weken meedraaien met behoud van uitkering."],
    "jobCoach": ["Een jobcoach helpt je op weg.", "Je krijgt begeleiding van een jobcoach."],
    "adjustedHours": ["Werktijden passen we waar mogelijk aan jouw situatie aan.",
                      "Wil je beginnen met minder uren? Dat kan in overleg."],
}

REMOTE_SENTENCES = ["Je werkt volledig vanuit huis; wij zorgen voor een laptop en headset.",
                    "Dit is een thuiswerkbaan: je hebt een rustige werkplek en een goede internetverbinding nodig."]

CLOSINGS = ["Solliciteer direct via de knop hieronder.",
            "Interesse? Stuur ons je cv of bel gerust voor meer informatie.",
            "Reageer vandaag nog; een motivatiebrief is niet nodig.",
            "Heb je vragen? Neem dan contact op met onze afdeling HR.",
            "Een cv is niet nodig: laat je telefoonnummer achter en we bellen je terug.",
            "Wij kijken uit naar je reactie!",
            "Past deze baan bij jou? Reageer dan snel, we plannen de gesprekken in de komende weken."]
