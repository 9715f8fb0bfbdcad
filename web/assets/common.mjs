// What both pages share: language, API calls with an optional key, labels, DOM helpers and
// the side panel that shows one document.
import { STRINGS, BASSINS, LANGUAGES, CALLER_ROLES } from './i18n.mjs';

const LANG_KEY = 'orienta.lang';
const API_KEY = 'orienta.key';

// ?lang= first, then the choice remembered on this browser, then the browser's language.
function initialLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'fr' || asked === 'nl') return asked;
  const kept = localStorage.getItem(LANG_KEY);
  if (kept === 'fr' || kept === 'nl') return kept;
  return (navigator.language || 'fr').toLowerCase().startsWith('nl') ? 'nl' : 'fr';
}

let lang = initialLang();
export const getLang = () => lang;

/**
 * The string `key` in the page language, with {name} replaced from `vars` and {name|one|other}
 * by the form the number vars[name] takes in that language ("1 service", "0 service" in
 * French, "0 diensten" in Dutch).
 */
export function t(key, vars = {}, inLang = lang) {
  const s = STRINGS[inLang][key] ?? STRINGS.fr[key] ?? key;
  const plural = new Intl.PluralRules(inLang);
  return s
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g,
      (_, k, one, other) => (plural.select(Number(vars[k])) === 'one' ? one : other))
    .replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ''));
}

// Static text: data-i18n="key" sets the text, data-i18n-ATTR="key" sets an attribute.
export function applyI18n(root = document) {
  document.documentElement.lang = lang;
  for (const node of root.querySelectorAll('*')) {
    for (const { name, value } of [...node.attributes]) {
      if (name === 'data-i18n') node.textContent = t(value);
      else if (name.startsWith('data-i18n-')) node.setAttribute(name.slice(10), t(value));
    }
  }
  for (const b of document.querySelectorAll('[data-set-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.setLang === lang));
  }
}

export function setLang(next) {
  if (next === lang) return;
  lang = next;
  localStorage.setItem(LANG_KEY, lang);
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang); // a reload keeps the language just chosen
    history.replaceState(null, '', url);
  }
  applyI18n();
  document.dispatchEvent(new CustomEvent('orienta:lang'));
}

/** Creates an element: el('a', {href: '/x', class: 'y', onclick: f}, 'text', child, ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null && c !== false) node.append(c);
  }
  return node;
}

/** A snippet from the server as text nodes and <mark> elements only, whatever it holds. */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
  const out = document.createDocumentFragment();
  (function walk(node) {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) out.append(c.textContent);
      else if (c.nodeName === 'MARK') out.append(el('mark', {}, c.textContent));
      else walk(c);
    }
  })(parsed);
  return out;
}

// Labels of codes.
let themes = new Map();
export const themeList = () => [...themes.values()];
export const themeLabel = (code, inLang = lang) =>
  themes.get(code)?.[`label_${inLang}`] ?? code;
export const bassinLabel = (code, inLang = lang) =>
  code === 'region' ? t('region', {}, inLang) : (BASSINS[code]?.[inLang] ?? code);
export const langName = (code, inLang = lang) => LANGUAGES[code]?.[inLang] ?? code;
export const roleLabel = (code) => CALLER_ROLES[code]?.[lang] ?? code;

/** The text of a bilingual {fr, nl} field in `inLang`, else the other one, with `other` set. */
export function pick(field, inLang = lang) {
  if (field === undefined || field === null) return { text: '', other: false };
  if (typeof field === 'string') return { text: field, other: false };
  if (field[inLang]) return { text: field[inLang], other: false };
  const text = field.fr || field.nl || '';
  return { text, other: Boolean(text) };
}

export class ApiError extends Error {
  constructor(status, code, message, retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

/** Calls the API on this origin; throws ApiError (status 0 when the server is unreachable). */
export async function api(path, { method = 'GET', body, signal } = {}) {
  const headers = { Accept: 'application/json' };
  const key = sessionStorage.getItem(API_KEY);
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(path, { method, headers, signal, body: body && JSON.stringify(body) });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '');
  }
  if (res.ok) return res.json();
  let error = { code: `http_${res.status}`, message: res.statusText };
  try {
    error = (await res.json()).error ?? error;
  } catch { /* not JSON: keep the status text */ }
  if (res.status === 401) showKeyForm();
  throw new ApiError(res.status, error.code, error.message, res.headers.get('Retry-After'));
}

/** One readable line for an error: what it means here, then the server's own message. */
export function errorText(e) {
  if (!(e instanceof ApiError)) return `${t('err_other')}: ${e.message}`;
  if (e.status === 0) return t('err_network');
  const known = { 400: 'err_400', 401: 'err_401', 403: 'err_403', 404: 'err_404', 429: 'err_429' };
  const head = t(known[e.status] ?? (e.status >= 500 ? 'err_5xx' : 'err_other'),
                 { s: e.retryAfter ?? '1' });
  const colon = lang === 'fr' ? ' : ' : ': ';
  return `${head} (${e.status})${e.message ? colon + e.message : ''}`;
}

