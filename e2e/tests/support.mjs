// Shared by the meetings and records browser tests: start `treatydesk serve --demo` on a free
// loopback port with a fresh data directory, open Debian's chromium, and check pages with axe.
// (Not a test file itself: node --test runs only *.test.mjs.)

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

export const STEP = { timeout: 60_000 };

/** Starts a server and a browser page; `stop()` ends both and removes the data directory. */
export async function start(name) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `treatydesk-e2e-${name}-`));
  const server = spawn(BIN, ['serve', '--demo', '--data-dir', dataDir, '--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise((resolve, reject) => {
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
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext()).newPage();
  return {
    page,
    output: () => output,
    async visit(p) {
      const response = await page.goto(baseUrl + p);
      assert.equal(response.status(), 200, `GET ${p}`);
    },
    async noAxeViolations(what) {
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations on ${what}`);
    },
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
