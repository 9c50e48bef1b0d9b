"""Free-text requirements shared by several sectors: (label, sentence, required).

These are asked as label-only skills (no taxonomy id) in structured vacancies, the way many
real feeds carry certificates and screening requirements.
"""

VOG = ("VOG", "Je kunt een Verklaring Omtrent het Gedrag (VOG) overleggen.", True)
NO_HEIGHT_FEAR = ("geen hoogtevrees", "Je hebt geen last van hoogtevrees.", True)
ELDERLY = ("affiniteit met ouderen", "Je hebt affiniteit met ouderen.", True)
