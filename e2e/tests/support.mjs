// The one start-up every e2e test shares: `serve()` starts `treatydesk serve` on a free loopback
// port and resolves with its base URL once it prints its serving line; `start()` adds a fresh
// data directory with the demo, Debian's chromium through playwright-core, and axe-core checks.
// (Not a test file itself: node --test runs only *.test.mjs.)
// Set TREATYDESK_E2E_VERBOSE=1 to echo the servers' output to stderr.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BIN = process.env.TREATYDESK_BIN || path.resolve(here, '../../target/debug/treatydesk');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VERBOSE = !!process.env.TREATYDESK_E2E_VERBOSE;
const START_TIMEOUT_MS = 60_000;

export const STEP = { timeout: 60_000 };

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

export function tail(text, lines = 60) {
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * Starts `treatydesk serve --addr 127.0.0.1:0 ...args`: `ready` resolves with the base URL
 * (no trailing slash) once the serving line is printed, and rejects if the server exits or
 * stays silent; `output()` is everything it printed (ANSI codes stripped); `stop()` ends it.
 */
export function serve(args) {
  const child = spawn(BIN, ['serve', '--addr', '127.0.0.1:0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  // Always drain both pipes so that a chatty server never blocks on a full pipe.
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output += stripAnsi(chunk);
      if (output.length > 1_000_000) output = output.slice(-500_000);
      if (VERBOSE) process.stderr.write(chunk);
    });
  }
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not print its serving line within ${START_TIMEOUT_MS / 1000} s;\n` +
        `output so far:\n${tail(output)}`));
    }, START_TIMEOUT_MS);
    const check = () => {
      const m = output.match(/TreatyDesk is serving at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (code ${code}, signal ${signal});\noutput:\n${tail(output)}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${BIN}: ${err.message}`));
    });
  });
  // A rejection after the server served (it was stopped) is nobody's failure.
  ready.catch(() => {});
  return {
    child,
    ready,
    output: () => output,
    /** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => { clearTimeout(killTimer); resolve(); });
        child.kill('SIGTERM');
      });
    },
  };
}

/** Starts a demo server and a browser page; `stop()` ends both and removes the data directory. */
export async function start(name) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `treatydesk-e2e-${name}-`));
  const server = serve(['--demo', '--data-dir', dataDir]);
  let browser;
  try {
    const baseUrl = await server.ready;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext(); // axe needs a context, not browser.newPage()
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return {
      page,
      context,
      baseUrl,
      output: server.output,
      /** The password the demo printed for an account, checking its role when given. */
      password(user, role) {
        const m = server.output().match(new RegExp(`^\\s*${user}\\s+(\\S+)\\s+(\\S+)\\s*$`, 'm'));
        assert.ok(m, `no "${user} <role> <password>" line in the server's output:\n${tail(server.output())}`);
        if (role) assert.equal(m[1], role, `${user} should have the ${role} role`);
        return m[2];
      },
      async visit(p) {
        const response = await page.goto(new URL(p, baseUrl).href, { waitUntil: 'load' });
        assert.ok(response, `no response for ${p}`);
        assert.equal(response.status(), 200, `GET ${p}`);
        return response;
      },
      /** Signs in through the sign-in page as a demo account (its printed password unless given). */
      async signIn(user, password) {
        await context.clearCookies();
        await this.visit('/login');
        await page.fill('input[name=username]', user);
        await page.fill('input[name=password]', password ?? this.password(user));
        await page.click('main button[type=submit]');
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      },
      /** Clicks a submit button (or link) and waits for the page it leads to. */
      async submit(button) {
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
      },
      /** Runs axe on the current page and fails with a readable list of violations. */
      async noAxeViolations(what) {
        const result = await new AxeBuilder({ page }).analyze();
        const violations = result.violations;
        if (violations.length > 0) {
          const report = violations.map((v) => {
            const nodes = v.nodes.map((n) =>
              `      - ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
            ).join('\n');
            return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
          }).join('\n');
          assert.fail(`axe found ${violations.length} violation(s) on ${what} (${page.url()}):\n${report}`);
        }
      },
      async htmlAttrs() {
        return page.evaluate(() => ({
          dir: document.documentElement.getAttribute('dir'),
          lang: document.documentElement.getAttribute('lang'),
        }));
      },
      async switchLanguage(lang) {
        const link = page.locator(`a[hreflang="${lang}"]`).first();
        await link.waitFor({ state: 'visible', timeout: 10_000 });
        await link.click();
        await page.waitForFunction(
          (l) => document.documentElement.getAttribute('lang') === l,
          lang,
          { timeout: 15_000 },
        ).catch(() => { /* the caller asserts with a clearer message */ });
        await page.waitForLoadState('load');
      },
      async stop() {
        try {
          await browser.close();
        } finally {
          await server.stop();
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    if (browser) await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  }
}
