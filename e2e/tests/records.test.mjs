// Browser tests of the public portal's records (issue 5): a person finds a meeting's report
// through search and downloads its Spanish version; the documents, decisions, map and search
// pages have no axe violations. Starts its own server like shell.test.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEP } from './support.mjs';

let t;
let page;
const visit = (p) => t.visit(p);
const noAxeViolations = (what) => t.noAxeViolations(what);

before(async () => {
  t = await start('records');
  page = t.page;
});

after(async () => {
  await t?.stop();
});

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
  assert.ok((await page.locator('svg[role=img] use').count()) > 150, 'the map draws the States');
  // The outlines come from their own file: drawn only if the browser fetched it.
  const nigeria = await page.locator('svg[role=img] use[href$="#NGA"]').boundingBox();
  assert.ok(nigeria && nigeria.width > 5 && nigeria.height > 5, 'Nigeria is drawn from the outlines file');
  const table = await page.locator('table.list').innerText();
  assert.ok(table.includes('Nigeria'), 'the table lists the States');
});
