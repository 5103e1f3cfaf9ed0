// Browser tests of the programme of work (P1.2, P2.2): the public programme of the demo meeting
// renders its DEMO sessions and is accessible, and an ISU user adds a session through the form
// (and sees a refused one come back with what was typed), each page checked with axe-core.
//
// Run from e2e/:  TREATYDESK_BIN=$PWD/../target/debug/treatydesk node --test

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

const STEP_TIMEOUT_MS = STEP.timeout;

let t; // the server and browser of support.mjs
let baseUrl;
let isuPassword;
let page;
const visit = (p) => t.visit(p);
const assertNoAxeViolations = (label) => t.noAxeViolations(label);

before(async () => {
  t = await start('programme');
  ({ page, baseUrl } = t);
  isuPassword = t.password('demo-isu', 'isu-staff');
}, { timeout: 120_000 });

after(async () => {
  await t?.stop();
}, { timeout: 30_000 });

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// steps (run in order, sharing one browser context and so one session)

let label; // the demo meeting carrying the programme: 2ISM when on record, else 13MSP

test('the public programme of the demo meeting shows its DEMO sessions', { timeout: STEP_TIMEOUT_MS }, async () => {
  for (const candidate of ['2ISM', '13MSP']) {
    const response = await page.request.get(new URL(`/api/v1/conventions/ccm/meetings/${candidate}/programme`, baseUrl).href);
    if (response.ok() && (await response.json()).days.length > 0) { label = candidate; break; }
  }
  assert.ok(label, 'neither 2ISM nor 13MSP has the demo programme');
  await visit(`/ccm/meetings/${label}/programme`);
  const h1 = await page.locator('h1').first().innerText();
  assert.ok(h1.includes(label), `h1 is "${h1}"`);
  const text = await page.locator('main').innerText();
  for (const expected of ['Opening of the meeting', 'National Implementation Measures', 'Side event', 'DEMO', 'List of speakers']) {
    assert.ok(text.includes(expected), `"${expected}" is not on the programme`);
  }
  assert.ok(await page.locator('table.programme caption').count() >= 3, 'one captioned table per day');
  await assertNoAxeViolations('programme page (en)');
});

test('the programme in Arabic is right-to-left and accessible', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit(`/ccm/meetings/${label}/programme?lang=ar`);
  const dir = await page.evaluate(() => document.documentElement.getAttribute('dir'));
  assert.equal(dir, 'rtl');
  await assertNoAxeViolations('programme page (ar)');
  await visit(`/ccm/meetings/${label}/programme?lang=en`);
});

test('login as demo-isu', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/login');
  const form = page.locator('form.login');
  await form.locator('input[name="username"]').fill('demo-isu');
  await form.locator('input[name="password"]').fill(isuPassword);
  await form.locator('button[type="submit"]').click();
  await page.locator('header').filter({ hasText: /demo-isu/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
});

test('a refused session comes back with what was typed and the reason', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit(`/ccm/meetings/${label}/programme/edit`);
  await assertNoAxeViolations('programme editor');
  const form = page.locator('form.session-form');
  await form.locator('#f-title').fill('Backwards session (e2e)');
  await form.locator('#f-starts_at').fill('12:00');
  await form.locator('#f-ends_at').fill('11:00');
  await form.locator('#f-room').fill('Room XX');
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  const alert = await page.locator('#problems').innerText();
  assert.ok(alert.includes('must start before it ends'), `problems: ${alert}`);
  assert.equal(await page.locator('#f-title').inputValue(), 'Backwards session (e2e)', 'what was typed is kept');
  await assertNoAxeViolations('programme editor with problems');
});

test('the ISU adds a session through the form and it is on the public programme', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit(`/ccm/meetings/${label}/programme/edit`);
  const form = page.locator('form.session-form');
  const lastDay = await form.locator('#f-day').getAttribute('max');
  assert.ok(lastDay, 'the day field is bounded by the meeting');
  await form.locator('#f-title').fill('Informal consultations (e2e test)');
  await form.locator('#f-day').fill(lastDay);
  await form.locator('#f-starts_at').fill('10:00');
  await form.locator('#f-ends_at').fill('11:30');
  await form.locator('#f-room').fill('Room XX');
  await form.locator('#f-format').selectOption('interactive-dialogue');
  await form.locator('#f-body').selectOption('wg-b');
  await form.locator('#f-description').fill('Added by the browser test.');
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/saved=1/);
  assert.ok((await page.locator('main').innerText()).includes('Informal consultations (e2e test)'));
  await visit(`/ccm/meetings/${label}/programme`);
  const row = page.locator('tr', { hasText: 'Informal consultations (e2e test)' });
  assert.equal(await row.count(), 1, 'the new session is on the public programme');
  const rowText = await row.innerText();
  assert.ok(rowText.includes('10:00') && rowText.includes('11:30') && rowText.includes('Interactive dialogue'), rowText);
  await assertNoAxeViolations('programme page with the new session');
});
