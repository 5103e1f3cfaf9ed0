// Browser test of universalization (issue 16 item 4, P4.4(e)): ISU staff record an outreach
// activity with Kenya on its universalization page; the public universalization page shows
// it beside the States not party, the chart and its table. Every page visited has no axe
// violations, in English and in Arabic (right to left).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const WHAT = 'Workshop in Nairobi on the steps to ratification (e2e)';

before(async () => {
  t = await start('universalization');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

test('the public universalization page lists States not party with the chart', STEP, async () => {
  await t.visit('/ccm/universalization');
  assert.equal(await page.locator('figure.parties-chart svg[role=img]').count(), 1);
  assert.ok(await page.locator('#per-year tbody tr').count() > 10);
  assert.ok((await page.locator('#states-not-party').innerText()).includes('Angola'));
  assert.equal(await page.locator('main a[href="/ccm/map"]').count(), 1);
  await t.noAxeViolations('universalization page');
  await t.visit('/ccm/universalization?lang=ar');
  assert.equal((await t.htmlAttrs()).dir, 'rtl');
  await t.noAxeViolations('universalization page (ar)');
  await t.visit('/ccm/universalization?lang=en');
});

test('ISU staff record an outreach activity with Kenya', STEP, async () => {
  await t.signIn('demo-isu');
  await t.visit('/ccm/universalization/KEN');
  await t.noAxeViolations('Kenya universalization page (ISU)');
  await page.selectOption('#u-kind', 'outreach');
  await page.fill('#u-on', '2025-10-01');
  await page.fill('#u-who', 'ISU officer with the Universalization Coordinators');
  await page.fill('#u-what', WHAT);
  await page.fill('#u-group', 'Universalization');
  await page.selectOption('#u-access', 'public');
  await t.submit(page.getByRole('button', { name: 'Record', exact: true }));
  assert.match(page.url(), /\/ccm\/universalization\/KEN\?saved=1/);
  assert.ok((await page.locator('main').innerText()).includes(WHAT));
  await t.noAxeViolations('Kenya universalization page after saving');
});

test('the public page shows it to everyone', STEP, async () => {
  await page.context().clearCookies();
  await t.visit('/ccm/universalization');
  assert.ok((await page.locator('#outreach').innerText()).includes(WHAT));
  await t.noAxeViolations('universalization page with the new entry');
});
