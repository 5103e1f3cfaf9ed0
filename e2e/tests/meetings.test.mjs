// Browser tests of the meetings pages (issue 4): the meetings list, a meeting with its P1.3
// finding and adjacent dates, a Coordination Committee meeting where ISU staff add a guest, the
// shared calendar, each checked with axe-core. Starts its own server like shell.test.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

before(async () => {
  t = await start('meetings');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

const password = (user) => t.password(user);

test('the meetings list shows the intersessional meetings, without clause codes for the public', STEP, async () => {
  await visit('/ccm/meetings');
  const text = await page.locator('main').innerText();
  for (const label of ['1ISM', '2ISM', '3ISM', '4ISM', '5ISM']) assert.ok(text.includes(label), label);
  // Issue 18 item 4: the P1.3 finding is for signed-in staff, not the public.
  assert.ok(!text.includes('P1.3'), 'no clause code for the public');
  await noAxeViolations('meetings list');
});

test('the 2ISM proposes adjacent dates next to the other Geneva meeting', STEP, async () => {
  await page.getByRole('link', { name: '2ISM' }).click();
  await page.waitForURL(/\/ccm\/meetings\/2ISM$/);
  const text = await page.locator('main').innerText();
  // Geneva working days: Ascension Day (17 May) and Whit Monday (28 May) are not meeting days.
  assert.ok(text.includes('14 May 2012 – 18 May 2012'), text);
  assert.ok(text.includes('29 May 2012 – 1 June 2012'), text);
  await noAxeViolations('meeting page');
});

test('the shared calendar lists other conventions beside the CCM, and in Arabic', STEP, async () => {
  await visit('/calendar?year=2013');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('DEMO: APLC'), 'imported entries shown');
  assert.ok(text.includes('3ISM'));
  await noAxeViolations('calendar');
  await visit('/calendar?lang=ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('calendar (ar)');
  await visit('/calendar?lang=en');
});

test('ISU staff add a guest to a Committee meeting; minutes are shown to them', STEP, async () => {
  await visit('/login');
  await page.fill('input[name=username]', 'demo-isu');
  await page.fill('input[name=password]', password('demo-isu'));
  await page.click('main button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await visit('/ccm/meetings');
  assert.ok((await page.locator('main').innerText()).includes('P1.3'), 'staff see the P1.3 finding');
  await visit('/ccm/meetings/1CC');
  assert.ok((await page.locator('main').innerText()).includes('DEMO: made-up minutes'));
  await page.fill('#g-name', 'GICHD');
  await page.fill('#g-capacity', 'invited: hosting of the ISU');
  await page.getByRole('button', { name: 'Add the guest' }).click();
  await page.waitForURL(/saved=1/);
  const row = page.locator('table tr', { hasText: 'invited: hosting of the ISU' });
  assert.equal(await row.count(), 1, 'the guest is listed');
  assert.ok((await row.innerText()).includes('guest'), await row.innerText());
  await noAxeViolations('committee meeting (ISU)');
});
