// Browser tests of the public portal's records (issue 5): a person finds a meeting's report
// through search and downloads its Spanish version; the documents, decisions, map and search
// pages have no axe violations. Starts its own server like shell.test.mjs.

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
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'treatydesk-e2e-records-'));
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


test('a person finds the 3MSP report through search and downloads its Spanish version', STEP, async () => {
  await visit('/ccm/search');
  await noAxeViolations('search page (empty)');
  await page.fill('#s-q', 'final report Oslo');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/q=final/);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('CCM/MSP/2012/5'), text);
  await noAxeViolations('search results');
  await page.locator('ol.hits a', { hasText: 'CCM/MSP/2012/5' }).first().click();
  await page.waitForURL(/\/ccm\/documents\/\d+$/);
  await noAxeViolations('document page');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Spanish/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'CCM_MSP_2012_5-es.pdf');
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(file);
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
});

test('the portal pages are accessible: documents, decisions, map, meetings of a year', STEP, async () => {
  for (const p of ['/ccm/documents', '/ccm/decisions', '/ccm/map', '/ccm/map?lang=ar', '/ccm/meetings/3MSP']) {
    await visit(p);
    await noAxeViolations(p);
  }
  await visit('/ccm/map?as_of=2013-03-01&lang=en');
  assert.ok((await page.locator('svg[role=img] path').count()) > 150, 'the map draws the States');
  const table = await page.locator('table.list').innerText();
  assert.ok(table.includes('Nigeria'), 'the table lists the States');
});
