// The responder console: a situation in, needs, location, referrals grouped by need, related
// answers and dossiers out; then a follow-up search with facets.
import {
  api, bassinLabel, docLink, el, errorText, getLang, initPage, langName, loadThemes, pick,
  showError, snippet, t, themeLabel, themeList,
} from './common.mjs';
import { copyCard, printCard } from './card.mjs';
import { initSearch, renderSearchFacets } from './search.mjs';

const DEBOUNCE_MS = 400;
const PER_GROUP = 3; // referrals shown per need before "show more"
const MIN_TEXT = 3;
const COUNT_FROM = 4000; // the length shows from here on (the field's maxlength is the limit)
const $ = (id) => document.getElementById(id);
// The communes in French and Dutch, suggested in the place field (any alias also works).
const PLACES = [
  'Anderlecht', 'Auderghem', 'Oudergem', 'Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem',
  'Bruxelles', 'Brussel', 'Etterbeek', 'Evere', 'Forest', 'Vorst', 'Ganshoren', 'Haren',
  'Ixelles', 'Elsene', 'Jette', 'Koekelberg', 'Laeken', 'Laken', 'Molenbeek-Saint-Jean',
  'Sint-Jans-Molenbeek', 'Neder-Over-Heembeek', 'Saint-Gilles', 'Sint-Gillis',
  'Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node', 'Schaerbeek', 'Schaarbeek', 'Uccle', 'Ukkel',
  'Watermael-Boitsfort', 'Watermaal-Bosvoorde', 'Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe',
  'Woluwe-Saint-Pierre', 'Sint-Pieters-Woluwe',
];

const state = {
  match: null,        // the last POST /v1/match body
  needs: null,        // the chips once the responder edits them, sent as `needs`; null: detected
  patient: null,      // the patient's facts once the responder corrects them, sent as `patient`
  cardLang: null,     // language of the cards; null follows the page
  expanded: new Set(), // needs whose every referral is shown
};
let controller = null;
let timer = 0;

const say = (text) => { $('status').textContent = text; };
const colon = () => (getLang() === 'fr' ? ' : ' : ': ');

function placeQuery() {
  const place = $('place').value.trim();
  if (/^\d{4}$/.test(place)) return { postcode: place };
  if (place.length >= 3 && !/^\d+$/.test(place)) return { commune: place };
  return undefined;
}

