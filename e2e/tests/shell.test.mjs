// Browser tests of TreatyDesk's page shell: language switch (LTR/RTL), login, the States pages
// and the audit log, each checked with axe-core for accessibility violations.
//
// Run from e2e/:  TREATYDESK_BIN=$PWD/../target/debug/treatydesk node --test
// The test starts its own server (`treatydesk serve --demo`) on a free loopback port with a fresh
// data directory, and drives Debian's chromium (/usr/bin/chromium) through playwright-core.
// Set TREATYDESK_E2E_VERBOSE=1 to echo the server's output to stderr.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.TREATYDESK_BIN || path.resolve(here, '../../target/debug/treatydesk');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VERBOSE = !!process.env.TREATYDESK_E2E_VERBOSE;
const START_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 60_000;

let server; // ChildProcess
let serverOutput = ''; // stdout + stderr, ANSI codes stripped
let dataDir;
let baseUrl;
let isuPassword;
let browser;
let context;
let page;

// ---------------------------------------------------------------------------------------------
// helpers

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

function tail(text, lines = 60) {
  return text.split('\n').slice(-lines).join('\n');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves with the base URL once the server prints its serving line. */
function waitForServing(child) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`server did not print its serving line within ${START_TIMEOUT_MS / 1000} s;\n` +
        `output so far:\n${tail(serverOutput)}`));
    }, START_TIMEOUT_MS);
    const check = () => {
      const m = serverOutput.match(/TreatyDesk is serving at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { cleanup(); resolve(m[1]); }
    };
    const onExit = (code, signal) => {
      cleanup();
      reject(new Error(`server exited before serving (code ${code}, signal ${signal});\n` +
        `output:\n${tail(serverOutput)}`));
    };
    const onError = (err) => { cleanup(); reject(new Error(`cannot start ${BIN}: ${err.message}`)); };
    function cleanup() {
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.stderr.off('data', check);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', onExit);
    child.once('error', onError);
    check();
  });
}

function stopServer() {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null || server.signalCode !== null) return resolve();
    const killTimer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => { clearTimeout(killTimer); resolve(); });
    server.kill('SIGTERM');
  });
}

/** Runs axe on the current page and fails with a readable list of violations. */
async function assertNoAxeViolations(label) {
  const result = await new AxeBuilder({ page }).analyze();
  const violations = result.violations;
  if (violations.length > 0) {
    const report = violations.map((v) => {
      const nodes = v.nodes.map((n) =>
        `      - ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
      ).join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    }).join('\n');
    assert.fail(`axe found ${violations.length} violation(s) on ${label} (${page.url()}):\n${report}`);
  }
}

async function visit(urlPath) {
  const response = await page.goto(new URL(urlPath, baseUrl).href, { waitUntil: 'load' });
  assert.ok(response, `no response for ${urlPath}`);
  assert.ok(response.status() < 400, `GET ${urlPath} answered HTTP ${response.status()}`);
  return response;
}

async function htmlAttrs() {
  return page.evaluate(() => ({
    dir: document.documentElement.getAttribute('dir'),
    lang: document.documentElement.getAttribute('lang'),
  }));
}

async function switchLanguage(lang) {
  const link = page.locator(`a[hreflang="${lang}"]`).first();
  await link.waitFor({ state: 'visible', timeout: 10_000 });
  await link.click();
  await page.waitForFunction(
    (l) => document.documentElement.getAttribute('lang') === l,
    lang,
    { timeout: 15_000 },
  ).catch(() => { /* asserted below with a clearer message */ });
  await page.waitForLoadState('load');
}

// ---------------------------------------------------------------------------------------------
// server and browser

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'treatydesk-e2e-'));
  const port = await freePort();
  server = spawn(BIN, ['serve', '--demo', '--addr', `127.0.0.1:${port}`, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  // Always drain both pipes so that a chatty server never blocks on a full pipe.
  for (const stream of [server.stdout, server.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      serverOutput += stripAnsi(chunk);
      if (serverOutput.length > 1_000_000) serverOutput = serverOutput.slice(-500_000);
      if (VERBOSE) process.stderr.write(chunk);
    });
  }

  baseUrl = await waitForServing(server);

  const account = serverOutput.match(/^\s*demo-isu\s+(\S+)\s+(\S+)\s*$/m);
  assert.ok(account, `no "demo-isu <role> <password>" line in the server's output:\n${tail(serverOutput)}`);
  assert.equal(account[1], 'isu-staff', 'demo-isu should have the isu-staff role');
  isuPassword = account[2];

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext(); // axe needs a context, not browser.newPage()
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
}, { timeout: 120_000 });

after(async () => {
  try {
    if (browser) await browser.close();
  } finally {
    await stopServer();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}, { timeout: 30_000 });

// ---------------------------------------------------------------------------------------------
// steps (run in order, sharing one browser context and so one session)

test('home page /ccm shows its heading and has no axe violations', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm');
  assert.ok(await page.locator('h1').first().isVisible(), 'h1 is not visible on /ccm');
  await assertNoAxeViolations('home page (en)');
});

test('language switch to Arabic makes the page right-to-left, then back to English', { timeout: STEP_TIMEOUT_MS }, async () => {
  await switchLanguage('ar');
  let attrs = await htmlAttrs();
  assert.equal(attrs.lang, 'ar', `<html lang> after switching to Arabic (${page.url()})`);
  assert.equal(attrs.dir, 'rtl', `<html dir> after switching to Arabic (${page.url()})`);
  assert.ok(await page.locator('h1').first().isVisible(), 'h1 is not visible in Arabic');
  await assertNoAxeViolations('home page (ar, rtl)');

  await switchLanguage('en');
  attrs = await htmlAttrs();
  assert.equal(attrs.lang, 'en', `<html lang> after switching back to English (${page.url()})`);
  assert.notEqual(attrs.dir, 'rtl', `<html dir> after switching back to English (${page.url()})`);
});

test('login as demo-isu', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/login');
  await assertNoAxeViolations('login page');
  const form = page.locator('form.login');
  await form.locator('input[name="username"]').fill('demo-isu');
  await form.locator('input[name="password"]').fill(isuPassword);
  await form.locator('button[type="submit"]').click();
  const who = page.locator('header').filter({ hasText: /demo-isu|Demo account: ISU staff/ }).first();
  try {
    await who.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    const header = await page.locator('header').first().innerText().catch(() => '(no header)');
    assert.fail(`after login, the header does not show demo-isu (${page.url()}); header text:\n${header}`);
  }
});

test('States list /ccm/states has a table of States including Nigeria', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/states');
  assert.ok(await page.locator('table').count() > 0, 'no table on /ccm/states');
  const rows = await page.locator('table tbody tr').count();
  assert.ok(rows >= 50, `expected at least 50 rows of States, found ${rows}`);
  const text = await page.locator('body').innerText();
  assert.ok(text.includes('Nigeria'), 'Nigeria is not on /ccm/states');
  await assertNoAxeViolations('States list');
});

test('State page /ccm/states/NGA is about Nigeria', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/states/NGA');
  const h1 = await page.locator('h1').first().innerText();
  assert.ok(h1.includes('Nigeria'), `h1 of /ccm/states/NGA is "${h1}"`);
  await assertNoAxeViolations('State page (NGA)');
});

