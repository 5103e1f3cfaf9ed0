// Issue 15 items 2, 4 and 5 in Chromium: signed in as ISU staff, a person writes a message to
// the Coordination Committee as of a day the Philippines presided, in English and Arabic; the
// President, whose preferred language is Arabic, reads it on the notices page in Arabic, right
// to left; Germany's Coordinator (not in that Committee) is told there is no such message. The
// ISU ticks an item of the 13MSP's preparation checklist; the 1RC's reviews page shows the four
// subjects. Every page visited has no axe violations. Starts its own server through support.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
let messageUrl;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

before(async () => {
  t = await start('notices');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

const signIn = (user) => t.signIn(user);

const submit = (button) => t.submit(button);

test('the President chooses Arabic for messages on the account page', STEP, async () => {
  await signIn('demo-president');
  await visit('/account');
  await page.selectOption('#c-lang', 'ar');
  await submit(page.getByRole('button', { name: 'Save contact details' }));
  assert.ok((await page.locator('main').innerText()).includes('Contact details saved.'));
  await noAxeViolations('account with contact details');
});

test('the ISU writes to the Committee as of 1 January 2026, in English and Arabic', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/notices/new');
  await noAxeViolations('compose a message');
  await page.selectOption('#m-audience', 'committee');
  await page.fill('#m-on', '2026-01-01');
  await page.selectOption('#m-original', 'en');
  await page.fill('#m-subject-en', 'Committee meeting on 12 February (e2e)');
  await page.fill('#m-text-en', 'The Committee meets on 12 February in Geneva.');
  await page.fill('#m-subject-ar', 'اجتماع اللجنة في 12 فبراير (e2e)');
  await page.fill('#m-text-ar', 'تجتمع اللجنة في 12 فبراير في جنيف.');
  await submit(page.getByRole('button', { name: 'Send' }));
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Sent to one recipient.'), text);
  assert.ok(text.includes('In the product only (no address)'), text);
  messageUrl = new URL(page.url()).pathname;
  await noAxeViolations('the message with its deliveries');
});

test('the President reads it in Arabic; the Coordinator of Germany gets 404', STEP, async () => {
  await signIn('demo-president');
  await visit('/ccm/notices?lang=ar');
  await noAxeViolations('notices in Arabic');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await submit(page.getByRole('link', { name: 'اجتماع اللجنة في 12 فبراير (e2e)' }));
  assert.ok((await page.locator('h1').innerText()).includes('اجتماع اللجنة'));
  await noAxeViolations('the message in Arabic');
  await signIn('demo-coordinator');
  const answer = await page.goto(new URL(messageUrl, t.baseUrl).href);
  assert.equal(answer.status(), 404);
});

test('the ISU ticks the provisional agenda of the 13MSP; the 1RC shows its reviews', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/meetings/13MSP');
  await submit(page.getByRole('link', { name: 'Preparation checklist and follow-up' }));
  await noAxeViolations('preparation checklist');
  await page.fill('#owner-provisional-agenda', 'Documents unit');
  await page.check('#done-provisional-agenda');
  await submit(page.getByRole('button', { name: 'Save “Provisional agenda issued”' }));
  const row = await page.locator('#item-provisional-agenda').innerText();
  assert.ok(row.includes('Done') && row.includes('Documents unit'), row);
  await visit('/ccm/meetings/1RC/reviews');
  await noAxeViolations('reviews of the 1RC');
  const text = await page.locator('main').innerText();
  for (const s of ['The intersessional programme (P1.1)', 'The Working Groups (P2.8)', 'The Coordination Committee (P3.1)', 'The Implementation Support Unit (P4.3)']) {
    assert.ok(text.includes(s), s);
  }
});
