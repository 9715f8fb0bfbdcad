// Browser checks of the responder console (/) and the analyst dashboard (/analytics) against a
// running `orienta serve` on the sample corpus, in Debian's Chromium through playwright-core.
//
//   node run.mjs --base http://127.0.0.1:8091 --out /tmp/shots [--chromium /usr/bin/chromium]
//
// Prints one line per check and exits 1 at the first failure (2 on bad usage).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BASSINS } from '../../web/assets/i18n.mjs';

const { values: opts } = (() => {
  try {
    return parseArgs({
      options: {
        base: { type: 'string' }, out: { type: 'string' },
        chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
      },
    });
  } catch (e) {
    console.error(`run.mjs: ${e.message}`);
    process.exit(2);
  }
})();
if (!opts.base || !opts.out) {
  console.error('usage: node run.mjs --base http://127.0.0.1:PORT --out DIR [--chromium PATH]');
  process.exit(2);
}
const base = opts.base.replace(/\/$/, '');
mkdirSync(opts.out, { recursive: true });

const SITUATION = "Mme 82 ans, diabète, vit seule à Anderlecht, ne parle que l'arabe, sa fille est épuisée";
const SITUATION_NL = 'Man 79 jaar, dementie, woont alleen in Schaarbeek, spreekt enkel Turks, zijn dochter is uitgeput';
const TIMEOUT = 10_000;
const started = Date.now();
let count = 0;

const browser = await chromium.launch({
  executablePath: opts.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE' });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
const page = await context.newPage();
page.setDefaultTimeout(TIMEOUT);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
page.on('console', (m) => {
  // The 400 of the bad-range check is expected; anything else logged as an error is not.
  if (m.type() === 'error' && !m.text().includes('status of 400')) pageErrors.push(m.text());
});

async function check(name, fn) {
  try {
    await fn();
    assert.deepEqual(pageErrors, [], 'errors in the page');
    count += 1;
    console.log(`ok ${count} - ${name}`);
  } catch (e) {
    console.log(`not ok ${count + 1} - ${name}`);
    console.log(`  ${String(e.message).split('\n').join('\n  ')}`);
    await page.screenshot({ path: join(opts.out, 'failure.png'), fullPage: true }).catch(() => {});
    await browser.close();
    process.exit(1);
  }
}

const text = (sel) => page.locator(sel).first().innerText();

await check("pages: the bassins' short names are data/bassins.tsv's without \"Bassin\" or \"Zorgzone\"", async () => {
  const tsv = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../data/bassins.tsv'), 'utf8');
  const rows = tsv.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  assert.deepEqual(Object.keys(BASSINS).sort(), rows.map((r) => r[0]).sort());
  for (const [code, fr, nl] of rows) {
    assert.deepEqual(BASSINS[code], { fr: fr.replace(/^Bassin /, ''), nl: nl.replace(/^Zorgzone /, '') }, code);
  }
});

// ---- Responder console -------------------------------------------------------------------

await check('console: the page loads in French with its labelled text area', async () => {
  await page.goto(`${base}/?lang=fr`);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await text('label[for="situation"]'), 'Situation de l’appelant');
  assert.equal(await page.locator('[aria-live]').count() >= 1, true, 'no aria-live region');
});

await check('console: the first Tab lands on the skip link, which leads to the text area', async () => {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.className || document.activeElement.id);
  assert.ok(first === 'skip' || first === 'situation', `first Tab on "${first}"`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'situation');
});

await check('console: typing a situation shows need chips and referrals with a why sentence', async () => {
  const documents = [];
  const count = (r) => { if (r.url().includes('/v1/documents/')) documents.push(r.url()); };
  page.on('request', count);
  await page.locator('#situation').pressSequentially(SITUATION, { delay: 5 });
  await page.locator('#needs li[data-need="diabetes"]').waitFor();
  const needs = await page.locator('#needs li').evaluateAll((li) => li.map((x) => x.dataset.need));
  for (const n of ['diabetes', 'interpreting', 'caregivers']) assert.ok(needs.includes(n), `no ${n} in ${needs}`);
  assert.equal(await text('#needs li[data-need="diabetes"] .chip-label'), 'Diabète');
  await page.locator('#groups .referral .why').first().waitFor();
  const why = await text('#groups .referral .why');
  assert.match(why, /Pourquoi : \S.{10,}/);
  assert.match(await text('#location'), /Anderlecht/);
  assert.match(await text('#status'), /\d+ services pour \d+ besoins/);
  // The referrals carry their address and hours: one request per match, none per card.
  page.off('request', count);
  assert.deepEqual(documents, []);
  assert.match(await text('#groups .referral'), /\b1\d{3}\b/); // a postcode in the address
});

