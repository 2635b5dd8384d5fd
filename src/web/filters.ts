/// <reference lib="dom" />
import { h } from './dom.js';
import { current, filters, update, clearFilters } from './state.js';
import { TYPES } from './colors.js';

const LABELS: Record<string, string> = {
  actor: 'actor', role: 'side', source: 'source', target: 'target', country: 'country', sector: 'sector', type: 'type', cameo: 'CAMEO',
  quadClass: 'QuadClass', from: 'from', to: 'to', place: 'place', placeCountry: 'place country', bbox: 'map area', modality: 'modality',
  claimedOnly: 'claimed only', assertedOnly: 'asserted only', accordingTo: 'according to', outlet: 'outlet', q: 'text', article: 'article',
};

/** The filter form above every view; it writes the URL, the URL drives the views. */
export function filterBar(): HTMLElement {
  const p = current();
  const input = (name: string, placeholder: string, type = 'text', width = '') =>
    h('input', { name, type, placeholder, value: p.get(name) ?? '', 'aria-label': placeholder, class: width });
  const select = (name: string, label: string, options: Array<[string, string]>) => {
    const sel = h('select', { name, 'aria-label': label }, ...options.map(([v, t]) => h('option', { value: v }, t)));
    sel.value = p.get(name) ?? '';
    if (sel.value !== (p.get(name) ?? '')) sel.value = '';
    return sel;
  };
  const typeValue = p.get('type') ?? '';
  const typeSel = select('type', 'event type', [['', 'any type'], ...TYPES.map((t) => [t, t] as [string, string])]);
  if (typeValue.includes(',')) typeSel.appendChild(h('option', { value: typeValue }, typeValue));
  typeSel.value = typeValue;

  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    input('q', 'full text', 'search', 'w-m'),
    input('actor', 'actor (name, CODE or RUS*)', 'text', 'w-l'),
    select('role', 'side', [['', 'either side'], ['source', 'as source'], ['target', 'as target']]),
    typeSel,
    input('from', 'from', 'date'),
    input('to', 'to', 'date'),
    select('modality', 'modality', [['', 'any modality'], ['asserted', 'asserted'], ['claimed', 'claimed'], ['denied', 'denied'], ['planned', 'planned'], ['hypothetical', 'hypothetical']]),
    input('accordingTo', 'according to', 'text', 'w-s'),
    input('outlet', 'outlet', 'text', 'w-s'),
    input('place', 'place', 'text', 'w-s'),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const changes: Record<string, string | null> = {};
    data.forEach((v, k) => {
      changes[k] = String(v).trim() || null;
    });
    if (changes.role && !changes.actor) changes.role = null;
    update(changes);
  });

  const active = [...filters()];
  const chips = h(
    'div',
    { class: 'chips', 'aria-label': 'active filters' },
    ...active.map(([k, v]) =>
      h('span', { class: 'chip', 'data-key': k },
        h('span', { class: 'chip-key' }, LABELS[k] ?? k), ' ', v,
        h('button', { type: 'button', class: 'chip-x', title: `remove ${LABELS[k] ?? k}`, 'aria-label': `remove ${LABELS[k] ?? k}`, onclick: () => update({ [k]: null }) }, '×'),
      ),
    ),
    active.length ? h('button', { type: 'button', class: 'link', onclick: () => clearFilters() }, 'clear all') : null,
  );
  return h('div', { class: 'filterbar' }, form, chips);
}
