// Issue 18 item 3: on a 390 px phone no page scrolls sideways (tables and figures scroll inside
// their own box, forms go full width), in English and in Arabic (right to left), and axe finds
// nothing. The pages are those of the route list that a demo address reaches without looking
// anything up (the route matrix in crates/web/tests/web/route_matrix.rs holds the rest), read
// by the administrator (ISU level everywhere) so that every form and staff column is there.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './support.mjs';

const PHONE = { width: 390, height: 844 };

const PAGES = [
  '/', '/ccm', '/login', '/desk', '/account', '/admin/users', '/admin/users/demo-observer',
  '/ccm/states', '/ccm/states/NGA', '/ccm/states/NGA/obligations', '/ccm/obligations/overdue',
  '/ccm/universalization', '/ccm/universalization/AGO', '/ccm/architecture', '/ccm/seats/a-1',
  '/ccm/committee', '/ccm/offices', '/ccm/isu?as_of=2016-01-01', '/ccm/isu/workplans/2025',
  '/ccm/isu/finances', '/ccm/isu/reports', '/ccm/findings', '/ccm/timeline', '/ccm/meetings',
  '/ccm/meetings/2ISM', '/ccm/meetings/3MSP/appointments', '/ccm/meetings/3RC/plan?horizon=0',
  '/ccm/meetings/3RC/nominations', '/calendar', '/ccm/meetings/13MSP/programme',
  '/ccm/meetings/13MSP/programme/edit', '/ccm/meetings/3RC/register',
  '/ccm/meetings/3RC/registrations', '/ccm/meetings/3RC/participants', '/ccm/documents',
  '/ccm/documents/new', '/ccm/documents/4', '/ccm/decisions', '/ccm/actions',
  '/ccm/search?q=report', '/ccm/map', '/ccm/audit', '/ccm/meetings/13MSP/preparation',
  '/ccm/meetings/1RC/reviews', '/ccm/notices', '/ccm/notices/new', '/ccm/advice',
  '/ccm/advice/new', '/ccm/extensions', '/ccm/extensions/new', '/ccm/reports', '/ccm/reports/new?obligation=art7-annual', '/ccm/reports/compiled', '/ccm/organizations',
  '/ccm/organizations/gichd', '/components', '/ccm/meetings/3RC', '/ccm/meetings?kind=msp&year=2025',
];

let t;

before(async () => {
  t = await start('phones');
  await t.page.setViewportSize(PHONE);
  await t.signIn('demo-admin');
}, { timeout: 120_000 });

after(async () => {
  await t?.stop();
}, { timeout: 30_000 });

for (const lang of ['en', 'ar']) {
  test(`every page fits a 390 px phone without sideways scrolling (${lang})`, { timeout: 600_000 }, async () => {
    const wide = [];
    const axe = [];
    for (const p of PAGES) {
      await t.visit(`${p}${p.includes('?') ? '&' : '?'}lang=${lang}`);
      const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) {
        const culprit = await t.page.evaluate((max) => {
          // The outermost elements past the edge that no scrolling box of their own contains.
          const clipped = (el) => {
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true;
            }
            return false;
          };
          const out = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            const outside = document.dir === 'rtl' ? r.left < -1 : r.right > max + 1;
            if (outside && !clipped(el) && out.length < 3) {
              const cls = el.getAttribute('class');
              out.push(`${el.tagName.toLowerCase()}${cls ? '.' + cls.split(' ').join('.') : ''}${el.id ? '#' + el.id : ''}`);
            }
          }
          return out.join(', ');
        }, PHONE.width);
        wide.push(`${p}: ${width} px (${culprit})`);
      }
      try {
        await t.noAxeViolations(`${p} at 390 px (${lang})`);
      } catch (e) {
        axe.push(e.message);
      }
    }
    assert.deepEqual(wide, [], `pages wider than the phone:\n${wide.join('\n')}`);
    assert.deepEqual(axe, [], axe.join('\n'));
  });
}