async function runMatch() {
  clearTimeout(timer);
  controller?.abort();
  const text = $('situation').value.trim();
  if (text.length < MIN_TEXT) {
    Object.assign(state, { match: null, needs: null, patient: null });
    state.expanded.clear();
    render();
    return;
  }
  if (state.needs?.length === 0) { // every chip removed: nothing to match until one is added
    $('answer').setAttribute('aria-busy', 'false');
    render();
    return;
  }
  controller = new AbortController();
  const { signal } = controller;
  $('answer').setAttribute('aria-busy', 'true');
  say(t('searching'));
  try {
    const body = { text, limit: 10 };
    const loc = placeQuery();
    if (loc) body.location = loc;
    if (state.needs) body.needs = state.needs;
    if (state.patient) body.patient = state.patient;
    const match = await api('/v1/match', { method: 'POST', body, signal });
    state.match = match;
    showError(null);
    $('place-error').textContent = '';
    render();
  } catch (e) {
    if (e.name === 'AbortError') return;
    // A commune half typed is refused with 400: say it beside the field, keep the results.
    if (e.status === 400 && placeQuery()) $('place-error').textContent = errorText(e);
    else showError(e);
    say('');
  } finally {
    if (!signal.aborted) $('answer').setAttribute('aria-busy', 'false');
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(runMatch, DEBOUNCE_MS);
}

function activeNeeds() {
  return state.needs ?? (state.match?.needs ?? []).map((n) => n.theme);
}

// A chip edit sets the list of needs and matches again at once; the chips show it meanwhile.
function editNeeds(needs) {
  state.needs = needs;
  renderNeeds();
  runMatch();
  $('add-need').focus();
}

function renderNeeds() {
  const chips = $('needs');
  const byCode = new Map((state.match?.needs ?? []).map((n) => [n.theme, n]));
  chips.replaceChildren(...activeNeeds().map((code) => {
    const words = byCode.get(code)?.evidence ?? []; // none: added by hand (confidence 1)
    const label = themeLabel(code);
    return el('li', { class: words.length ? 'chip' : 'chip added', 'data-need': code },
      el('span', { class: 'chip-label' }, label),
      el('span', { class: 'chip-note' },
        words.length ? t('evidence', { words: words.join(', ') }) : t('added_need')),
      el('button', {
        type: 'button', class: 'chip-remove', 'aria-label': t('remove_need', { label }),
        onclick: () => editNeeds(activeNeeds().filter((c) => c !== code)),
      }, '×'));
  }));
  $('no-needs').hidden = activeNeeds().length > 0;
  const select = $('add-need');
  const keep = select.value;
  const active = new Set(activeNeeds());
  select.replaceChildren(el('option', { value: '' }, t('add_need_choose')),
    ...themeList().filter((th) => !active.has(th.code))
      .map((th) => el('option', { value: th.code }, themeLabel(th.code)))
      .sort((a, b) => a.textContent.localeCompare(b.textContent, getLang())));
  select.value = active.has(keep) ? '' : keep;
}

// The facts a referral depends on, as read in the text or as the responder corrected them.
const FLAGS = ['pregnant', 'victim_of_violence', 'no_insurance', 'no_legal_residence', 'homeless'];

function readPatientForm() {
  const age = $('p-age').value.trim();
  const patient = { age: /^\d{1,3}$/.test(age) && Number(age) <= 119 ? Number(age) : null };
  const sex = $('p-sex').value;
  if (sex) patient.sex = sex;
  for (const f of FLAGS) patient[f] = $(`p-${f}`).checked;
  return patient;
}

function renderPatient() {
  const p = state.patient ?? state.match.patient ?? {};
  const age = $('p-age');
  if (document.activeElement !== age) age.value = p.age ?? '';
  $('p-sex').value = p.sex ?? '';
  for (const f of FLAGS) $(`p-${f}`).checked = Boolean(p[f]);
  $('p-reset').hidden = !state.patient;
  const words = (state.match.patient?.evidence ?? []).map((e) => t('quoted', { w: e.text }));
  $('patient-note').textContent = state.patient ? t('p_corrected')
    : t('p_read') + (words.length ? ` ${t('urgent_words', { words: [...new Set(words)].join(', ') })}` : '');
}

// A correction replaces the facts read in the text and matches again at once.
function editPatient() {
  state.patient = readPatientForm();
  $('p-reset').hidden = false;
  runMatch();
}

// An urgent situation says so above everything else, with the words that make it urgent.
function renderUrgency() {
  const u = state.match.urgency;
  const box = $('urgency');
  box.hidden = !u?.urgent;
  if (!u?.urgent) {
    box.textContent = '';
    return;
  }
  const words = (u.evidence ?? []).map((e) => t('quoted', { w: e.text })).join(', ');
  box.textContent = t(`urgent_${u.reason}`) + (words ? ` ${t('urgent_words', { words })}` : '');
}

function renderLocation() {
  const loc = state.match.location;
  const line = $('location');
  const parts = [];
  if (loc.commune) parts.push(loc.commune);
  if (loc.bassin) parts.push(`${t('bassin_word')} ${bassinLabel(loc.bassin)}`);
  const text = parts.length ? `${parts.join(' · ')} (${t(`loc_${loc.source}`)})` : t('loc_none');
  line.replaceChildren(el('span', {}, text));
  if (loc.outside_brussels) line.append(el('span', { class: 'note' }, ` ${t('loc_outside')}`));
  const spoken = state.match.languages_spoken ?? [];
  $('spoken').textContent = spoken.length
    ? t('spoken', { langs: spoken.map((c) => langName(c)).join(', ') }) : '';
}

function referralCard(item, alsoCovers) {
  const lang = state.cardLang ?? getLang();
  // The referral carries what the card shows: one request per match.
  const a = item.address;
  const c = item.contact ?? {};
  const hours = pick(item.hours).text;
  const name = item.names?.[getLang()] || item.name;
  // A region-wide service already says so in its proximity.
  const where = item.bassins.filter((b) => b !== 'region').map((b) => bassinLabel(b)).join(', ');
  const article = el('article', { class: 'referral', 'data-id': item.id },
    el('h4', {}, name),
    el('p', { class: 'meta' },
      el('span', { class: `prox prox-${item.proximity}` }, t(`prox_${item.proximity}`)),
      ` ${where}`),
    item.why ? el('p', { class: 'why' }, el('strong', {}, t('why') + colon()), item.why) : null,
    el('dl', { class: 'facts' },
      item.languages?.length ? el('div', {}, el('dt', {}, t('languages')),
        el('dd', {}, item.languages.map((l) => langName(l)).join(', '))) : null,
      a ? el('div', {}, el('dt', {}, t('address')),
        el('dd', {}, `${a.street ?? ''}, ${a.postcode ?? ''} ${a.commune ?? ''}`)) : null,
      c.phone ? el('div', {}, el('dt', {}, t('phone')),
        el('dd', {}, el('a', { href: `tel:${c.phone.replace(/\s+/g, '')}` }, c.phone))) : null,
      c.email ? el('div', {}, el('dt', {}, t('email')),
        el('dd', {}, el('a', { href: `mailto:${c.email}` }, c.email))) : null,
      c.url ? el('div', {}, el('dt', {}, t('url')),
        el('dd', {}, el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.url)))
        : null,
      hours ? el('div', {}, el('dt', {}, t('hours')), el('dd', {}, hours)) : null),
    alsoCovers.length ? el('p', { class: 'note' },
      t('also_covers', { list: alsoCovers.map((x) => themeLabel(x)).join(', ') })) : null);
  const actions = el('div', { class: 'actions' },
    el('button', {
      type: 'button', class: 'copy-card', 'aria-label': t('copy_aria', { name }),
      onclick: () => copyCard(item, lang, state.match, article, say),
    }, t('copy_short'), el('span', { class: 'tag' }, lang.toUpperCase())),
    el('button', {
      type: 'button', class: 'print-card', 'aria-label': t('print_aria', { name }),
      onclick: () => printCard(item, lang, state.match),
    }, t('print_short'), el('span', { class: 'tag' }, lang.toUpperCase())),
    docLink(item.id, t('details')));
  article.append(actions);
  return article;
}

