// The demo portal's own script (not part of the widget): offers the example profiles from
// demo/profiles.json, as a jobseeker's profile (index.html) or as anonymous candidates
// (werkgevers.html). The scenario labels ("Heftruckchauffeur uit Tilburg") are only shown in
// this picker; the widget never sees them.
const widget = document.getElementById('werkmatch');
const section = document.querySelector('.example');
const message = document.getElementById('voorbeeld-melding');

async function loadExamples() {
  const response = await fetch('demo/profiles.json');
  if (!response.ok) throw new Error(`demo/profiles.json: HTTP ${response.status}`);
  return response.json();
}

async function main() {
  if (!widget || !section) return;
  await customElements.whenDefined('werkmatch-widget');
  const examples = await loadExamples();
  const profileForm = document.getElementById('voorbeeld');
  const candidatesForm = document.getElementById('voorbeeld-kandidaten');

  if (profileForm) {
    const select = profileForm.querySelector('select');
    select.replaceChildren(...examples.map((example, i) => new Option(example.name, String(i))));
    profileForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const example = examples[Number(select.value)];
      try {
        await widget.setProfile(example.profile);
        message.textContent = `Voorbeeld “${example.name}” is ingevuld. De vacatures staan hieronder.`;
      } catch (error) {
        message.textContent = `Dit voorbeeld kon niet worden ingevuld: ${error.message}`;
      }
    });
  }

  if (candidatesForm) {
    candidatesForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const added = await widget.addCandidates(examples.map((example) => example.profile));
      message.textContent = `${added} voorbeeldkandidaten zijn geopend. Kies nu een vacature.`;
    });
  }
  section.hidden = false;
}

main().catch((error) => console.warn('werkmatch demo: examples not available:', error.message));
