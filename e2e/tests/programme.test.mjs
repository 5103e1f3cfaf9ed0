// Browser tests of the programme of work (P1.2, P2.2): the public programme of the demo meeting
// renders its DEMO sessions and is accessible, and an ISU user adds a session through the form
// (and sees a refused one come back with what was typed), each page checked with axe-core.
//
// Run from e2e/:  TREATYDESK_BIN=$PWD/../target/debug/treatydesk node --test
// Same server and browser pattern as shell.test.mjs: its own `treatydesk serve --demo` on a free
// loopback port with a fresh data directory, Debian's chromium through playwright-core.

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
// ---------------------------------------------------------------------------------------------
// steps (run in order, sharing one browser context and so one session)

let label; // the demo meeting carrying the programme: 2ISM when on record, else 13MSP

test('the public programme of the demo meeting shows its DEMO sessions', { timeout: STEP_TIMEOUT_MS }, async () => {
  for (const candidate of ['2ISM', '13MSP']) {
    const response = await page.request.get(new URL(`/api/v1/conventions/ccm/meetings/${candidate}/programme`, baseUrl).href);
    if (response.ok() && (await response.json()).days.length > 0) { label = candidate; break; }
  }
  assert.ok(label, 'neither 2ISM nor 13MSP has the demo programme');
  await visit(`/ccm/meetings/${label}/programme`);
  const h1 = await page.locator('h1').first().innerText();
  assert.ok(h1.includes(label), `h1 is "${h1}"`);
  const text = await page.locator('main').innerText();
  for (const expected of ['Opening of the meeting', 'National Implementation Measures', 'Side event', 'DEMO', 'List of speakers']) {
    assert.ok(text.includes(expected), `"${expected}" is not on the programme`);
  }
  assert.ok(await page.locator('table.programme caption').count() >= 3, 'one captioned table per day');
  await assertNoAxeViolations('programme page (en)');
});

test('the programme in Arabic is right-to-left and accessible', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit(`/ccm/meetings/${label}/programme?lang=ar`);
  const dir = await page.evaluate(() => document.documentElement.getAttribute('dir'));
  assert.equal(dir, 'rtl');
  await assertNoAxeViolations('programme page (ar)');
  await visit(`/ccm/meetings/${label}/programme?lang=en`);
});

test('login as demo-isu', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/login');
  const form = page.locator('form.login');
  await form.locator('input[name="username"]').fill('demo-isu');
  await form.locator('input[name="password"]').fill(isuPassword);
  await form.locator('button[type="submit"]').click();
  await page.locator('header').filter({ hasText: /demo-isu/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
});

test('a refused session comes back with what was typed and the reason', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit(`/ccm/meetings/${label}/programme/edit`);
  await assertNoAxeViolations('programme editor');
  const form = page.locator('form.session-form');
  await form.locator('#f-title').fill('Backwards session (e2e)');
  await form.locator('#f-starts_at').fill('12:00');
  await form.locator('#f-ends_at').fill('11:00');
  await form.locator('#f-room').fill('Room XX');
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  const alert = await page.locator('#problems').innerText();
  assert.ok(alert.includes('must start before it ends'), `problems: ${alert}`);
  assert.equal(await page.locator('#f-title').inputValue(), 'Backwards session (e2e)', 'what was typed is kept');
  await assertNoAxeViolations('programme editor with problems');
});

test('the ISU adds a session through the form and it is on the public programme', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit(`/ccm/meetings/${label}/programme/edit`);
  const form = page.locator('form.session-form');
  const lastDay = await form.locator('#f-day').getAttribute('max');
  assert.ok(lastDay, 'the day field is bounded by the meeting');
  await form.locator('#f-title').fill('Informal consultations (e2e test)');
  await form.locator('#f-day').fill(lastDay);
  await form.locator('#f-starts_at').fill('10:00');
  await form.locator('#f-ends_at').fill('11:30');
  await form.locator('#f-room').fill('Room XX');
  await form.locator('#f-format').selectOption('interactive-dialogue');
  await form.locator('#f-body').selectOption('wg-b');
  await form.locator('#f-description').fill('Added by the browser test.');
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/saved=1/);
  assert.ok((await page.locator('main').innerText()).includes('Informal consultations (e2e test)'));
  await visit(`/ccm/meetings/${label}/programme`);
  const row = page.locator('tr', { hasText: 'Informal consultations (e2e test)' });
  assert.equal(await row.count(), 1, 'the new session is on the public programme');
  const rowText = await row.innerText();
  assert.ok(rowText.includes('10:00') && rowText.includes('11:30') && rowText.includes('Interactive dialogue'), rowText);
  await assertNoAxeViolations('programme page with the new session');
});