// The next POST /v1/match and its body.
const isMatch = (r) => r.url().endsWith('/v1/match') && r.method() === 'POST';
const nextMatch = () => page.waitForRequest(isMatch);
const chipCodes = () => page.locator('#needs li').evaluateAll((li) => li.map((x) => x.dataset.need));

await check('console: counts take the singular or the plural of their language', async () => {
  const said = await page.evaluate(async () => {
    const { t } = await import('/assets/common.mjs');
    return [t('done', { n: 1, m: 1 }, 'fr'), t('done', { n: 0, m: 2 }, 'fr'),
      t('done', { n: 1, m: 0 }, 'nl'), t('results', { n: 5 }, 'nl')];
  });
  assert.deepEqual(said, ['1 service pour 1 besoin.', '0 service pour 2 besoins.',
    '1 dienst voor 0 behoeften.', '5 resultaten']);
});

await check('console: near the length limit the text says how long it is, and a longer paste says it was cut', async () => {
  const before = await page.inputValue('#situation');
  await page.fill('#situation', 'a'.repeat(4200));
  assert.match(await text('#situation-count'), /^4\s200 caractères sur 5\s000\.$/);
  await page.evaluate(() => {
    const area = document.getElementById('situation');
    const data = new DataTransfer();
    data.setData('text/plain', 'b'.repeat(6000));
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => /dépassait/.test(document.getElementById('situation-count').textContent));
  assert.match(await text('#situation-count'), /seuls les 5\s000 premiers sont pris en compte/);
  const again = page.waitForResponse((r) => isMatch(r.request()));
  await page.fill('#situation', before);
  await again;
  await page.locator('#groups .referral').first().waitFor();
  assert.equal(await text('#situation-count').catch(() => ''), '');
});

await check('console: removing a need (× by keyboard) matches again with the other needs', async () => {
  const before = await chipCodes();
  const remove = page.getByRole('button', { name: 'Retirer le besoin Aidants proches et répit' });
  await remove.focus();
  const sent = nextMatch();
  await page.keyboard.press('Enter');
  const body = (await sent).postDataJSON();
  assert.deepEqual(body.needs, before.filter((c) => c !== 'caregivers'));
  await page.locator('#groups [data-need="caregivers"]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#needs li[data-need="caregivers"]').count(), 0);
  assert.ok(await page.locator('#groups [data-need="diabetes"] .referral').count() > 0);
});

await check('console: an added need is sent to the match and gets its group from the server', async () => {
  const before = await chipCodes();
  await page.selectOption('#add-need', 'palliative');
  const sent = nextMatch();
  const answered = page.waitForResponse((r) => isMatch(r.request()));
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  assert.deepEqual((await sent).postDataJSON().needs, [...before, 'palliative']);
  const match = await (await answered).json();
  assert.deepEqual(match.needs.find((n) => n.theme === 'palliative'),
    { theme: 'palliative', confidence: 1, evidence: [], spans: [] });
  await page.locator('#groups [data-need="palliative"] .referral').first().waitFor();
  assert.equal(await page.locator('#needs li[data-need="palliative"].added').count(), 1);
  assert.equal(await text('#needs li[data-need="palliative"] .chip-note'), 'ajouté à la main');
  assert.match(await text('#groups [data-need="palliative"] h3'), /Soins palliatifs/);
  const fromServer = match.referrals.filter((r) => r.needs_covered.includes('palliative')).map((r) => r.id);
  const shown = await page.locator('#groups [data-need="palliative"] .referral')
    .evaluateAll((a) => a.map((x) => x.dataset.id));
  assert.ok(shown.every((id) => fromServer.includes(id)), `${shown} not in ${fromServer}`);
});

await check('console: typing on keeps the edited needs in every match request', async () => {
  const needs = await chipCodes();
  const sent = nextMatch();
  await page.locator('#situation').press('End');
  await page.locator('#situation').pressSequentially(', chutes', { delay: 5 });
  assert.deepEqual((await sent).postDataJSON().needs, needs);
  await page.waitForFunction(() => document.getElementById('answer').getAttribute('aria-busy') === 'false');
  assert.deepEqual(await chipCodes(), needs);
});

