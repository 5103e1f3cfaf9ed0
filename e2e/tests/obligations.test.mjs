// Browser test of obligations (issue 16): the ISU records South Sudan's initial transparency
// report (Art. 7.1, due 30 Jul 2024) as received; the overdue list as of that day changes; the
// State's page shows its next deadline. Every page visited has no axe violations.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);
const AS_OF = '2024-08-01';
const ssdInitial = () => page.locator('tr[data-state="SSD"][data-obligation="art7-initial"]');

before(async () => {
  t = await start('obligations');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

function password(user) {
  const m = t.output().match(new RegExp(`${user}\\s+\\S+\\s+(\\S+)`));
  assert.ok(m, `password of ${user} printed`);
  return m[1];
}

let countBefore;

test('the overdue list as of 1 Aug 2024 shows South Sudan\'s initial report', STEP, async () => {
  await visit(`/ccm/obligations/overdue?as_of=${AS_OF}`);
  assert.equal(await ssdInitial().count(), 1);
  countBefore = await page.locator('#overdue-count').innerText();
  await noAxeViolations('overdue list');
  await visit(`/ccm/obligations/overdue?as_of=${AS_OF}&lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('overdue list (ar)');
  await visit(`/ccm/obligations/overdue?as_of=${AS_OF}&lang=en`);
});

test('ISU staff record the initial report as received', STEP, async () => {
  await visit('/login');
  await page.fill('input[name=username]', 'demo-isu');
  await page.fill('input[name=password]', password('demo-isu'));
  await page.click('main button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await visit(`/ccm/states/SSD/obligations?as_of=${AS_OF}`);
  const row = page.locator('#deadlines tr[data-obligation="art7-initial"]');
  assert.ok((await row.innerText()).includes('Overdue'));
  await noAxeViolations('State obligations (ISU)');
  await page.selectOption('#o-obligation', 'art7-initial');
  await page.selectOption('#o-kind', 'report');
  await page.fill('#o-received', '2024-07-25');
  await page.fill('#o-reference', 'CCM/ART7/2024/SSD (e2e)');
  await page.fill('#o-reason', 'received by UNODA Geneva');
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await page.waitForURL(/\/ccm\/states\/SSD\/obligations$/);
  await visit(`/ccm/states/SSD/obligations?as_of=${AS_OF}`);
  assert.ok((await row.innerText()).includes('Met'), await row.innerText());
  assert.ok((await page.locator('main').innerText()).includes('CCM/ART7/2024/SSD (e2e)'));
});

test('the overdue list as of that day no longer lists it', STEP, async () => {
  await visit(`/ccm/obligations/overdue?as_of=${AS_OF}`);
  assert.equal(await ssdInitial().count(), 0);
  const countAfter = await page.locator('#overdue-count').innerText();
  assert.notEqual(countAfter, countBefore);
  await noAxeViolations('overdue list after');
});

test('the State page shows its next deadline', STEP, async () => {
  await visit(`/ccm/states/SSD?as_of=${AS_OF}`);
  const next = await page.locator('#next-deadline').innerText();
  assert.ok(next.includes('Annual transparency report'), next);
  assert.ok(next.includes('30 April 2025'), next);
  await noAxeViolations('State page');
});