/** Shows `e` (or clears with null) in the page's role=alert box. */
export function showError(e) {
  const box = document.getElementById('error');
  box.textContent = e ? errorText(e) : '';
  box.hidden = !e;
}

// The key field appears on the first 401; the key lives in sessionStorage only.
function showKeyForm() {
  const form = document.getElementById('key-form');
  if (!form.hidden) return;
  form.hidden = false;
  form.querySelector('input').focus();
}

export async function loadThemes() {
  const body = await api('/v1/themes');
  themes = new Map(body.themes.map((th) => [th.code, th]));
}

/** Wires the language switch and the key form; `onReady` runs now and after a key is given. */
export function initPage(onReady) {
  applyI18n();
  for (const b of document.querySelectorAll('[data-set-lang]')) {
    b.addEventListener('click', () => setLang(b.dataset.setLang));
  }
  const form = document.getElementById('key-form');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const value = form.querySelector('input').value.trim();
    if (!value) return;
    sessionStorage.setItem(API_KEY, value);
    form.hidden = true;
    showError(null);
    onReady();
  });
  document.getElementById('panel-close').addEventListener('click', closePanel);
  document.getElementById('panel').addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') closePanel();
  });
  onReady();
}

// The side panel: one document from GET /v1/documents/{id}.
let panelOpener = null;
let panelId = null;

function closePanel() {
  document.getElementById('panel').hidden = true;
  panelId = null;
  panelOpener?.focus();
}

function field(label, value, other = false) {
  if (!value) return null;
  return el('div', { class: 'field' }, el('dt', {}, label),
    el('dd', {}, ...String(value).split(/\n+/).map((p) => el('p', {}, p)),
      other ? el('p', { class: 'note' }, t('other_lang')) : null));
}

function bilingual(label, value) {
  const { text, other } = pick(value);
  return field(label, text, other);
}

function documentView(doc) {
  const list = (codes, f) => (codes?.length ? codes.map(f).join(', ') : null);
  if (doc.kind === 'answer') {
    return [el('p', { class: 'note' }, t('scrubbed')), el('dl', {},
      field(t('doc_date'), doc.date), field(t('bassin_word'), bassinLabel(doc.bassin)),
      field(t('doc_caller'), doc.caller_role && roleLabel(doc.caller_role)),
      field(t('doc_themes'), list(doc.themes, (c) => themeLabel(c))),
      field(t('doc_question'), doc.question), field(t('doc_answer'), doc.answer),
      field(t('doc_referred'), list(doc.referred, (x) => x)))];
  }
  if (doc.kind === 'service') {
    const a = doc.address ?? {};
    const c = doc.contact ?? {};
    return [el('dl', {},
      bilingual(t('doc_description'), doc.description),
      field(t('address'), [a.street, [a.postcode, a.commune].filter(Boolean).join(' ')]
        .filter(Boolean).join(', ')),
      field(t('phone'), c.phone), field(t('email'), c.email), field(t('url'), c.url),
      bilingual(t('hours'), doc.hours),
      field(t('languages'), list(doc.languages, (x) => langName(x))),
      field(t('doc_area'), list(doc.service_area, (x) => bassinLabel(x))),
      bilingual(t('audience'), doc.audience), bilingual(t('eligibility'), doc.eligibility),
      bilingual(t('cost'), doc.cost),
      field(t('doc_themes'), list(doc.themes, (x) => themeLabel(x))),
      field(t('doc_updated'), doc.updated))];
  }
  return [el('dl', {}, bilingual('', doc.body ?? doc.text),
    field(t('doc_themes'), list(doc.themes, (x) => themeLabel(x))),
    field(t('doc_updated'), doc.updated))];
}

/** Opens document `id` in the side panel; focus returns to `opener` on close. */
export async function openDocument(id, opener, { focus = true } = {}) {
  const panel = document.getElementById('panel');
  const body = document.getElementById('panel-body');
  const title = document.getElementById('panel-title');
  panelOpener = opener ?? document.activeElement;
  panelId = id;
  panel.hidden = false;
  title.textContent = id;
  body.replaceChildren(el('p', {}, t('loading')));
  if (focus) title.focus();
  try {
    const doc = await api(`/v1/documents/${encodeURIComponent(id)}`);
    if (panelId !== id) return;
    title.textContent = pick(doc.title ?? doc.name).text || id;
    body.replaceChildren(el('p', { class: 'kind' }, `${t(`kind_${doc.kind}`)} · ${id}`),
      ...documentView(doc));
  } catch (e) {
    if (panelId === id) body.replaceChildren(el('p', { class: 'error' }, errorText(e)));
  }
}

/** Redraws the open document in the new language. */
document.addEventListener('orienta:lang', () => {
  if (panelId) openDocument(panelId, panelOpener, { focus: false });
});

/** A link to /v1/documents/{id} that opens the side panel (a new tab still gets the JSON). */
export function docLink(id, text, attrs = {}) {
  return el('a', {
    href: `/v1/documents/${encodeURIComponent(id)}`, class: 'doc-link', ...attrs,
    onclick: (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      openDocument(id, ev.currentTarget);
    },
  }, text);
}
