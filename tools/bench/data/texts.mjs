// Dutch sentence templates for the generated vacancy descriptions: an introduction of the
// employer, tasks and requirements that name some of the vacancy's skills, the hours, what the
// employer offers and how to apply. About 600–1,000 characters per description.

const ADJECTIVES = ['gezellig', 'klein', 'groeiend', 'enthousiast', 'hecht', 'ervaren'];
const TRAITS = ['betrouwbaar', 'flexibel', 'leergierig', 'zorgvuldig', 'klantvriendelijk', 'stressbestendig', 'punctueel'];
const SHIFTS = ['in dagdienst', 'in wisselende diensten', 'ook af en toe in het weekend', 'van maandag tot en met vrijdag',
  'in een vast rooster'];
const OFFERS = ['een salaris volgens de cao', 'een reiskostenvergoeding', 'ruimte voor opleiding en groei',
  'een contract voor een jaar met uitzicht op een vaste baan', 'een eindejaarsuitkering', '25 vakantiedagen',
  'goede secundaire arbeidsvoorwaarden', 'een fiets van de zaak', 'korting op onze producten', 'een pensioenregeling'];
const CLOSINGS = ['Solliciteer direct via de knop hieronder.', 'Een cv is niet nodig: bel of app ons gerust.',
  'Heb je vragen? Neem contact op met onze recruiter.', 'Wij kijken uit naar je reactie!',
  'Reageer snel, want we willen graag op korte termijn iemand aannemen.'];

const list = (words) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} en ${words.at(-1)}` : words[0]);

/** A description for a vacancy: `skills` are the labels it may mention (it names about half). */
export function description(rng, { employer, kind, place, title, skills, hours }) {
  const named = rng.sample(skills, rng.int(6, 9));
  const intro = rng.pick([
    `${employer} is een ${kind} in ${place} met een ${rng.pick(ADJECTIVES)} team van ${rng.int(8, 250)} collega's.`,
    `Bij ${employer} in ${place} werk je in een ${rng.pick(ADJECTIVES)} team.`,
    `Voor ${employer}, een ${kind} in de regio ${place}, zoeken wij een ${title}.`,
  ]);
  const tasks = [
    `Als ${title} houd je je bezig met ${list(named.slice(0, 3))}.`,
    `Daarnaast help je je collega's bij ${named[3]}.`,
  ];
  const wanted = [
    `Je hebt ervaring met ${list(named.slice(4, 6))}.`,
    named[6] ? `Kennis van ${named[6]} is een pré.` : '',
    `Je bent ${rng.pick(TRAITS)} en ${rng.pick(TRAITS)}.`,
  ];
  const work = `Je werkt ${hours.min === hours.max ? hours.min : `${hours.min} tot ${hours.max}`} uur per week, ${rng.pick(SHIFTS)}.`;
  const offer = `Wij bieden ${list(rng.sample(OFFERS, rng.int(2, 4)))}.`;
  return [intro, tasks.join(' '), `Wat vragen wij? ${wanted.filter(Boolean).join(' ')}`, work, offer, rng.pick(CLOSINGS)].join('\n\n');
}
