// Browser tests of registration (SPEC P1.1): a person registers for the 3RC through the public
// form (first with a mistake, which is answered with every field as typed and the problem linked),
// ISU staff approve the registration, and the list of participants shows the person, with its
// CSV, XLSX and PDF downloads. Then (issue 18 item 7) Nigeria's focal point registers two people
// of its delegation in one post with one note verbale and sees their references, and ISU staff
// approve both at once. Every page is checked with axe-core.
//
// Run from e2e/:  TREATYDESK_BIN=$PWD/../target/debug/treatydesk node --test
// The demo opens registration for the 3RC with a made-up deadline (DEMO) six months ahead.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { start, STEP } from './support.mjs';

const STEP_TIMEOUT_MS = STEP.timeout;

let t; // the server and browser of support.mjs
let isuPassword;
let page;
const visit = (p) => t.visit(p);
const assertNoAxeViolations = (label) => t.noAxeViolations(label);

before(async () => {
  t = await start('registration');
  ({ page } = t);
  isuPassword = t.password('demo-isu', 'isu-staff');
}, { timeout: 120_000 });

after(async () => {
  await t?.stop();
}, { timeout: 30_000 });

// ---------------------------------------------------------------------------------------------
// steps (run in order, sharing one browser context)

const EMAIL = `adaeze.okafor.${Date.now()}@example.org`;

async function fillRegistration({ family }) {
  const form = page.locator('form.register');
  await form.locator('#category').selectOption('ngo');
  await form.locator('#organization').fill('Landmine Action Network');
  await form.locator('#family_name').fill(family);
  await form.locator('#given_name').fill('Adaeze');
  await form.locator('#email').fill(EMAIL);
  await form.locator('#role').selectOption('member');
  return form;
}

test('the registration form for the 3RC is public and accessible', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3RC/register');
  assert.ok((await page.locator('h1').first().innerText()).includes('3RC'));
  await assertNoAxeViolations('registration form');
});

test('a mistake is answered with the form as typed and the problem linked to its field', { timeout: STEP_TIMEOUT_MS }, async () => {
  const form = await fillRegistration({ family: '' });
  // Let the server, not the browser, check the form (as it must for clients without validation).
  await page.evaluate(() => { document.querySelector('form.register').noValidate = true; });
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  const problems = await page.locator('#problems').innerText();
  assert.ok(problems.includes('Family name'), `problems: ${problems}`);
  assert.equal(await page.locator('#given_name').inputValue(), 'Adaeze', 'the given name is kept');
  assert.equal(await page.locator('#email').inputValue(), EMAIL, 'the e-mail is kept');
  assert.equal(await page.locator('#family_name').getAttribute('aria-invalid'), 'true');
  await assertNoAxeViolations('registration form with errors');
});

test('a person registers and sees the confirmation', { timeout: STEP_TIMEOUT_MS }, async () => {
  const form = await fillRegistration({ family: 'Okafor' });
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/\/ccm\/meetings\/3RC\/register\/done\?ref=3RC-REG-\d{4}$/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('pending review'), `confirmation: ${text}`);
  // Issue 18 item 7: the confirmation carries the registration's reference.
  assert.match(await page.locator('#reference').innerText(), /3RC-REG-\d{4}/);
  await assertNoAxeViolations('registration confirmation');
});

test('ISU staff sign in and approve the registration', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/login');
  const login = page.locator('form.login');
  await login.locator('input[name="username"]').fill('demo-isu');
  await login.locator('input[name="password"]').fill(isuPassword);
  await login.locator('button[type="submit"]').click();
  await page.locator('header').filter({ hasText: 'demo-isu' }).first().waitFor({ state: 'visible' });
  await visit('/ccm/meetings/3RC/registrations');
  await assertNoAxeViolations('registrations (ISU)');
  await page.locator('button[aria-label="Approve Adaeze Okafor"]').click();
  await page.waitForURL(/\/ccm\/meetings\/3RC\/registrations$/);
  const approved = await page.locator('#status-approved + table').innerText();
  assert.ok(approved.includes(EMAIL), `approved list: ${approved}`);
  await assertNoAxeViolations('registrations after approval');
});

async function download(extension) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`a[href$="participants.${extension}"]`).click(),
  ]);
  const where = await file.path();
  return readFile(where);
}

test('the participants list shows the person, with CSV, XLSX and PDF downloads', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3RC/participants');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Okafor') && text.includes('Landmine Action Network'), `participants: ${text}`);
  await assertNoAxeViolations('participants list');
  const csv = (await download('csv')).toString('utf8');
  assert.ok(csv.startsWith('category,delegation,family_name,given_name,role'), csv);
  assert.ok(csv.includes('ngo,Landmine Action Network,Okafor,Adaeze,member'), csv);
  const xlsx = await download('xlsx');
  assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK', 'the XLSX is a zip');
  const pdf = await download('pdf');
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  // The names are drawn with embedded subset fonts in compressed streams: read the text the
  // way a reader would, with poppler's pdftotext (poppler-utils, installed by .ci/run).
  const extracted = spawnSync('pdftotext', ['-', '-'], { input: pdf });
  assert.equal(extracted.status, 0, `pdftotext: ${extracted.error ?? extracted.stderr}`);
  assert.ok(extracted.stdout.toString('utf8').includes('Okafor'), 'the PDF draws the name');
});

const NOTE_VERBALE = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

test('a focal point registers two people of its delegation with one note verbale', { timeout: STEP_TIMEOUT_MS }, async () => {
  await t.signIn('demo-focal-point');
  await visit('/ccm/meetings/3RC/delegation');
  assert.ok((await page.locator('h1').innerText()).includes('Nigeria'));
  await assertNoAxeViolations('delegation page');
  const form = page.locator('form.register');
  await form.locator('#family_name_0').fill('Bello');
  await form.locator('#given_name_0').fill('Musa');
  await form.locator('#email_0').fill(`musa.bello.${Date.now()}@example.org`);
  await form.locator('#role_0').selectOption('head');
  await form.locator('#family_name_1').fill('Okoro');
  await form.locator('#given_name_1').fill('Ngozi');
  await form.locator('#email_1').fill(`ngozi.okoro.${Date.now()}@example.org`);
  await form.locator('#role_1').selectOption('member');
  await form.locator('#credentials').setInputFiles({ name: 'note-verbale.pdf', mimeType: 'application/pdf', buffer: NOTE_VERBALE });
  await t.submit(form.locator('button[type="submit"]'));
  assert.match(page.url(), /\/ccm\/meetings\/3RC\/delegation\?state=NGA&post=\d+$/);
  const posted = await page.locator('#posted').innerText();
  assert.match(posted, /3RC-NGA-\d{4}[\s\S]*3RC-NGA-\d{4}/, `references: ${posted}`);
  await assertNoAxeViolations('delegation page after a post');
});

test('ISU staff approve the two people of the delegation at once', { timeout: STEP_TIMEOUT_MS }, async () => {
  await t.signIn('demo-isu', isuPassword);
  await visit('/ccm/meetings/3RC/registrations');
  const pending = page.locator('#decide');
  for (const name of ['Musa Bello', 'Ngozi Okoro']) {
    await pending.getByLabel(`Select ${name}`, { exact: true }).check();
  }
  await t.submit(pending.locator('button:text-is("Approve selected")'));
  const approved = await page.locator('#status-approved + table').innerText();
  assert.ok(approved.includes('Okoro') && approved.includes('3RC-NGA-'), `approved list: ${approved}`);
  await assertNoAxeViolations('registrations after approving several');
});
