// Issue 14's "Done when", in Chromium: ISU staff draft the ISU's work plan and budget for 2026
// on /ccm/isu/workplans/2026; an approval before the Coordination Committee's endorsement is
// refused naming P4.4(h); the Committee meeting's endorsement is recorded, then the 13MSP's
// approval; the public then reads the approved plan; the finances page shows the gap chart
// (a server-drawn SVG with its text alternative). Every page visited has no axe violations
// (the finances page in Arabic too). Starts its own server through support.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

before(async () => {
  t = await start('isu-workplan');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

const signIn = (user) => t.signIn(user);

const submit = (button) => t.submit(button);

test('ISU staff draft the 2026 work plan and budget', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/isu');
  await noAxeViolations('ISU page (ISU)');
  await visit('/ccm/isu/finances');
  await noAxeViolations('finances with the contribution form (ISU)');
  await visit('/ccm/isu/workplans/2025');
  assert.ok((await page.locator('#spending').innerText()).includes('Q1'));
  await noAxeViolations('2025 plan with spending and its forms (ISU)');
  await visit('/ccm/isu/workplans/2026');
  await noAxeViolations('empty 2026 work plan (ISU)');
  await page.fill('#d-activities', 'a | E2E: prepare the 14MSP | E2E: documents issued\nc | E2E: advise States Parties');
  await page.fill('#d-lines', 'E2E: staff costs | 400000.10\nE2E: travel | 0.20');
  await page.fill('#d-note', 'DEMO: drafted by the e2e test');
  await submit(page.getByRole('button', { name: 'Save the draft' }));
  assert.match(page.url(), /\/ccm\/isu\/workplans\/2026\?saved=1/);
  const status = await page.locator('#plan-status').innerText();
  assert.ok(status.includes('draft'), status);
  assert.ok((await page.locator('#total').innerText()).includes('400,000.30'));
  await noAxeViolations('2026 draft (ISU)');
});

test('an approval before the endorsement is refused naming P4.4(h)', STEP, async () => {
  await page.selectOption('#a-meeting', '13MSP');
  await page.selectOption('#a-decision', { label: '13MSP decision 90' });
  await submit(page.getByRole('button', { name: 'Record the approval' }));
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('P4.4(h)'), text);
  await noAxeViolations('refused approval');
});

test('the Committee endorsement and the 13MSP approval are recorded', STEP, async () => {
  await visit('/ccm/isu/workplans/2026');
  await page.fill('#e-citation', 'DEMO: minutes of the Committee meeting, item 3 (e2e)');
  await submit(page.getByRole('button', { name: "Record the Committee's endorsement" }));
  let status = await page.locator('#plan-status').innerText();
  assert.ok(status.includes('endorsed by the Coordination Committee'), status);
  await page.selectOption('#a-meeting', '13MSP');
  await page.selectOption('#a-decision', { label: '13MSP decision 90' });
  await page.fill('#a-citation', 'DEMO: decision 90 of the 13MSP (e2e)');
  await submit(page.getByRole('button', { name: 'Record the approval' }));
  status = await page.locator('#plan-status').innerText();
  assert.ok(status.includes('approved'), status);
  assert.ok((await page.locator('#approved').innerText()).includes('13MSP'));
  await noAxeViolations('2026 approved (ISU)');
});

test('the public reads the approved plan and the finances page shows the gap chart', STEP, async () => {
  await t.context.clearCookies();
  await visit('/ccm/isu/workplans/2026');
  assert.ok((await page.locator('#plan-status').innerText()).includes('approved'));
  await noAxeViolations('2026 approved (public)');
  await visit('/ccm/isu/finances');
  const chart = page.locator('#gap-chart svg');
  assert.equal(await chart.count(), 1);
  assert.ok((await page.locator('#fc-desc').textContent()).includes('2026'));
  const table = await page.locator('#gap').innerText();
  assert.ok(table.includes('2025') && table.includes('2026'), table);
  assert.ok(table.includes('400,000.30'), table);
  await noAxeViolations('finances (public)');
  await visit('/ccm/isu/finances?lang=ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await noAxeViolations('finances (Arabic)');
});