function renderReferrals() {
  const active = activeNeeds();
  const groups = new Map(active.map((c) => [c, []]));
  const others = [];
  const covering = (c) => state.match.referrals.filter((r) => r.needs_covered.includes(c)).length;
  for (const r of state.match.referrals) {
    const covered = r.needs_covered.filter((c) => groups.has(c));
    // In the group of a need it covers that has no card yet (the one fewest cards cover, so
    // that no need is left without one), else of its first need.
    const empty = covered.filter((c) => groups.get(c).length === 0);
    const home = empty.length
      ? empty.reduce((a, b) => (covering(b) < covering(a) ? b : a)) : covered[0];
    if (covered.length) groups.get(home).push([r, covered.filter((c) => c !== home)]);
    else if (!r.needs_covered.length) others.push([r, []]);
  }
  // A need left without a card of its own, that a card elsewhere covers, says which.
  const elsewhere = (code) => [...groups.values()].flat()
    .find(([r]) => r.needs_covered.includes(code))?.[0];
  const section = (code, title, list) => {
    const open = state.expanded.has(code) || list.length <= PER_GROUP + 1;
    const shown = open ? list : list.slice(0, PER_GROUP);
    return el('section', { class: 'group', 'data-need': code }, el('h3', {}, title),
      list.length ? el('div', { class: 'cards' }, shown.map(([r, also]) => referralCard(r, also)))
        : el('p', { class: 'note' }, elsewhere(code)
          ? t('covered_above', { name: elsewhere(code).name }) : t('no_referral')),
      open ? null : el('button', {
        type: 'button', class: 'show-more', onclick: () => {
          state.expanded.add(code);
          renderReferrals();
          $('groups').querySelector(`[data-need="${code}"] .referral:nth-child(${PER_GROUP + 1}) button`)
            ?.focus();
        },
      }, t('show_more', { n: list.length - PER_GROUP, label: title })));
  };
  $('groups').replaceChildren(
    ...[...groups].map(([code, list]) => section(code, themeLabel(code), list)));
  if (others.length) $('groups').append(section('', t('other_group'), others));
  const count = [...groups.values()].reduce((n, l) => n + l.length, others.length);
  say(t('done', { n: count, m: active.length }));
}

