// An autocomplete text field: the WAI-ARIA "combobox with listbox popup" pattern
// (aria-autocomplete="list", aria-activedescendant), usable with the keyboard alone.
//   ArrowDown / ArrowUp  open the list, move through the suggestions
//   Enter                take the highlighted suggestion, or (if allowed) the typed text
//   Escape               close the list; with the list closed, empty the field
// Focus stays in the text field throughout; the "Toevoegen" button does the same as Enter.
import { h, debounce } from './dom.js';

/**
 * @param {object} o
 * @param {string} o.id         unique id prefix within the shadow root
 * @param {string} o.label      visible label
 * @param {string} [o.hint]     help text under the label (aria-describedby)
 * @param {string} [o.addLabel] text of the add button (no button when left out)
 * @param {boolean} [o.allowFree] Enter on typed text without a highlighted option picks the text
 * @param {(query: string) => Promise<{value: string, label: string, detail?: string}[]>} o.source
 * @param {(pick: {option?: object, text?: string}) => void} o.onPick
 */
export function combobox(o) {
  const inputId = `${o.id}-input`;
  const listId = `${o.id}-list`;
  const hintId = `${o.id}-hint`;
  let options = [];
  let active = -1;
  let open = false;
  let sequence = 0;

  const input = h('input', {
    id: inputId,
    type: 'text',
    class: 'wm-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': o.hint ? hintId : undefined,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    dataset: { key: `${o.id}-input` },
    part: 'input',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'wm-listbox', 'aria-label': o.label, hidden: true, part: 'listbox' });

  const setActive = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      const li = list.children[index];
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView?.({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const setOpen = (value) => {
    open = value && options.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const render = () => {
    list.replaceChildren(...options.map((option, i) => h('li', {
      id: `${o.id}-opt-${i}`,
      role: 'option',
      class: 'wm-option',
      'aria-selected': 'false',
      onpointerdown: (event) => event.preventDefault(), // keep focus in the text field
      onclick: () => pick(i),
    }, h('span', { class: 'wm-option-label', lang: option.lang }, option.label), option.detail ? h('span', { class: 'wm-option-detail' }, ` ${option.detail}`) : null)));
  };

  const refresh = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query && !o.showAllOnEmpty) { options = []; render(); setOpen(false); return; }
    let found = [];
    try { found = await o.source(query); } catch { found = []; }
    if (mine !== sequence) return; // a newer keystroke won
    options = found;
    render();
    setOpen(options.length > 0 && isFocused());
  };
  const isFocused = () => input.getRootNode().activeElement === input;
  const refreshSoon = debounce(refresh, 60);

  function pick(index) {
    const option = options[index];
    const text = input.value.trim();
    if (!option && !text) return;
    sequence += 1;
    refreshSoon.cancel();
    input.value = '';
    options = [];
    render();
    setOpen(false);
    o.onPick(option ? { option } : { text });
  }

  input.addEventListener('input', () => refreshSoon());
  input.addEventListener('keydown', async (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          refreshSoon.cancel();
          await refresh();
          if (open) setActive(event.altKey ? -1 : 0);
        } else {
          setActive((active + 1) % options.length);
        }
        break;
      case 'ArrowUp':
        if (open) { event.preventDefault(); setActive(active <= 0 ? options.length - 1 : active - 1); }
        break;
      case 'Enter':
        event.preventDefault();
        if (open && active >= 0) pick(active);
        else if (o.allowFree && input.value.trim()) pick(-1);
        else if (!o.allowFree && input.value.trim()) {
          refreshSoon.cancel();
          await refresh();
          if (options.length) pick(0);
        }
        break;
      case 'Escape':
        if (open) { event.preventDefault(); setOpen(false); } else if (input.value) { event.preventDefault(); input.value = ''; }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
    }
  });
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => { if (o.showAllOnEmpty && !input.value) refresh(); });

  const button = o.addLabel ? h('button', {
    type: 'button',
    class: 'wm-button wm-button-secondary',
    part: 'button',
    dataset: { key: `${o.id}-add` },
    onclick: () => {
      if (active >= 0) pick(active);
      else if (o.allowFree) pick(-1);
      input.focus();
    },
  }, o.addLabel) : null;

  const element = h('div', { class: 'wm-combo', part: 'combobox' },
    h('label', { for: inputId, class: 'wm-label' }, o.label),
    o.hint ? h('p', { id: hintId, class: 'wm-hint' }, o.hint) : null,
    h('div', { class: 'wm-combo-row' },
      h('div', { class: 'wm-combo-field' }, input, list),
      button));

  return { element, input };
}
