// Issue 14 item 5's "Done when", in Chromium: ISU staff generate the draft of the ISU's report
// to the 13MSP from the record on /ccm/isu/reports, edit its prose, and publish it under the
// suggested symbol; the public then reads it (HTML) and its PDF link answers application/pdf
// with the figures in it (read back with pdftotext), in Arabic too. Every page visited has no
// axe violations (the report in Arabic too). Starts its own server through support.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { start, STEP } from './support.mjs';

let t;
let page;
let reportUrl;
let symbol;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

before(async () => {
  t = await start('isu-report');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

async function signIn(user) {
  await t.context.clearCookies();
  await visit('/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', t.password(user));
  await page.click('main button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function submit(button) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

test('ISU staff generate the draft of the report to the 13MSP', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/isu/reports');
  await noAxeViolations('reports with the generate form (ISU)');
  await page.selectOption('#g-meeting', '13MSP');
  await submit(page.getByRole('button', { name: 'Generate a draft from the record' }));
  assert.match(page.url(), /\/ccm\/isu\/reports\/\d+\?saved=1/);
  reportUrl = new URL(page.url()).pathname;
  const status = await page.locator('#report-status').innerText();
  assert.ok(status.includes('draft'), status);
  assert.ok((await page.locator('h1').innerText()).includes('13MSP'));
  assert.ok((await page.locator('#period').innerText()).includes('2025'));
  await noAxeViolations('draft report with its forms (ISU)');
});

test('ISU staff edit the prose and publish the report', STEP, async () => {
  await page.fill('#i-general', 'E2E: the ISU supported the Convention throughout the period.');
  await page.fill('#c-finances', 'E2E: the funding gap remains.');
  await submit(page.getByRole('button', { name: 'Save the prose' }));
  let text = await page.locator('main').innerText();
  assert.ok(text.includes('E2E: the ISU supported the Convention throughout the period.'), text);
  symbol = await page.inputValue('#p-symbol');
  assert.match(symbol, /^CCM\/MSP\/2025\/\d+$/);
  await submit(page.getByRole('button', { name: 'Publish as a document of the meeting' }));
  text = await page.locator('#report-status').innerText();
  assert.ok(text.includes('published') && text.includes(symbol), text);
  assert.equal(await page.locator('#p-symbol').count(), 0);
  await noAxeViolations('published report (ISU)');
});

test('the public reads the published report and its PDF', STEP, async () => {
  await t.context.clearCookies();
  await visit('/ccm/isu/reports');
  assert.ok((await page.locator('#reports').innerText()).includes(symbol));
  await noAxeViolations('reports (public)');
  await visit(reportUrl);
  const figure = (await page.locator('#figure-messages').innerText()).trim();
  await noAxeViolations('published report (public)');
  const pdf = await page.request.get(new URL(`${reportUrl}.pdf`, t.baseUrl).href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const bytes = Buffer.from(await pdf.body());
  const extracted = spawnSync('pdftotext', ['-', '-'], { input: bytes });
  assert.equal(extracted.status, 0, `pdftotext: ${extracted.error ?? extracted.stderr}`);
  const words = extracted.stdout.toString('utf8');
  assert.ok(words.includes(symbol), words);
  assert.ok(words.includes('Messages sent') && words.includes(figure), words);
  await visit(`${reportUrl}?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('published report (Arabic)');
  const ar = await page.request.get(new URL(`${reportUrl}.pdf?lang=ar`, t.baseUrl).href);
  assert.equal(ar.headers()['content-type'], 'application/pdf');
  const arWords = spawnSync('pdftotext', ['-', '-'], { input: Buffer.from(await ar.body()) }).stdout.toString('utf8');
  assert.ok(arWords.includes('الشؤون المالية'), arWords);
});
