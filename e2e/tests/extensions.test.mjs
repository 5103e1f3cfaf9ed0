// Browser test of extension requests (issue 17 item 2; CCM Art. 4.5-4.8): the ISU records
// Nigeria as affected from its entry into force (Art. 4 deadline 1 Aug 2033); Nigeria's focal
// point files an Art. 4 request for the Third Review Conference; the ISU records its analysis
// as a document of the 3RC and attaches it; the decision grants a shorter period than asked,
// with benchmarks; the State's deadline moves to 1 Aug 2035. Every page visited has no axe
// violations, in English and in Arabic (right to left).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);
const art4Row = () => page.locator('#deadlines tr[data-obligation="art4-clearance"]');
let requestPath;

before(async () => {
  t = await start('extensions');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

test('the public list shows the demo requests with the late one warned', STEP, async () => {
  await visit('/ccm/extensions');
  const text = await page.locator('#extension-requests').innerText();
  assert.ok(text.includes('12MSP') && text.includes('13MSP'), text);
  await noAxeViolations('extension requests');
  await page.locator('#extension-requests a', { hasText: 'Lao' }).click();
  await page.waitForLoadState('load');
  const findings = await page.locator('#ext-findings').innerText();
  assert.ok(findings.includes('10 December 2023'), findings);
  assert.ok((await page.locator('#ext-analysis').innerText()).includes('CCM/MSP/2024/6'));
  await noAxeViolations('a demo request');
});

test('the ISU records Nigeria as affected from its entry into force', STEP, async () => {
  await t.signIn('demo-isu');
  await visit('/ccm/states/NGA');
  await page.selectOption('#pr-kind', 'affected');
  await page.fill('#pr-from', '2023-08-01');
  await page.fill('#pr-source', 'e2e: made up to try an Art. 4 request');
  await t.submit(page.getByRole('button', { name: 'Record the period' }));
  await visit('/ccm/states/NGA/obligations');
  assert.ok((await art4Row().innerText()).includes('1 August 2033'), await art4Row().innerText());
});

test('Nigeria\'s focal point files an Art. 4 request', STEP, async () => {
  await t.signIn('demo-focal-point');
  await visit('/ccm/extensions/new?obligation=art4-clearance');
  await noAxeViolations('filing form');
  await page.selectOption('#x-state', 'NGA');
  await page.selectOption('#x-meeting', '3RC');
  await page.fill('#x-asked-to', '2036-08-01');
  for (const k of 'abcdefghi') {
    await page.fill(`#x-content-${k}`, `e2e: content (${k})`);
  }
  await t.submit(page.getByRole('button', { name: 'Submit', exact: true }));
  requestPath = new URL(page.url()).pathname;
  assert.match(requestPath, /^\/ccm\/extensions\/\d+$/);
  assert.equal(await page.locator('#ext-status').innerText(), 'Submitted');
  assert.ok((await page.locator('#ext-deadline').innerText()).includes('1 August 2033'));
  await noAxeViolations('the request, as filed');
  await visit(`${requestPath}?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('the request (ar)');
  await visit(`${requestPath}?lang=en`);
});

test('the ISU attaches its analysis, a document of the 3RC', STEP, async () => {
  await t.signIn('demo-isu');
  await visit('/ccm/documents/new');
  await page.fill('#n-symbol', 'CCM/CONF/2026/9');
  await page.fill('#n-title', 'e2e: analysis of the request of Nigeria and draft decision');
  await page.selectOption('#n-meeting', '3RC');
  await page.fill('#n-issued', '2026-06-01');
  await t.submit(page.getByRole('button', { name: 'Record the document' }));
  await visit(requestPath);
  await noAxeViolations('the request (ISU)');
  await page.fill('#x-symbol', 'CCM/CONF/2026/9');
  await t.submit(page.getByRole('button', { name: 'Attach the analysis' }));
  assert.ok((await page.locator('#ext-analysis').innerText()).includes('CCM/CONF/2026/9'));
});

test('the decision grants a shorter period and the deadline moves', STEP, async () => {
  await page.check('#x-granted');
  await page.fill('#x-decision', '3RC decision (e2e)');
  await page.fill('#x-decided-on', '2026-09-10');
  await page.fill('#x-granted-to', '2035-08-01');
  await page.fill('#x-benchmarks', 'e2e: half of the remaining area by 2034');
  await t.submit(page.getByRole('button', { name: 'Record the decision' }));
  const outcome = await page.locator('#ext-outcome').innerText();
  assert.ok(outcome.includes('Granted') && outcome.includes('1 August 2035'), outcome);
  await noAxeViolations('the request, decided');
  await visit('/ccm/states/NGA/obligations');
  assert.ok((await art4Row().innerText()).includes('1 August 2035'), await art4Row().innerText());
  await noAxeViolations('Nigeria\'s deadlines');
});
