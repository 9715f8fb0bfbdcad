// The short card a responder sends to the caller: its text in French or Dutch, copying it
// and printing it alone.
import { el, t, pick, themeLabel, bassinLabel, langName } from './common.mjs';

/** The `why` line in `lang`: the server's own sentence when it is in that language. */
export function whyText(item, lang, match) {
  if (item.why && match?.lang === lang) return item.why;
  const parts = [item.needs_covered.map((c) => themeLabel(c, lang)).join(' / ')];
  const where = match?.location?.bassin;
  if (item.proximity === 'regional') parts.push(t('prox_regional', {}, lang));
  else if (item.proximity) {
    const b = item.proximity === 'same_bassin' && where ? ` (${bassinLabel(where, lang)})` : '';
    parts.push(t(`prox_${item.proximity}`, {}, lang) + b);
  }
  for (const code of match?.languages_spoken ?? []) {
    if (item.languages?.includes(code)) parts.push(t('speaks', { lang: langName(code, lang) }, lang));
  }
  const s = parts.filter(Boolean).join(', ');
  return s ? `${s}.` : '';
}

/** [label, value] pairs of the card of referral `item`, in `lang`. */
export function cardFields(item, lang, match) {
  const a = item.address ?? {};
  const c = item.contact ?? {};
  const address = [a.street, [a.postcode, a.commune].filter(Boolean).join(' ')]
    .filter(Boolean).join(', ');
  return {
    name: pick(item.names, lang).text || item.name,
    rows: [
      [t('address', {}, lang), address], [t('phone', {}, lang), c.phone],
      [t('email', {}, lang), c.email], [t('url', {}, lang), c.url],
      [t('hours', {}, lang), pick(item.hours, lang).text],
      [t('why', {}, lang), whyText(item, lang, match)],
    ].filter(([, v]) => v),
  };
}

export function cardText(item, lang, match) {
  const { name, rows } = cardFields(item, lang, match);
  const sep = lang === 'fr' ? ' : ' : ': ';
  return [name, ...rows.map(([k, v]) => k + sep + v)].join('\n');
}

/** Copies the card; without clipboard access, selects it in a text area to copy by hand. */
export async function copyCard(item, lang, match, holder, say) {
  const text = cardText(item, lang, match);
  try {
    await navigator.clipboard.writeText(text);
    say(t('copied'));
  } catch {
    holder.querySelector('textarea.fallback')?.remove();
    const area = el('textarea', {
      class: 'fallback', readonly: true, rows: String(text.split('\n').length),
      'aria-label': t('copy'),
    });
    area.value = text;
    holder.append(area);
    area.focus();
    area.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch { /* old API; the selection is there to copy by hand */ }
    say(t(done ? 'copied' : 'copy_fallback'));
  }
}

/** Prints the card alone: the print style sheet shows only #print-area while it is set. */
export function printCard(item, lang, match) {
  const { name, rows } = cardFields(item, lang, match);
  const area = document.getElementById('print-area');
  area.lang = lang;
  area.replaceChildren(el('article', { class: 'print-card' }, el('h2', {}, name),
    el('dl', {}, ...rows.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v))))));
  document.body.classList.add('printing-card');
  window.print();
}

window.addEventListener('afterprint', () => {
  document.body.classList.remove('printing-card');
  document.getElementById('print-area')?.replaceChildren();
});
