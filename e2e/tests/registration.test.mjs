// Browser tests of registration (SPEC P1.1): a person registers for the 3RC through the public
// form (first with a mistake, which is answered with every field as typed and the problem linked),
// ISU staff approve the registration, and the list of participants shows the person, with its
// CSV, XLSX and PDF downloads. Every page is checked with axe-core.
//
// Run from e2e/:  TREATYDESK_BIN=$PWD/../target/debug/treatydesk node --test
// The demo opens registration for the 3RC with a made-up deadline (DEMO) six months ahead.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
// steps (run in order, sharing one browser context)

const EMAIL = `adaeze.okafor.${Date.now()}@example.org`;

async function fillRegistration({ family }) {
  const form = page.locator('form.register');
  await form.locator('#category').selectOption('ngo');
  await form.locator('#organization').fill('Landmine Action Network');
  await form.locator('#family_name').fill(family);
  await form.locator('#given_name').fill('Adaeze');
  await form.locator('#email').fill(EMAIL);
  await form.locator('#role').selectOption('member');
  return form;
}

test('the registration form for the 3RC is public and accessible', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3RC/register');
  assert.ok((await page.locator('h1').first().innerText()).includes('3RC'));
  await assertNoAxeViolations('registration form');
});

test('a mistake is answered with the form as typed and the problem linked to its field', { timeout: STEP_TIMEOUT_MS }, async () => {
  const form = await fillRegistration({ family: '' });
  // Let the server, not the browser, check the form (as it must for clients without validation).
  await page.evaluate(() => { document.querySelector('form.register').noValidate = true; });
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  const problems = await page.locator('#problems').innerText();
  assert.ok(problems.includes('Family name'), `problems: ${problems}`);
  assert.equal(await page.locator('#given_name').inputValue(), 'Adaeze', 'the given name is kept');
  assert.equal(await page.locator('#email').inputValue(), EMAIL, 'the e-mail is kept');
  assert.equal(await page.locator('#family_name').getAttribute('aria-invalid'), 'true');
  await assertNoAxeViolations('registration form with errors');
});

test('a person registers and sees the confirmation', { timeout: STEP_TIMEOUT_MS }, async () => {
  const form = await fillRegistration({ family: 'Okafor' });
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/\/ccm\/meetings\/3RC\/register\/done$/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('pending review'), `confirmation: ${text}`);
  await assertNoAxeViolations('registration confirmation');
});

test('ISU staff sign in and approve the registration', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/login');
  const login = page.locator('form.login');
  await login.locator('input[name="username"]').fill('demo-isu');
  await login.locator('input[name="password"]').fill(isuPassword);
  await login.locator('button[type="submit"]').click();
  await page.locator('header').filter({ hasText: 'demo-isu' }).first().waitFor({ state: 'visible' });
  await visit('/ccm/meetings/3RC/registrations');
  await assertNoAxeViolations('registrations (ISU)');
  await page.locator('button[aria-label="Approve Adaeze Okafor"]').click();
  await page.waitForURL(/\/ccm\/meetings\/3RC\/registrations$/);
  const approved = await page.locator('#status-approved + table').innerText();
  assert.ok(approved.includes(EMAIL), `approved list: ${approved}`);
  await assertNoAxeViolations('registrations after approval');
});

async function download(extension) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`a[href$="participants.${extension}"]`).click(),
  ]);
  const where = await file.path();
  return readFile(where);
}

test('the participants list shows the person, with CSV, XLSX and PDF downloads', { timeout: STEP_TIMEOUT_MS }, async () => {
  await visit('/ccm/meetings/3RC/participants');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Okafor') && text.includes('Landmine Action Network'), `participants: ${text}`);
  await assertNoAxeViolations('participants list');
  const csv = (await download('csv')).toString('utf8');
  assert.ok(csv.startsWith('category,delegation,family_name,given_name,role'), csv);
  assert.ok(csv.includes('ngo,Landmine Action Network,Okafor,Adaeze,member'), csv);
  const xlsx = await download('xlsx');
  assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK', 'the XLSX is a zip');
  const pdf = await download('pdf');
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.ok(pdf.toString('latin1').includes('Okafor'), 'the PDF draws the name');
});
