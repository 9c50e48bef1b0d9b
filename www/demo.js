// The bare demo page: loads the engine and the demo data, ranks the vacancies for an example
// profile and shows the explanation. The embeddable widget (issue 3) replaces this page.
import init, { Engine } from '/pkg/werkmatch.js';

const FACTOR = {
  skills: 'Vaardigheden', occupation: 'Beroep', distance: 'Afstand', hours: 'Uren', education: 'Opleiding',
  drivingLicences: 'Rijbewijs', languages: 'Taal', workConditions: 'Werkomstandigheden', inclusive: 'Inclusief werven',
};
const STATUS = {
  match: 'past', partial: 'past deels', mismatch: 'past niet', unknown: 'onbekend', notRequired: 'niet gevraagd', notUsed: 'niet meegeteld',
};
const HOW = {
  id: 'zelfde vaardigheid', label: 'zelfde woorden', synonym: 'ander woord, zelfde betekenis', compound: 'deel van een woord',
  fuzzy: 'ondanks een typefout', scattered: 'woorden los gevonden', related: 'verwante vaardigheid',
};
const WHERE = { skills: 'in de gevraagde vaardigheden', occupation: 'in het beroep', title: 'in de functietitel', description: 'in de tekst' };
const CONDITION = {
  heavyLifting: 'zwaar tillen', standing: 'lang staan', nightShifts: 'nachtdiensten', eveningShifts: 'avonddiensten',
  weekendShifts: 'weekenddiensten', worksAlone: 'alleen werken', outdoors: 'buiten werken', noisy: 'lawaai',
};

/** Creates an element with text content (never HTML: vacancy text is third-party data). */
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function describeProfile(profile) {
  const rows = [];
  const label = (s) => (typeof s === 'string' ? s : s.label ?? s.id);
  if (profile.skills?.length) rows.push(['Vaardigheden', profile.skills.map(label).join(', ')]);
  if (profile.desiredOccupations?.length) rows.push(['Gewenst beroep', profile.desiredOccupations.map(label).join(', ')]);
  if (profile.location?.postcode) rows.push(['Postcode', `${profile.location.postcode}${profile.maxDistanceKm ? `, tot ${profile.maxDistanceKm} km` : ''}`]);
  if (profile.hours) rows.push(['Uren per week', `${profile.hours.min ?? '?'}–${profile.hours.max ?? '?'}`]);
  if (profile.avoidConditions?.length) rows.push(['Liever niet', profile.avoidConditions.map((c) => CONDITION[c] ?? c).join(', ')]);
  if (profile.banenafspraak) rows.push(['Banenafspraak', 'ja']);
  const dl = document.getElementById('profile-summary');
  dl.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
}

function renderResult(result, vacancy) {
  const e = result.explanation;
  const li = el('li', undefined, 'result');
  li.append(el('h3', vacancy.title));
  const place = vacancy.location?.remote ? 'thuiswerk' : vacancy.location?.place ?? 'plaats onbekend';
  const distance = e.distanceKm !== undefined ? ` · ${e.distanceKm.toLocaleString('nl-NL')} km hemelsbreed` : '';
  const hours = vacancy.hours ? ` · ${vacancy.hours.min ?? '?'}–${vacancy.hours.max ?? '?'} uur` : '';
  li.append(el('p', `${vacancy.employer ?? ''} · ${place}${distance}${hours}`, 'meta'));
  const skills = e.skillsRoute === 'structured'
    ? `${e.skillsMatched} van ${e.skillsTotal} vaardigheden`
    : e.skillsRoute === 'text' ? `${e.skillsMatched} van jouw ${e.skillsTotal} vaardigheden gevonden in de tekst` : '';
  li.append(el('p', `Match: ${result.score} van 100${skills ? ` · ${skills}` : ''}`, 'score'));
  if (e.matchedSkills.length) {
    const ul = el('ul', undefined, 'matched');
    for (const m of e.matchedSkills) {
      ul.append(el('li', `${m.vacancySkill ?? m.profileSkill} (${HOW[m.how]}, ${WHERE[m.where]})`));
    }
    li.append(ul);
  }
  if (e.missingSkills.length) {
    const ul = el('ul', undefined, 'missing');
    for (const m of e.missingSkills) ul.append(el('li', `${m.label}${m.required ? ' (gevraagd)' : ' (mooi meegenomen)'}`));
    li.append(ul);
  }
  const details = el('details');
  details.append(el('summary', 'Waarom deze vacature?'));
  const table = el('table', undefined, 'parts');
  const head = el('tr');
  head.append(el('th', 'Onderdeel'), el('th', 'Punten'), el('th', 'Uitkomst'));
  table.append(head);
  for (const part of e.parts.filter((p) => p.status !== 'notUsed')) {
    const row = el('tr');
    row.append(el('td', FACTOR[part.factor]), el('td', `${part.points} van ${part.maxPoints}`), el('td', STATUS[part.status]));
    table.append(row);
  }
  details.append(table);
  if (e.missingLicences.length) details.append(el('p', `Rijbewijs nodig: ${e.missingLicences.join(', ')}`));
  if (e.conflictingConditions.length) details.append(el('p', `Let op: ${e.conflictingConditions.map((c) => CONDITION[c]).join(', ')}`));
  li.append(details);
  return li;
}

async function main() {
  const status = document.getElementById('status');
  try {
    const [vacancies, taxonomy, geo, examples] = await Promise.all(
      ['vacancies', 'taxonomy', 'geo', 'profiles'].map((name) => fetchJson(`demo/${name}.json`)),
    );
    await init();
    const engine = new Engine({ vacancies, taxonomy, geo });
    const select = document.getElementById('profile');
    examples.forEach((example, i) => select.append(new Option(example.name, String(i))));
    select.disabled = false;
    const show = () => {
      const { profile } = examples[Number(select.value)];
      describeProfile(profile);
      const started = performance.now();
      const results = engine.rank(profile, { limit: 10, today: new Date().toISOString().slice(0, 10) });
      const ms = performance.now() - started;
      document.getElementById('results').replaceChildren(...results.map((r) => renderResult(r, engine.vacancy(r.id))));
      status.textContent = `${results.length} beste matches uit ${engine.size} vacatures (${ms.toFixed(1)} ms).`;
      document.body.dataset.ranked = 'true';
    };
    select.addEventListener('change', show);
    show();
  } catch (error) {
    status.textContent = `Er ging iets mis bij het laden: ${error.message}`;
    document.body.dataset.error = 'true';
    throw error;
  }
}

main();
