import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// Issue 20 §1: the NL Design System page frame on every page of every role, at a desktop width
// (1366 px) and a phone width (390 px). Each page: no sideways scroll, axe without violations, the main
// menu in the design system's typography (no default serif bullet list), touch targets of at least
// 44 px on the phone, and a full-page screenshot kept in test-results/ as an artefact of the run.
//
// The pages are found the way a user finds them: the links of every navigation landmark (main menu and
// sub-navigation), plus the first link of each kind of detail page (a case, an answer, a period…).
// The e2e data folder is shared by every spec of a run, so nothing here expects fixed counts.
const DEMO_PASSWORD = 'naast-demo-2014';
const WIDTHS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const MAX_PAGES = 40;

/** One page of each kind of detail page, reached from a link in the content. */
const DETAIL_PAGES: RegExp[] = [
  /^\/clienten\/dossier\/[^/?#]+$/,
  /^\/monitor\/antwoorden\/[^/]+\/[^/?#]+/,
  /^\/monitor\/opvolging\/[^/]+\/[^/?#]+/,
  /^\/monitor\/rapport\/[^/?#]+/,
  /^\/budget\/gemeente\/[^/?#]+/,
  /^\/verantwoording\/perioden\/[^/?#]+/,
  /^\/beleid\/gemeenten\/[^/]+\/afwegingskader$/,
  /^\/beleid\/gemeenten\/[^/]+\/dekking$/,
  /^\/beleid\/gemeenten\/[^/]+\/checklist$/,
  /^\/beleid\/jeugdregios\/[^/?#]+$/,
  /^\/sociale-kaart\/gemeenten\/[^/]+$/,
  /^\/sociale-kaart\/gemeenten\/[^/]+\/veelgestelde-vragen$/,
  /^\/sociale-kaart\/gemeenten\/[^/]+\/[^/]+\/[^/?#]+$/,
  /^\/beheer\/gebruikers\/nieuw$/,
  /^\/beheer\/gebruikers\/(?!nieuw)[^/?#]+$/,
  /^\/portaal\/[^?#]+$/,
];

const ROLES = [
  'demo-ondersteuner',
  'demo-beslisser',
  'demo-beleid',
  'demo-regio',
  'demo-landelijk',
  'demo-aanbieder',
  'demo-privacy',
  'demo-beheer',
] as const;

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

/** Waits until the page has its heading and nothing is loading any more. */
async function settle(page: Page): Promise<void> {
  // Not 'networkidle': a page may keep polling (the session, a job's progress).
  await page.waitForLoadState('load');
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main').getByText(/^(Laden|Bezig met laden)…?$/)).toHaveCount(0);
  // Charts and layouts that follow their container's size (a ResizeObserver tick).
  await page.waitForTimeout(200);
}

/** Same-site paths of the navigation landmarks and of the content (for the detail pages). */
async function linksOn(page: Page): Promise<{ nav: string[]; content: string[] }> {
  return page.evaluate(() => {
    const paths = (selector: string) =>
      [...document.querySelectorAll<HTMLAnchorElement>(selector)]
        .filter((a) => a.origin === window.location.origin)
        // `/budget/` (a sub-navigation's start) is the same page as `/budget`.
        .map((a) => `${a.pathname.length > 1 ? a.pathname.replace(/\/$/, '') : a.pathname}${a.search}`)
        .filter((p) => !p.startsWith('/api/') && !p.startsWith('/inloggen'));
    return { nav: paths('nav a[href]'), content: paths('main a[href]') };
  });
}

/** What sticks out to the right of the viewport, for a readable failure message. */
async function overflow(page: Page): Promise<{ scrollWidth: number; viewport: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= viewport + 0.5 || rect.width === 0) continue;
      // Inside a scroll container of its own: that is the intended way for wide content. An absolutely
      // positioned element is only clipped by a container that is (or lies inside) its containing block.
      let parent = el.parentElement;
      let clipped = false;
      let needsPositioned = getComputedStyle(el).position === 'absolute';
      while (parent && parent !== document.body) {
        const style = getComputedStyle(parent);
        const containingBlock = !needsPositioned || style.position !== 'static';
        if (style.overflowX !== 'visible' && containingBlock && parent.getBoundingClientRect().right <= viewport + 0.5) {
          clipped = true;
          break;
        }
        if (style.position !== 'static') needsPositioned = style.position === 'absolute';
        parent = parent.parentElement;
      }
      if (clipped) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(`${el.tagName.toLowerCase()}${id}${cls} (${Math.round(rect.right)} px)`);
      if (culprits.length >= 8) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
  });
}

/** The main menu: the design system's sans-serif typography and no bullets. */
async function menuStyle(page: Page): Promise<{ fontFamily: string; listStyle: string; bodyClasses: string }> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav[aria-label="Hoofdmenu"]');
    const link = nav?.querySelector('a');
    const item = nav?.querySelector('li');
    return {
      fontFamily: link ? getComputedStyle(link).fontFamily : '',
      listStyle: item ? getComputedStyle(item).listStyleType : '',
      bodyClasses: document.body.className,
    };
  });
}

/** Interactive elements on the phone that are less than 44 px high (inline text links are exempt, WCAG 2.5.5). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'nav a[href]',
      'button',
      'summary',
      'select',
      'textarea',
      'input:not([type=checkbox]):not([type=radio]):not([type=hidden])',
      '.utrecht-button-link',
    ].join(',');
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (el.closest('.utrecht-skip-link, [hidden]')) continue;
      if (rect.height < 43.5) small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" (${Math.round(rect.height)} px)`);
      if (small.length >= 8) break;
    }
    return small;
  });
}

const slug = (path: string) => (path === '/' ? 'start' : path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-').slice(0, 80));

async function checkPage(page: Page, testInfo: TestInfo, role: string, path: string, width: (typeof WIDTHS)[number]): Promise<void> {
  const where = `${role} ${path} at ${width.width} px`;
  const style = await menuStyle(page);
  expect.soft(style.bodyClasses, `${where}: the Utrecht document classes on body`).toContain('utrecht-document');
  expect.soft(style.fontFamily, `${where}: main menu font`).toMatch(/sans-serif/);
  expect.soft(style.fontFamily, `${where}: main menu font`).not.toMatch(/^"?Times/);
  expect.soft(style.listStyle, `${where}: main menu bullets`).toBe('none');
  const wide = await overflow(page);
  expect.soft(wide.scrollWidth, `${where}: sideways scroll, too wide: ${wide.culprits.join('; ')}`).toBeLessThanOrEqual(wide.viewport);
  if (width.name === 'phone') expect.soft(await smallTargets(page), `${where}: touch targets under 44 px`).toEqual([]);
  // The whole page at this width (one screenshot per page and width keeps CI within its time).
  await page.screenshot({ path: testInfo.outputPath(`${role}-${slug(path)}-${width.width}.png`), fullPage: true });
  await test.step(`axe: ${where}`, async () => {
    try {
      await expectAccessible(page);
    } catch (error) {
      expect.soft(String(error).split('\n').slice(0, 12).join('\n'), `${where}: axe`).toBe('');
    }
  });
}

/**
 * Pages already checked at both widths by an earlier role in this run (the tests of one file share a
 * worker). A later role still opens them to follow its own links, but does not check them again: the
 * frame and layout of a page do not depend on who looks at it, and the run stays within CI's time.
 */
const checkedPaths = new Set<string>();

/** Visits every page the role reaches through the menus and one of each detail page, at both widths. */
async function visitAll(page: Page, testInfo: TestInfo, role: string, start = '/'): Promise<string[]> {
  const queue = [start];
  const seen = new Set(queue);
  const detailFound = new Set<number>();
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const path = queue.shift()!;
    const again = checkedPaths.has(path.split('?')[0]!);
    for (const width of again ? WIDTHS.slice(0, 1) : WIDTHS) {
      await page.setViewportSize({ width: width.width, height: width.height });
      await page.goto(path);
      await settle(page);
      if (width.name === 'desktop') {
        const links = await linksOn(page);
        const add = (p: string) => {
          if (seen.has(p)) return;
          seen.add(p);
          queue.push(p);
        };
        // `/` is the residents' front door for anonymous visitors (server-rendered, not this frame).
        links.nav.filter((p) => role !== 'anoniem' || p !== '/').forEach(add);
        for (const p of links.content) {
          const kind = DETAIL_PAGES.findIndex((re) => re.test(p.split('?')[0]!));
          if (kind >= 0 && !detailFound.has(kind)) {
            detailFound.add(kind);
            add(p);
          }
        }
      }
      if (!again) await checkPage(page, testInfo, role, path, width);
    }
    checkedPaths.add(path.split('?')[0]!);
    visited.push(path);
  }
  return visited;
}

/**
 * A supporter's case, so the case page is among the pages (a fresh data folder has none). The intake is
 * tested in cases.spec.ts; if its form changed, this spec notes it and visits the other pages.
 */
async function openCase(page: Page, testInfo: TestInfo): Promise<void> {
  try {
    await page.goto('/clienten/nieuw');
    await page.getByLabel('Telefonisch').check({ timeout: 5000 });
    await page.getByLabel('De vraag in de woorden van de cliënt').fill('Ik wil graag hulp bij het aanpassen van mijn woning.');
    await page.getByLabel('Zelfstandig wonen en samenleven').check();
    await page.getByLabel('Naam van de cliënt').fill(`Frame Cliënt ${Date.now()}`);
    await page.getByLabel('BSN').fill('111222333');
    await page.getByLabel('Leeftijd').selectOption('25-65');
    await page.getByRole('button', { name: 'Vraag vastleggen' }).click();
    await expect(page).toHaveURL(/\/clienten\/dossier\//);
    await page.getByRole('button', { name: 'Ik word ondersteuner' }).click();
    await expect(page.getByTestId('case-supporter')).toBeVisible();
  } catch (error) {
    testInfo.annotations.push({ type: 'no case page', description: String(error).split('\n')[0] ?? '' });
  }
}

test.describe('the staff page frame on every page, at 1366 px and 390 px', () => {
  test('anonymous visitor', async ({ page }, testInfo) => {
    test.setTimeout(10 * 60_000);
    const visited = await visitAll(page, testInfo, 'anoniem', '/status');
    expect(visited.length).toBeGreaterThan(5);
  });

  for (const role of ROLES) {
    test(role, async ({ page }, testInfo) => {
      test.setTimeout(15 * 60_000);
      await signIn(page, role);
      if (role === 'demo-ondersteuner') await openCase(page, testInfo);
      const visited = await visitAll(page, testInfo, role);
      await testInfo.attach('pages', { body: visited.join('\n'), contentType: 'text/plain' });
      expect(visited.length).toBeGreaterThan(5);
    });
  }

  test('the skip link comes first and moves focus to the content; focus is visible', async ({ page }) => {
    await page.goto('/status');
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('#inhoud')).toBeFocused();
    // The current page is marked in the main menu.
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Status' })).toHaveAttribute('aria-current', 'page');
    // A menu link shows a visible focus ring.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitor' }).focus();
    const ring = await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Monitor' })
      .evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  });
});