await check('console: the facts of the patient read in the text can be corrected and reset', async () => {
  assert.equal(await page.inputValue('#p-age'), '82');
  assert.equal(await page.inputValue('#p-sex'), 'f');
  assert.match(await text('#patient-note'), /Lu dans le texte/);
  let sent = nextMatch();
  await page.fill('#p-age', '45');
  await page.locator('#p-age').press('Tab'); // the change is committed as the field is left
  const body = (await sent).postDataJSON();
  assert.equal(body.patient.age, 45);
  assert.equal(body.patient.sex, 'f');
  assert.equal(body.patient.homeless, false);
  await page.waitForFunction(() => document.getElementById('answer').getAttribute('aria-busy') === 'false');
  assert.match(await text('#patient-note'), /Corrigé par vous/);
  sent = nextMatch();
  await page.check('#p-homeless');
  assert.equal((await sent).postDataJSON().patient.homeless, true);
  sent = nextMatch();
  await page.getByRole('button', { name: 'Revenir à ce que dit le texte' }).click();
  assert.equal((await sent).postDataJSON().patient, undefined);
  await page.waitForFunction(() => document.getElementById('p-age').value === '82');
  assert.equal(await page.isChecked('#p-homeless'), false);
});

await check('console: a related past answer opens, scrubbed, in the side panel', async () => {
  const link = page.locator('#related-answers a').first();
  assert.match(await link.getAttribute('href'), /^\/v1\/documents\/ans-/);
  await link.click();
  await page.locator('#panel dt', { hasText: 'Question' }).waitFor();
  assert.ok((await text('#panel-title')).length > 3);
  assert.match(await text('#panel .kind'), /Réponse passée · ans-/);
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#panel'), true);
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('href')), /ans-/);
});

await check('console: a card prints alone (print media shows only the card)', async () => {
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  const card = page.locator('#groups .referral').first();
  const name = await card.locator('h4').innerText();
  await card.locator('button.print-card').click();
  assert.equal(await page.evaluate(() => window.printed), true, 'window.print was not called');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#print-area'), true);
  assert.equal(await text('#print-area h2'), name);
  assert.match(await text('#print-area'), /Tél\./);
  for (const sel of ['main', 'header.top', '#groups']) assert.equal(await page.isHidden(sel), true, `${sel} prints`);
  await page.screenshot({ path: join(opts.out, 'print-card.png') });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.isVisible('main'), true);
});

await check('console: a card is copied as text in French', async () => {
  const card = page.locator('#groups .referral').first();
  const name = await card.locator('h4').innerText();
  await card.locator('button.copy-card').click();
  await page.waitForFunction(() => /copiée|Ctrl\+C/.test(document.getElementById('status').textContent));
  let copied;
  if ((await text('#status')).includes('copiée')) {
    copied = await page.evaluate(() => navigator.clipboard.readText());
  } else {
    copied = await card.locator('textarea.fallback').inputValue(); // fallback path
  }
  assert.equal(copied.split('\n')[0], name);
  assert.match(copied, /\nTél\. : \+32 2 000/);
  assert.match(copied, /\nAdresse : .+, 1\d{3} /);
  assert.match(copied, /\nPourquoi : /);
});

await check('console: the follow-up search shows facet counts and safe highlighted snippets', async () => {
  await page.fill('#q', 'diabète arabe');
  await page.selectOption('#f-kind', 'service');
  await page.locator('#search-results li').first().waitFor();
  assert.match(await text('#search-status'), /\d+ résultats/);
  assert.match(await page.locator('#f-kind option[value="answer"]').innerText(), /Réponse passée \(\d+\)/);
  const tags = await page.locator('#search-results .snippet *').evaluateAll((n) => [...new Set(n.map((x) => x.tagName))]);
  assert.deepEqual(tags, ['MARK']);
  const kinds = await page.locator('#search-results .kind').allInnerTexts();
  assert.ok(kinds.every((k) => k === 'Service'), `kinds ${kinds}`);
});

