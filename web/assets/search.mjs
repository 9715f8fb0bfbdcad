// The console's follow-up search: GET /v1/search with one value per facet, the facet counts in
// the selects, and results with their highlighted snippets.
import {
  api, bassinLabel, docLink, el, getLang, langName, showError, snippet, t, themeLabel, themeList,
} from './common.mjs';
import { BASSIN_CODES, LANGUAGES } from './i18n.mjs';

const PAGE_SIZE = 10;
const $ = (id) => document.getElementById(id);
const FACETS = ['kind', 'theme', 'bassin', 'lang', 'spoken'];

let facets = null;   // facet counts of the last response
let results = [];
let total = 0;
let exact = true;   // false: total and facet counts are estimates
let page = 1;
let controller = null;
let told = null;     // what the last response said: query as run, correction, notices

// The values of each facet with their labels; spoken has no counts in the API.
function values(name) {
  switch (name) {
    case 'kind': return ['service', 'answer', 'dossier'].map((k) => [k, t(`kind_${k}`)]);
    case 'theme': return themeList().map((th) => [th.code, themeLabel(th.code)])
      .sort((a, b) => a[1].localeCompare(b[1], getLang()));
    case 'bassin': return BASSIN_CODES.map((b) => [b, bassinLabel(b)]);
    case 'lang': return ['fr', 'nl'].map((l) => [l, langName(l)]);
    default: return Object.keys(LANGUAGES).map((l) => [l, langName(l)])
      .sort((a, b) => a[1].localeCompare(b[1], getLang()));
  }
}

/** Fills the facet selects, keeping the choices, with the counts of the last search. */
export function renderSearchFacets() {
  for (const name of FACETS) {
    const select = $(`f-${name}`);
    const keep = select.value;
    const counts = facets?.[name];
    select.replaceChildren(el('option', { value: '' }, t('all')),
      ...values(name).map(([v, label]) => el('option', { value: v },
        counts ? `${label} (${exact ? '' : '≈'}${counts[v] ?? 0})` : label)));
    select.value = keep;
  }
  renderResults();
}

function renderResults() {
  const list = $('search-results');
  list.replaceChildren(...results.map((r) => el('li', { class: 'hit' },
    el('p', { class: 'hit-head' }, el('span', { class: `kind kind-${r.kind}` }, t(`kind_${r.kind}`)),
      ' ', docLink(r.id, r.title || r.id)),
    r.snippet ? el('p', { class: 'snippet' }, snippet(r.snippet)) : null,
    el('p', { class: 'note' }, [...r.themes.map((c) => themeLabel(c)),
      ...r.bassins.map((b) => bassinLabel(b))].join(' · ')))));
  $('search-more').hidden = results.length >= total || !results.length;
  if (told) {
    // A correction the server did not run (the text as typed found something) is offered; one
    // it ran is told by its notice.
    const offer = told.corrected && told.corrected !== told.query ? told.corrected : null;
    $('search-status').replaceChildren(t(exact ? 'results' : 'results_about', { n: total }),
      ...(offer ? [' · ', el('button', { type: 'button', class: 'suggestion', onclick: () => {
        $('q').value = offer;
        search();
      } }, t('suggest', { q: offer }))] : []),
      ...told.notices.map((n) => ` · ${n}`));
  }
}

async function search({ append = false } = {}) {
  controller?.abort();
  controller = new AbortController();
  const p = new URLSearchParams();
  const q = $('q').value.trim();
  if (q) p.set('q', q);
  for (const name of FACETS) {
    if ($(`f-${name}`).value) p.set(name, $(`f-${name}`).value);
  }
  page = append ? page + 1 : 1;
  p.set('page', String(page));
  p.set('size', String(PAGE_SIZE));
  $('search-status').textContent = t('loading');
  try {
    const body = await api(`/v1/search?${p}`, { signal: controller.signal });
    facets = body.facets;
    total = body.total;
    exact = body.total_exact !== false;
    results = append ? [...results, ...body.results] : body.results;
    told = { query: body.query, corrected: body.corrected_query, notices: body.notices ?? [] };
    showError(null);
    renderSearchFacets();
  } catch (e) {
    if (e.name === 'AbortError') return;
    told = null;
    $('search-status').textContent = '';
    showError(e);
  }
}

export function initSearch() {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    search();
  });
  for (const name of FACETS) $(`f-${name}`).addEventListener('change', () => search());
  $('search-more').addEventListener('click', () => search({ append: true }));
}
