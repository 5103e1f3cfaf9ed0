// Browser test of transparency reports filled online (issue 17 item 1; CCM Art. 7, forms A-J):
// Nigeria's focal point fills Form B of its annual report for 2023 with a stockpile, saves a
// draft, submits it restricted to States Parties; an anonymous reader cannot open it, another
// State Party's reader (the demo coordinator) can; Nigeria's 2023 report leaves the overdue
// list. Every page visited has no axe violations, in English and in Arabic (right to left).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);
let reportPath;

// The periods of Nigeria's overdue annual reports, as the public overdue list groups them.
const nigeriaOverduePeriods = async () => {
  await visit('/ccm/obligations/overdue');
  const row = page.locator('#overdue tr[data-state="NGA"][data-obligation="art7-annual"]');
  return (await row.count()) === 0 ? '' : row.locator('td').nth(1).innerText();
};

before(async () => {
  t = await start('reports');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

test('the public reports list and the compiled picture', STEP, async () => {
  await visit('/ccm/reports');
  const text = await page.locator('#reports').innerText();
  assert.ok(text.includes('Germany') && text.includes('Lao'), text);
  assert.ok(!text.includes('Chile'), 'a restricted demo report is not listed to the public');
  await noAxeViolations('reports list');
  await visit('/ccm/reports/compiled');
  assert.ok((await page.locator('#compiled-years').innerText()).includes('2023'));
  await noAxeViolations('compiled picture');
  await visit('/ccm/reports/compiled?lang=ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('compiled picture (ar)');
  await visit('/ccm/reports/compiled?lang=en');
});

test('Nigeria\'s focal point fills Form B, saves a draft and submits it restricted', STEP, async () => {
  const before = await nigeriaOverduePeriods();
  assert.ok(before.includes('2023'), `Nigeria's 2023 report is overdue before: ${before}`);
  await t.signIn('demo-focal-point');
  await visit('/ccm/states/NGA/obligations');
  await page.locator('#deadlines tr', { hasText: '2023' }).getByRole('link', { name: 'Fill in online' }).click();
  await page.waitForLoadState('load');
  await noAxeViolations('new report form');
  assert.equal(await page.locator('#r-period').inputValue(), '2023');
  await page.fill('input[name="B_0_0"]', 'e2e: made-up munition');
  await page.fill('input[name="B_0_1"]', '250');
  await page.fill('input[name="B_0_2"]', 'e2e lot');
  await page.fill('input[name="B_0_3"]', '40');
  await page.fill('#r-A-text', 'e2e: national measures, made up');
  await t.submit(page.getByRole('button', { name: 'Save as draft' }));
  reportPath = new URL(page.url()).pathname;
  assert.match(reportPath, /^\/ccm\/reports\/\d+$/);
  assert.equal(await page.locator('#report-status').innerText(), 'Draft');
  assert.equal(await page.locator('input[name="B_0_1"]').inputValue(), '250');
  await noAxeViolations('the draft');
  await visit(`${reportPath}?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('the draft (ar)');
  await visit(`${reportPath}?lang=en`);
  await page.check('#r-access-sp');
  await t.submit(page.getByRole('button', { name: 'Submit the report' }));
  assert.equal(await page.locator('#report-status').innerText(), 'Submitted');
  assert.ok((await page.locator('#report-access').innerText()).includes('States Parties'));
});

test('anonymous readers cannot read it; another State Party\'s reader can', STEP, async () => {
  await t.context.clearCookies();
  const anonymous = await page.goto(t.baseUrl + reportPath);
  assert.equal(anonymous.status(), 404);
  await t.signIn('demo-coordinator');
  await visit(reportPath);
  const b = await page.locator('#form-B').innerText();
  assert.ok(b.includes('e2e: made-up munition') && b.includes('250'), b);
  await noAxeViolations('the submitted report, read by a State Party');
});

test('Nigeria\'s 2023 report has left the overdue list', STEP, async () => {
  const after = await nigeriaOverduePeriods();
  assert.ok(!after.includes('2023') && after.includes('2024'), `Nigeria's 2023 report is no longer overdue: ${after}`);
});
