// Several server processes behind one load balancer (issue 13): they share the database and the
// data directory (stored files, the server key), each with its own search index (--index-dir).
// A form served by one process is accepted by the other (one server key), and a write through
// one is seen by the other's pages and search within a second, though it had the page cached.
// On SQLite the database is a file in the shared data directory; when TREATYDESK_E2E_POSTGRES
// names a PostgreSQL server (postgres://user@host:port), a fresh database made on it. No browser:
// plain HTTP with Node's fetch.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { serve } from './support.mjs';

/** The cookies a response sets, as name → value. */
function cookies(response, jar = {}) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return jar;
}
const cookieHeader = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
const csrfOf = (html) => {
  const m = html.match(/name="csrf" value="([^"]+)"/);
  assert.ok(m, 'the page has a CSRF field');
  return m[1];
};

/** Polls `probe` every 50 ms until it is true; returns the milliseconds it took. */
async function within(ms, what, probe) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await probe()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: not seen within ${ms} ms`);
}

async function twoProcesses(t, databaseUrl, root) {
  const shared = ['--data-dir', path.join(root, 'data'),
    ...(databaseUrl ? ['--database-url', databaseUrl] : [])];
  const a = serve(['--demo', ...shared, '--index-dir', path.join(root, 'index-a')]);
  const baseA = await a.ready;
  // The second process starts after the first has migrated and loaded the demo.
  const b = serve([...shared, '--index-dir', path.join(root, 'index-b')]);
  t.after(() => Promise.all([a.stop(), b.stop()]));
  const baseB = await b.ready;
  const password = a.output().match(/demo-isu\s+isu-staff\s+(\S+)/)?.[1];
  assert.ok(password, 'the first process printed the ISU account');

  const venue = `Kigali DEMO${Date.now().toString(36)}`;
  const word = venue.split(' ')[1];
  // The other process caches the meetings list and the search answer before the write.
  const before = await (await fetch(`${baseB}/ccm/meetings`)).text();
  assert.ok(!before.includes(word));
  const searched = await (await fetch(`${baseB}/ccm/search?q=${word}`)).text();
  assert.ok(!searched.includes(`<b>${word}</b>`), 'nothing matches before the write');

  // The sign-in form comes from the first process and is posted to the second (one server key
  // signs the anonymous CSRF token); the session then works on the first (one sessions table).
  const jar = {};
  const loginPage = await fetch(`${baseA}/login`);
  cookies(loginPage, jar);
  const login = await fetch(`${baseB}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ username: 'demo-isu', password, csrf: csrfOf(await loginPage.text()) }),
  });
  assert.equal(login.status, 303, 'signed in');
  cookies(login, jar);
  const form = await fetch(`${baseA}/ccm/meetings`, { headers: { cookie: cookieHeader(jar) } });
  const added = await fetch(`${baseA}/ccm/meetings`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({
      csrf: csrfOf(await form.text()),
      kind: 'intersessional',
      number: '',
      venue,
      opens_on: '2031-05-06',
      closes_on: '2031-05-07',
      status: '',
      sitting: '',
      presiding: '',
      source: 'DEMO: recorded by the two-process test',
    }),
  });
  assert.ok([201, 303].includes(added.status), `meeting recorded (${added.status})`);

  const meetingPath = new URL(added.headers.get('location'), baseA).pathname;
  const own = await (await fetch(`${baseA}/ccm/meetings`, { headers: { cookie: cookieHeader(jar) } })).text();
  assert.ok(own.includes(venue), 'the first process shows it');
  // Seen through the other process: its page and its search.
  const pageMs = await within(1000, 'the meetings page', async () =>
    (await (await fetch(`${baseB}/ccm/meetings`)).text()).includes(venue));
  const searchMs = await within(1000, 'the search', async () =>
    (await (await fetch(`${baseB}/ccm/search?q=${word}`)).text()).includes(`href="${meetingPath}"`));
  t.diagnostic(`seen by the other process: page after ${pageMs} ms, search after ${searchMs} ms`);
}

test('a write through one process is seen by another on one SQLite database', { timeout: 120_000 }, async (t) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'treatydesk-processes-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await twoProcesses(t, null, root); // the SQLite file in the shared data directory
});

const pg = process.env.TREATYDESK_E2E_POSTGRES;
test('a write through one process is seen by another on one PostgreSQL database', {
  timeout: 120_000,
  skip: pg ? false : 'TREATYDESK_E2E_POSTGRES is not set',
}, async (t) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'treatydesk-processes-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const db = `td_processes_${process.pid}_${Date.now()}`;
  execFileSync('psql', [`${pg}/postgres`, '-qc', `CREATE DATABASE ${db}`]);
  t.after(() => execFileSync('psql', [`${pg}/postgres`, '-qc', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`]));
  await twoProcesses(t, `${pg}/${db}`, root);
});
