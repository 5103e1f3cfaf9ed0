// Issue 15 item 1's "Done when", in Chromium: Nigeria's focal point asks the ISU for advice
// (with a file), ISU staff answer it, the focal point reads the answer; a focal point of
// another State, made by the administrator on the users page, gets 404 at the same address
// (page and attachment). Every page visited has no axe violations (the thread in Arabic too).
// Starts its own server through support.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { start, STEP } from './support.mjs';

let t;
let page;
let dir;
let address;
let attachment;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

before(async () => {
  t = await start('advice');
  page = t.page;
  dir = await mkdtemp(path.join(os.tmpdir(), 'treatydesk-e2e-advice-files-'));
});

after(async () => {
  await t?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function signIn(user, password) {
  await t.context.clearCookies();
  await visit('/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', password ?? t.password(user));
  await page.click('main button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function submit(button) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

test('the focal point of Nigeria asks the ISU for advice, with a file', STEP, async () => {
  await signIn('demo-focal-point');
  await visit('/ccm/advice');
  await noAxeViolations('advice list (focal point)');
  await visit('/ccm/advice/new');
  await noAxeViolations('advice form');
  const file = path.join(dir, 'draft-law.txt');
  await writeFile(file, 'Draft national law on cluster munitions (e2e).\n');
  await page.selectOption('#adv-theme', 'national-implementation');
  await page.fill('#adv-subject', 'Model legislation for Nigeria (e2e)');
  await page.fill('#adv-body', 'Does our draft law cover Article 9 penal sanctions? (e2e)');
  await page.setInputFiles('#adv-file', file);
  await submit(page.getByRole('button', { name: 'Send the request' }));
  assert.match(page.url(), /\/ccm\/advice\/\d+\?saved=1$/);
  address = new URL(page.url()).pathname;
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Model legislation for Nigeria (e2e)'), text);
  assert.ok(text.includes('The requesting State\'s focal points and the ISU only'), text);
  attachment = await page.locator('ul.attachments a').first().getAttribute('href');
  assert.ok(attachment, 'the file is listed');
  await noAxeViolations('the request (focal point)');
});

test('ISU staff see it in the queue, assign it and answer it', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/advice');
  await noAxeViolations('advice queue (ISU)');
  const open = await page.locator('#advice-themes tr[data-theme="national-implementation"] td.open').innerText();
  assert.equal(open.trim(), '1');
  await visit(address);
  await noAxeViolations('the request (ISU)');
  await page.selectOption('#adv-assignee', 'demo-isu');
  await submit(page.getByRole('button', { name: 'Assign' }));
  await page.fill('#adv-body', 'Yes: Article 9 asks for penal sanctions; see the model law (e2e answer).');
  await submit(page.getByRole('button', { name: 'Send the answer' }));
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('see the model law (e2e answer)'), text);
  assert.ok(text.includes('Answered'), text);
});

test('the focal point reads the answer, in English and in Arabic', STEP, async () => {
  await signIn('demo-focal-point');
  await visit(address);
  const text = await page.locator('#advice-thread').innerText();
  assert.ok(text.includes('see the model law (e2e answer)'), text);
  assert.ok(text.includes('Answer of the ISU'), text);
  await noAxeViolations('the answered request (focal point)');
  await visit(`${address}?lang=ar`);
  assert.equal((await t.htmlAttrs()).dir, 'rtl');
  assert.ok((await page.locator('#advice-thread').innerText()).includes('رد وحدة دعم التنفيذ'));
  await noAxeViolations('the answered request in Arabic');
  const file = await page.request.get(new URL(attachment, t.baseUrl).href);
  assert.equal(file.status(), 200);
  assert.ok((await file.text()).includes('Draft national law'));
});

test('a focal point of another State gets 404 for the same address', STEP, async () => {
  // The administrator makes Germany's focal point on the users page.
  await signIn('demo-admin');
  await visit('/admin/users');
  await page.fill('#u-username', 'fp-deu-e2e');
  await page.fill('#u-name', 'Focal point of Germany (e2e)');
  await page.selectOption('#u-role', 'focal-point');
  await page.fill('#u-convention', 'ccm');
  await page.fill('#u-actor', 'DEU');
  await submit(page.locator('main form[action="/admin/users"] button[type=submit]'));
  const oneTime = (await page.locator('#one-time').innerText()).trim();
  assert.ok(oneTime.length >= 12, 'a one-time password is shown');
  await signIn('fp-deu-e2e', oneTime);
  // The one-time password is replaced first.
  await page.fill('#p-current', oneTime);
  await page.fill('#p-new', 'germany focal point e2e');
  await page.fill('#p-confirm', 'germany focal point e2e');
  await submit(page.locator('form[action="/account/password"] button[type=submit]'));
  for (const where of [address, attachment]) {
    const response = await page.goto(new URL(where, t.baseUrl).href, { waitUntil: 'load' });
    assert.equal(response.status(), 404, `GET ${where}`);
    const body = await page.content();
    assert.ok(!body.includes('Model legislation for Nigeria'), 'no word of it');
    assert.ok(!body.includes('Draft national law'), 'no word of the file');
  }
  await noAxeViolations('the 404 page');
  // Nor does the list show it.
  await visit('/ccm/advice');
  assert.ok(!(await page.locator('main').innerText()).includes('Model legislation for Nigeria'));
  await noAxeViolations('advice list (another State)');
});

test('liaison: the ISU records a contact with GICHD; others see no log', STEP, async () => {
  await signIn('demo-isu');
  await visit('/ccm/organizations');
  await noAxeViolations('organizations');
  await visit('/ccm/organizations/gichd');
  await noAxeViolations('GICHD page (ISU, with the log)');
  await page.fill('#log-on', '2025-11-20');
  await page.fill('#log-isu', 'ISU officer (e2e)');
  await page.fill('#log-counterpart', 'DEMO Ana Lindqvist');
  await page.fill('#log-summary', 'Budget call (e2e)');
  await page.fill('#log-follow', 'Send the figures (e2e)');
  await submit(page.getByRole('button', { name: 'Record the contact' }));
  assert.ok((await page.locator('#contact-log').innerText()).includes('Budget call (e2e)'));
  await noAxeViolations('GICHD page after recording a contact');
  await t.context.clearCookies();
  await visit('/ccm/organizations/gichd?lang=fr');
  const text = await page.locator('main').innerText();
  assert.ok(!text.includes('Budget call (e2e)'), 'the public sees no log');
  assert.ok(text.includes('DEMO Ana Lindqvist'), 'the public sees the contacts');
  await noAxeViolations('GICHD page (public, French)');
});