await check('console: a search beyond 500 matches says its counts are estimates', async () => {
  await page.fill('#q', '');
  await page.selectOption('#f-kind', ''); // everything: the 1,235 documents of the sample
  await page.waitForFunction(() => /environ \d/.test(document.querySelector('#search-status').textContent));
  assert.match(await text('#search-status'), /environ \d[\d\s]*\d résultats/);
  assert.match(await page.locator('#f-kind option[value="answer"]').innerText(), /\(≈\d+\)/);
});

await check('console: screenshot console.png', async () => {
  await page.screenshot({ path: join(opts.out, 'console.png'), fullPage: true });
  // The first screen, small enough for the README (docs/console.png).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(opts.out, 'console-screen.png') });
});

await check('console: a misspelt search offers its correction; one that found nothing says what ran', async () => {
  await page.fill('#q', 'diabète insulline'); // finds something as typed: the correction is offered
  await page.press('#q', 'Enter');
  const offer = page.locator('#search-status button.suggestion');
  await offer.waitFor();
  assert.equal(await offer.innerText(), 'Vouliez-vous dire « diabète insuline » ?');
  await offer.click();
  await page.waitForFunction(() => !document.querySelector('#search-status button.suggestion') &&
    /\d+ résultats/.test(document.querySelector('#search-status').textContent));
  assert.equal(await page.inputValue('#q'), 'diabète insuline');
  await page.fill('#q', 'paliatif'); // finds nothing as typed: the server ran the correction
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => /voici ceux de/.test(document.querySelector('#search-status').textContent));
  assert.match(await text('#search-status'), /\d+ résultats · aucun résultat pour « paliatif », voici ceux de « palliatif »/);
  assert.equal(await offer.count(), 0);
});

await check('console: an urgent situation says so above the needs, with its words', async () => {
  assert.equal(await page.isVisible('#urgency'), false);
  await page.fill('#situation', '');
  await page.locator('#needs-block').waitFor({ state: 'hidden' });
  await page.fill('#situation', 'Mme 45 ans, son mari la frappe, elle a peur pour sa vie, Saint-Gilles');
  await page.locator('#urgency').waitFor();
  assert.match(await text('#urgency'), /^Urgent : danger pour la vie .*« peur pour sa vie »/);
  await page.fill('#situation', '');
  await page.locator('#needs-block').waitFor({ state: 'hidden' });
  assert.equal(await page.isVisible('#urgency'), false);
  await page.fill('#situation', SITUATION);
  await page.locator('#groups .referral').first().waitFor();
});