function renderRelated() {
  const rel = state.match.related;
  const list = (items, withSnippet) => (items.length ? el('ul', { class: 'related' },
    items.map((x) => el('li', {}, docLink(x.id, x.title || x.id),
      withSnippet && x.snippet ? el('p', { class: 'snippet' }, snippet(x.snippet)) : null)))
    : el('p', { class: 'note' }, t('none')));
  $('related-answers').replaceChildren(list(rel.answers, true));
  $('related-dossiers').replaceChildren(list(rel.dossiers, false));
}

function render() {
  const has = Boolean(state.match);
  for (const id of ['needs-block', 'location-block', 'patient-block', 'referrals-block', 'related']) {
    $(id).hidden = !has;
  }
  if (!has) {
    $('urgency').hidden = true;
    say(t('start'));
    return;
  }
  renderUrgency();
  renderNeeds();
  renderLocation();
  renderPatient();
  renderReferrals();
  renderRelated();
}

function renderCardLang() {
  const select = $('card-lang');
  select.value = state.cardLang ?? getLang();
}

async function start() {
  renderSearchFacets();
  try {
    await loadThemes();
  } catch (e) {
    showError(e);
    return;
  }
  renderSearchFacets();
  renderCardLang();
  if ($('situation').value.trim()) runMatch();
  else render();
}

// The length, near the limit; and a sentence when a paste went past it (the browser cuts it).
function showLength(cut = false) {
  const { value, maxLength } = $('situation');
  const num = (x) => x.toLocaleString(getLang() === 'nl' ? 'nl-BE' : 'fr-BE');
  $('situation-count').textContent = cut ? t('text_cut', { max: num(maxLength) })
    : value.length >= COUNT_FROM ? t('text_count', { n: num(value.length), max: num(maxLength) }) : '';
}
$('situation').addEventListener('input', schedule);
$('situation').addEventListener('input', () => showLength());
$('situation').addEventListener('paste', (ev) => {
  const area = ev.target;
  const room = area.maxLength - area.value.length + (area.selectionEnd - area.selectionStart);
  if ((ev.clipboardData?.getData('text') ?? '').length > room) setTimeout(() => showLength(true));
});
$('patient-form').addEventListener('change', editPatient);
$('patient-form').addEventListener('submit', (ev) => ev.preventDefault());
$('p-reset').addEventListener('click', () => {
  state.patient = null;
  runMatch();
});
$('place').addEventListener('input', schedule);
$('situation').addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
    ev.preventDefault();
    runMatch();
  }
});
$('match-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  runMatch();
});
$('add-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const code = $('add-need').value;
  if (code && !activeNeeds().includes(code)) editNeeds([...activeNeeds(), code]);
});
$('card-lang').addEventListener('change', (ev) => {
  state.cardLang = ev.target.value;
  if (state.match) renderReferrals();
});
$('card-lang').replaceChildren(...['fr', 'nl'].map((l) => el('option', { value: l, lang: l },
  l === 'fr' ? 'français' : 'Nederlands')));
$('place-list').replaceChildren(...PLACES.map((p) => el('option', { value: p })));
document.addEventListener('orienta:lang', () => {
  renderCardLang();
  renderSearchFacets();
  render();
});
initSearch();
initPage(start);