test('audit log /ccm/audit is readable by ISU staff', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/audit');
  assert.ok(await page.locator('table').count() > 0, 'no table on /ccm/audit');
  await assertNoAxeViolations('audit log');
});

test('architecture as of 1 March 2013: pick the date, see the holders', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/architecture');
  await page.locator('#f-as-of').fill('2013-03-01');
  await page.locator('form.filters button[type="submit"]').click();
  await page.waitForURL(/as_of=2013-03-01/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Costa Rica'), 'Costa Rica holds seat a-2 on 1 March 2013');
  assert.ok(text.includes('Vacant'), 'the first-round one-cycle seats are vacant then');
  await assertNoAxeViolations('architecture page');
});

test('the Coordination Committee on 1 March 2013 is chaired by Norway', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/committee?as_of=2013-03-01');
  const first = await page.locator('table tbody tr').first().innerText();
  assert.ok(first.includes('Norway') && first.includes('Chair'), `first member row: ${first}`);
  await assertNoAxeViolations('committee page');
});

test('the timeline draws every term and has a table alternative', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/timeline');
  assert.ok(await page.locator('svg.timeline rect.term').count() >= 30, 'terms drawn');
  assert.ok(await page.locator('#terms tbody tr').count() >= 30, 'terms in the table');
  await assertNoAxeViolations('timeline page');
});

test('findings of the 2MSP record are listed for ISU staff', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/findings');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('cites no decision of that meeting'), 'the 3MSP appointment of Costa Rica cites no decision');
  await assertNoAxeViolations('findings page');
});

test('a handover note is written on a seat and shown (P2.7)', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/seats/a-2');
  const form = page.locator('form.stack').first();
  await form.locator('textarea').fill('Open items: the 2012 intersessional programme.');
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/saved=1/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Open items: the 2012 intersessional programme.'), 'the note is shown');
  await assertNoAxeViolations('seat page');
});

test('the architecture page in Arabic is right-to-left and accessible', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/architecture?lang=ar');
  assert.equal((await htmlAttrs()).dir, 'rtl');
  await assertNoAxeViolations('architecture page (ar)');
  await visit('/ccm/architecture?lang=en');
});

test('the rotation planner proposes proved slates for the 3RC', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3RC/plan?horizon=2');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Slate 1'), 'slate 1 shown');
  assert.ok(text.includes('Proved optimal'), 'the proof is stated');
  assert.ok(text.includes('DEMO'), 'made-up nominations say so');
  await assertNoAxeViolations('planner page');
});

test('the ISU previews a 3MSP appointment and sees the P2.6 warning before saving', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3MSP/appointments');
  await assertNoAxeViolations('appointments form');
  // The Holy See's first-round term on a-2 ends at the 3MSP: taking b-2 there is the term
  // immediately following (P2.6).
  await page.locator('#holder-b-2').fill('VAT');
  await page.locator('button[name="action"][value="preview"]').click();
  await page.waitForLoadState('load');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('P2.6'), 'the P2.6 warning is shown');
  assert.equal(await page.locator('#holder-b-2').inputValue(), 'VAT', 'what was typed is kept');
  await assertNoAxeViolations('appointments preview');
});
