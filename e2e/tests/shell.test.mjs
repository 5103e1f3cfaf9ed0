// Browser tests of TreatyDesk's page shell: language switch (LTR/RTL), login, the States pages
// and the audit log, each checked with axe-core for accessibility violations.
//
// Run from e2e/:  TREATYDESK_BIN=$PWD/../target/debug/treatydesk node --test
// The server (`treatydesk serve --demo` on a free loopback port, a fresh data directory) and
// Debian's chromium come from support.mjs, as for every e2e test.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

const STEP_TIMEOUT_MS = STEP.timeout;

let t; // the server and browser of support.mjs
let isuPassword;
let page;
const visit = (p) => t.visit(p);
const assertNoAxeViolations = (label) => t.noAxeViolations(label);
const htmlAttrs = () => t.htmlAttrs();
const switchLanguage = (lang) => t.switchLanguage(lang);

before(async () => {
  t = await start('shell');
  ({ page } = t);
  isuPassword = t.password('demo-isu', 'isu-staff');
}, { timeout: 120_000 });

after(async () => {
  await t?.stop();
}, { timeout: 30_000 });

// ---------------------------------------------------------------------------------------------
// steps (run in order, sharing one browser context and so one session)

test('home page /ccm shows its heading and has no axe violations', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm');
  assert.ok(await page.locator('h1').first().isVisible(), 'h1 is not visible on /ccm');
  await assertNoAxeViolations('home page (en)');
});

test('language switch to Arabic makes the page right-to-left, then back to English', { timeout: STEP_TIMEOUT_MS }, async () => {
  await switchLanguage('ar');
  let attrs = await htmlAttrs();
  assert.equal(attrs.lang, 'ar', `<html lang> after switching to Arabic (${page.url()})`);
  assert.equal(attrs.dir, 'rtl', `<html dir> after switching to Arabic (${page.url()})`);
  assert.ok(await page.locator('h1').first().isVisible(), 'h1 is not visible in Arabic');
  await assertNoAxeViolations('home page (ar, rtl)');

  await switchLanguage('en');
  attrs = await htmlAttrs();
  assert.equal(attrs.lang, 'en', `<html lang> after switching back to English (${page.url()})`);
  assert.notEqual(attrs.dir, 'rtl', `<html dir> after switching back to English (${page.url()})`);
});

test('login as demo-isu', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/login');
  await assertNoAxeViolations('login page');
  const form = page.locator('form.login');
  await form.locator('input[name="username"]').fill('demo-isu');
  await form.locator('input[name="password"]').fill(isuPassword);
  await form.locator('button[type="submit"]').click();
  const who = page.locator('header').filter({ hasText: /demo-isu|Demo account: ISU staff/ }).first();
  try {
    await who.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    const header = await page.locator('header').first().innerText().catch(() => '(no header)');
    assert.fail(`after login, the header does not show demo-isu (${page.url()}); header text:\n${header}`);
  }
});

test('States list /ccm/states has a table of States including Nigeria', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/states');
  assert.ok(await page.locator('table').count() > 0, 'no table on /ccm/states');
  const rows = await page.locator('table tbody tr').count();
  assert.ok(rows >= 50, `expected at least 50 rows of States, found ${rows}`);
  const text = await page.locator('body').innerText();
  assert.ok(text.includes('Nigeria'), 'Nigeria is not on /ccm/states');
  await assertNoAxeViolations('States list');
});

test('State page /ccm/states/NGA is about Nigeria', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/states/NGA');
  const h1 = await page.locator('h1').first().innerText();
  assert.ok(h1.includes('Nigeria'), `h1 of /ccm/states/NGA is "${h1}"`);
  await assertNoAxeViolations('State page (NGA)');
});

test('audit log /ccm/audit is readable by ISU staff', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/audit');
  assert.ok(await page.locator('table').count() > 0, 'no table on /ccm/audit');
  await assertNoAxeViolations('audit log');
});

test('architecture as of 1 March 2013: pick the date, see the holders', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/architecture');
  await page.locator('#f-as-of').fill('2013-03-01');
  await page.locator('form.filters button[type="submit"]').click();
  await page.waitForURL(/as_of=2013-03-01/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Costa Rica'), 'Costa Rica holds seat a-2 on 1 March 2013');
  assert.ok(text.includes('Vacant'), 'the first-round one-cycle seats are vacant then');
  await assertNoAxeViolations('architecture page');
});

test('the Coordination Committee on 1 March 2013 is chaired by Norway', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/committee?as_of=2013-03-01');
  const first = await page.locator('table tbody tr').first().innerText();
  assert.ok(first.includes('Norway') && first.includes('Chair'), `first member row: ${first}`);
  await assertNoAxeViolations('committee page');
});

test('the timeline draws every term and has a table alternative', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/timeline');
  assert.ok(await page.locator('svg.timeline rect.term').count() >= 30, 'terms drawn');
  assert.ok(await page.locator('#terms tbody tr').count() >= 30, 'terms in the table');
  await assertNoAxeViolations('timeline page');
});

test('findings of the 2MSP record are listed for ISU staff', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/findings');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('cites no decision of that meeting'), 'the 3MSP appointment of Costa Rica cites no decision');
  await assertNoAxeViolations('findings page');
});

test('the findings page in Arabic reads right to left with Arabic sentences (issue 19)', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/findings?lang=ar');
  assert.equal((await htmlAttrs()).dir, 'rtl');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('إلى أي مقرر صادر عن ذلك الاجتماع'), 'the 3MSP appointment finding is said in Arabic');
  assert.ok(!text.includes('cites no decision of that meeting'), 'no finding is left in English');
  // The sentence's own box runs right to left too (not only the page's frame).
  const finding = page.locator('main td', { hasText: 'إلى أي مقرر صادر' }).first();
  assert.equal(await finding.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  await assertNoAxeViolations('findings page (ar)');
});

test('a handover note is written on a seat and shown (P2.7)', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/seats/a-2');
  const form = page.locator('form.stack').first();
  await form.locator('textarea').fill('Open items: the 2012 intersessional programme.');
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/saved=1/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Open items: the 2012 intersessional programme.'), 'the note is shown');
  await assertNoAxeViolations('seat page');
});

test('the architecture page in Arabic is right-to-left and accessible', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/architecture?lang=ar');
  assert.equal((await htmlAttrs()).dir, 'rtl');
  await assertNoAxeViolations('architecture page (ar)');
  await visit('/ccm/architecture?lang=en');
});

test('the rotation planner proposes proved slates for the 3RC', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3RC/plan?horizon=2');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Slate 1'), 'slate 1 shown');
  assert.ok(text.includes('Proved optimal'), 'the proof is stated');
  assert.ok(text.includes('DEMO'), 'made-up nominations say so');
  await assertNoAxeViolations('planner page');
});

test('the ISU previews a 3MSP appointment and sees the P2.6 warning before saving', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3MSP/appointments');
  await assertNoAxeViolations('appointments form');
  // The Holy See's first-round term on a-2 ends at the 3MSP: taking b-2 there is the term
  // immediately following (P2.6).
  await page.locator('#holder-b-2').fill('VAT');
  await page.locator('button[name="action"][value="preview"]').click();
  await page.waitForLoadState('load');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('P2.6'), 'the P2.6 warning is shown');
  assert.equal(await page.locator('#holder-b-2').inputValue(), 'VAT', 'what was typed is kept');
  await assertNoAxeViolations('appointments preview');
});
