// Issue 12's "Done when", in Chromium: signed in as Nigeria's focal point, a person nominates
// Nigeria for a seat of the 3RC on the nominations page; signed in as ISU staff, another dates
// the 3RC on its page, records its decision on the decisions page and the appointments citing
// it on /ccm/meetings/3RC/appointments; the Committee page the day after the 3RC closed shows
// Nigeria as Coordinator. Every page visited has no axe violations (the Committee in Arabic
// too); the audit page lists every step. Starts its own server through support.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

// The 3RC is dated as held last week (the server and this test share the machine's clock).
const day = (offset) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const OPENS = day(-10);
const CLOSES = day(-6);
const DAY_AFTER = day(-5);
const DAY_BEFORE = day(-7);

before(async () => {
  t = await start('record-flow');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

const signIn = (user) => t.signIn(user);

const submit = (button) => t.submit(button);

test('the focal point of Nigeria nominates Nigeria for seat b-2 of the 3RC', STEP, async () => {
  await signIn('demo-focal-point');
  await visit('/ccm/meetings/3RC/nominations');
  await noAxeViolations('nominations (focal point)');
  // The demo's standing nomination of Nigeria is withdrawn first (one standing nomination a State).
  await submit(page.getByRole('button', { name: 'Withdraw' }).first());
  assert.ok((await page.locator('main').innerText()).includes('The nomination is withdrawn.'));
  await page.selectOption('#n-seat-1', 'b-2');
  await page.fill('#n-pref-1', '1');
  await page.fill('#n-statement', 'Nigeria offers to coordinate Universalization (e2e).');
  await submit(page.getByRole('button', { name: 'Record the nomination' }));
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('The nomination is recorded.'), text);
  assert.ok(text.includes('Nigeria offers to coordinate Universalization (e2e).'), text);
  await noAxeViolations('nominations after the nomination');
});

test('ISU staff date the 3RC, record its decision and the appointments citing it', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/meetings/3RC');
  await noAxeViolations('3RC page (ISU)');
  await page.fill('#m-venue', 'Geneva');
  await page.fill('#m-opens', OPENS);
  await page.fill('#m-closes', CLOSES);
  await page.selectOption('#m-status', 'closed');
  await submit(page.getByRole('button', { name: 'Save the meeting' }));
  assert.match(page.url(), /\/ccm\/meetings\/3RC\?saved=1/);

  await visit('/ccm/decisions');
  await noAxeViolations('decisions register (ISU)');
  await page.selectOption('#d-meeting', '3RC');
  await page.fill('#d-number', '7');
  await page.fill('#d-title', 'Coordinators of the Working Groups (DEMO, e2e)');
  await page.fill('#d-text-en', 'The Conference selects Nigeria as Coordinator of Working Group (b) (DEMO).');
  await page.fill('#d-source', 'DEMO: made up by the e2e record flow');
  await submit(page.getByRole('button', { name: 'Record a decision' }));
  assert.match(page.url(), /\/ccm\/decisions\/\d+/);
  assert.ok((await page.locator('main').innerText()).includes('Coordinators of the Working Groups (DEMO, e2e)'));
  await noAxeViolations('the decision recorded');

  await visit('/ccm/meetings/3RC/appointments');
  await noAxeViolations('3RC appointments form');
  const option = page.locator('#decision option', { hasText: '3RC 7:' });
  assert.equal(await option.count(), 1, 'the new decision is offered');
  await page.selectOption('#decision', await option.getAttribute('value'));
  await page.fill('#holder-b-2', 'NGA');
  await page.fill('#cycles-b-2', '2');
  await submit(page.getByRole('button', { name: 'Preview the findings' }));
  await noAxeViolations('3RC appointments preview');
  const preview = await page.locator('main').innerText();
  assert.ok(!preview.includes('cites no decision'), preview);
  await submit(page.getByRole('button', { name: 'Save the appointments' }));
  assert.match(page.url(), new RegExp(`/ccm/architecture\\?as_of=${CLOSES}`), await page.locator('main').innerText());
});

test('the Committee the day after the 3RC closed has Nigeria as Coordinator, in English and Arabic', STEP, async () => {
  await visit(`/ccm/committee?as_of=${DAY_BEFORE}`);
  assert.equal(await page.locator('main tr', { hasText: 'Nigeria' }).count(), 0, 'not before the 3RC closed');
  await visit(`/ccm/committee?as_of=${DAY_AFTER}`);
  const row = page.locator('main tr', { hasText: 'Nigeria' });
  assert.equal(await row.count(), 1, await page.locator('main').innerText());
  assert.match(await row.innerText(), /Coordinator/);
  await noAxeViolations('Committee the day after');
  await visit(`/ccm/committee?as_of=${DAY_AFTER}&lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  // The member is named in Arabic, and the capacity is translated.
  const ar = page.locator('main tr', { hasText: 'نيجيريا' });
  assert.equal(await ar.count(), 1, await page.locator('main').innerText());
  assert.match(await ar.innerText(), /منسق/);
  await noAxeViolations('Committee the day after (ar)');
  await visit('/ccm/committee?lang=en');
});

test('every step has its audit entry', STEP, async () => {
  await visit('/ccm/audit');
  const text = await page.locator('main').innerText();
  for (const action of ['nomination.withdraw', 'nomination.add', 'meeting.update', 'decision.record', 'appointment.add']) {
    assert.ok(text.includes(action), `${action} in the audit log:\n${text.slice(0, 2000)}`);
  }
  await noAxeViolations('audit log');
});
