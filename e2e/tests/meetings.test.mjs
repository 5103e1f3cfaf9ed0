// Browser tests of the meetings pages (issue 4): the meetings list, a meeting with its P1.3
// finding and adjacent dates, a Coordination Committee meeting where ISU staff add a guest, the
// shared calendar, each checked with axe-core. Starts its own server like shell.test.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.TREATYDESK_BIN || path.resolve(here, '../../target/debug/treatydesk');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STEP = { timeout: 60_000 };

let server;
let output = '';
let dataDir;
let baseUrl;
let browser;
let page;

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'treatydesk-e2e-meetings-'));
  server = spawn(BIN, ['serve', '--demo', '--data-dir', dataDir, '--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no serving line:\n${output}`)), 60_000);
    const onData = (d) => {
      output += d.toString().replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const m = output.match(/TreatyDesk is serving at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext();
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function visit(p) {
  const response = await page.goto(baseUrl + p);
  assert.equal(response.status(), 200, `GET ${p}`);
}

async function noAxeViolations(what) {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${what}`);
}

function password(user) {
  const m = output.match(new RegExp(`${user}\\s+\\S+\\s+(\\S+)`));
  assert.ok(m, `password of ${user} printed`);
  return m[1];
}

test('the meetings list shows the intersessional meetings and the P1.3 warning', STEP, async () => {
  await visit('/ccm/meetings');
  const text = await page.locator('main').innerText();
  for (const label of ['1ISM', '2ISM', '3ISM', '4ISM', '5ISM']) assert.ok(text.includes(label), label);
  assert.ok(text.includes('P1.3'));
  await noAxeViolations('meetings list');
});

test('the 2ISM proposes adjacent dates next to the other Geneva meeting', STEP, async () => {
  await page.getByRole('link', { name: '2ISM' }).click();
  await page.waitForURL(/\/ccm\/meetings\/2ISM$/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('15 May 2012 – 18 May 2012'), text);
  assert.ok(text.includes('28 May 2012 – 31 May 2012'));
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