await check('console: the NL switch relabels the page and the needs in Dutch', async () => {
  await page.click('[data-set-lang="nl"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await text('h1'), 'Antwoordconsole');
  assert.equal(await text('#needs li[data-need="diabetes"] .chip-label'), 'Diabetes');
  assert.match(await text('#groups [data-need="interpreting"] h3'), /Tolken en interculturele bemiddeling/);
  assert.equal(await page.getAttribute('[data-set-lang="nl"]', 'aria-pressed'), 'true');
  assert.match(await page.locator('#groups .copy-card').first().getAttribute('aria-label'), /kopiëren$/);
});

await check('console: without any need no match is sent; clearing the text goes back to detection', async () => {
  let sent = 0;
  const count = (r) => { if (isMatch(r)) sent += 1; };
  for (const code of await chipCodes()) {
    await page.click(`#needs li[data-need="${code}"] .chip-remove`);
    await page.locator(`#needs li[data-need="${code}"]`).waitFor({ state: 'detached' });
  }
  await page.waitForFunction(() => document.getElementById('answer').getAttribute('aria-busy') === 'false');
  assert.equal(await page.isVisible('#no-needs'), true);
  assert.equal(await page.locator('#groups .referral').count(), 0);
  page.on('request', count);
  await page.locator('#situation').pressSequentially(' !', { delay: 5 });
  await page.waitForTimeout(700); // past the 400 ms pause
  page.off('request', count);
  assert.equal(sent, 0, 'a match was sent without needs');
  await page.fill('#situation', '');
  await page.locator('#needs-block').waitFor({ state: 'hidden' });
  const again = nextMatch();
  await page.fill('#situation', SITUATION);
  assert.equal((await again).postDataJSON().needs, undefined);
  await page.locator('#needs li[data-need="caregivers"]:not(.added)').waitFor();
  await page.locator('#groups .referral').first().waitFor();
});

await check('console: Dutch is remembered and a Dutch situation works on a phone-sized screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.fill('#situation', SITUATION_NL);
  await page.keyboard.press('Control+Enter'); // Ctrl+Enter does not wait for the pause
  await page.locator('#groups .referral').first().waitFor();
  assert.match(await text('#location'), /Schaerbeek.*Noord-Oost/);
  assert.match(await text('#spoken'), /Turks/);
  const columns = await page.$eval('.columns', (n) => getComputedStyle(n).gridTemplateColumns.split(' ').length);
  assert.equal(columns, 1, 'not one column on a phone');
  await page.screenshot({ path: join(opts.out, 'console-nl.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

// ---- Analyst dashboard -------------------------------------------------------------------

const bars = '#chart-bassin svg rect.bar';

await check('dashboard: /analytics draws the bar chart and the month lines', async () => {
  await page.goto(`${base}/analytics?lang=fr`);
  await page.locator(bars).first().waitFor();
  assert.ok(await page.locator(bars).count() > 50, 'too few bars');
  assert.equal(await page.locator('#bassin-legend li').count(), 5);
  assert.match(await page.locator('#chart-bassin svg').innerHTML(), /Nombre de réponses/);
  await page.locator('#chart-month svg path[data-series]').first().waitFor(); // its own request
  assert.ok(await page.locator('#chart-month svg path[data-series]').count() >= 3);
  assert.match(await text('#range'), /\d\D?\d{3} réponses/);
});

await check('dashboard: trends flag a rising theme with its p-value; gaps are highlighted', async () => {
  await page.locator('#trends-table tr.rising').first().waitFor();
  const row = await text('#trends-table tr.rising');
  assert.match(row, /Santé mentale/);
  assert.match(row, /(< )?0,0\d+/);
  assert.match(row, /en hausse/);
  // Each table is drawn when its own report arrives: wait for them, not only for the trends.
  await page.locator('#gaps-table td.gap').first().waitFor();
  await page.locator('#cooc-table tbody tr').nth(5).waitFor();
});

await check('dashboard: the bassin filter redraws the chart with that bassin only', async () => {
  await page.selectOption('#bassin', 'sud');
  await page.waitForFunction(() => document.querySelectorAll('#bassin-legend li').length === 1);
  const keys = await page.locator(bars).evaluateAll((r) => [...new Set(r.map((x) => x.dataset.key))]);
  assert.deepEqual(keys, ['sud']);
  assert.match(page.url(), /bassin=sud/);
});

await check('dashboard: a bar (Enter on it) lists the answer ids behind it, 20 at a time', async () => {
  await page.locator(bars).first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#drill-list li').first().waitFor();
  const label = await text('#drill-label');
  const n = Number(label.match(/(\d+) réponses/)[1]);
  const ids = await page.locator('#drill-list a').allInnerTexts();
  assert.equal(ids.length, Math.min(n, 20));
  assert.ok(ids.every((id) => /^ans-\d{4}-\d{4}$/.test(id)), ids.join(' '));
  if (n > 20) {
    await page.click('#drill-more');
    assert.equal(await page.locator('#drill-list li').count(), Math.min(n, 40));
  }
});

await check('dashboard: an answer id opens the scrubbed answer', async () => {
  const first = page.locator('#drill-list a').first();
  const id = await first.innerText();
  await first.click();
  await page.locator('#panel dt', { hasText: 'Réponse' }).waitFor();
  assert.match(await text('#panel .kind'), new RegExp(id));
  assert.match(await text('#panel'), /Sud/);
  await page.click('#panel-close');
  assert.equal(await page.isHidden('#panel'), true);
});

await check('dashboard: a bad range shows the server message, not a blank page', async () => {
  await page.fill('#from', '2025-06');
  await page.fill('#to', '2025-01');
  await page.click('#filters button[type="submit"]');
  await page.locator('#error').waitFor();
  assert.match(await text('#error'), /Requête refusée \(400\).*2025-06/);
  await page.click('#reset');
  await page.locator('#error').waitFor({ state: 'hidden' });
  await page.locator('#bassin-legend li').nth(4).waitFor();
});

await check('dashboard: screenshot analytics.png', async () => {
  await page.locator(bars).first().click();
  await page.screenshot({ path: join(opts.out, 'analytics.png'), fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(opts.out, 'analytics-screen.png') });
});

await browser.close();
console.log(`${count} passed, 0 failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
