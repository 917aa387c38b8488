/**
 * The pseudo-locale (src/contract/locale.ts; test builds only): every string of its pages is
 * English accented, about 35 % longer and in brackets, so a string still plain English was never
 * looked up in a table, and a label that is cut or overflows has no room for a longer
 * translation. The walk-through, axe and the phone layout run in it too (they iterate LOCALES).
 */
import type { Page } from '@playwright/test';
import { LOCALE_RECORDS, type Locale } from '../../src/contract/index.ts';
import { translatePath } from '../../src/site.ts';
import {
  embed,
  expect,
  GUIDE_PATHS,
  openReady,
  SANDBOX_MESSAGES,
  SANDBOX_PATHS,
  SITE_MESSAGES,
  test,
} from './fixtures.ts';

const pseudo = LOCALE_RECORDS.find((record) => record.pseudoOf)?.code as Locale | undefined;

/**
 * Visible text (shadow roots included) that no table gave: plain ASCII words outside every
 * `[… ·]` a pseudo string makes (what a message puts inside one, a date or a name, is its
 * argument). Code, times, values a reader types, brand names (`translate="no"`) and text marked
 * as another language are not the page's text. Then elements whose text
 * is cut (clipped or ellipsed) and a page wider than the screen.
 */
async function unlocalizedAndCut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const DATA = 'code, pre, kbd, samp, time, script, style, noscript, [translate="no"], input, textarea, select';
    const describe = (element: Element) =>
      `<${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}>`;
    const closestAcrossShadow = (element: Element, selector: string) => {
      for (let at: Element | null = element; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null)
        if (at.matches(selector)) return at;
      return null;
    };
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot) visit(node.shadowRoot);
          if (!node.checkVisibility() || closestAcrossShadow(node, DATA)) continue;
          const style = getComputedStyle(node);
          const hasText = [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim());
          const clips = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
          if (hasText && clips && node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 1)
            problems.push(`cut: ${describe(node)} "${node.textContent!.trim().slice(0, 60)}"`);
          continue;
        }
        const parent = node.parentElement;
        if (!parent || !parent.checkVisibility() || closestAcrossShadow(parent, DATA)) continue;
        // Text marked as another language's (the language switch names each in its own).
        if (closestAcrossShadow(parent, '[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
        let text = node.textContent ?? '';
        // Innermost first: a message's arguments sit inside its brackets.
        for (let before = ''; before !== text;) [before, text] = [text, text.replace(/\[[^[\]]*·\]/g, '')];
        const words = text.match(/[A-Za-z]{2,}/g);
        if (words) problems.push(`plain English in ${describe(parent)}: "${node.textContent!.trim().slice(0, 80)}"`);
      }
    };
    visit(document);
    const wider = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (wider > 0) problems.push(`the page is ${wider}px wider than the screen`);
    return problems;
  });
}

test('the build has the pseudo-locale (PUBLIC_PSEUDO_LOCALE=1, as npm run test:e2e builds and runs)', async ({
  request,
}) => {
  expect(pseudo, 'no pseudo-locale in LOCALE_RECORDS: run with PUBLIC_PSEUDO_LOCALE=1').toBeDefined();
  expect((await request.get(GUIDE_PATHS[pseudo!])).status()).toBe(200);
});

for (const viewport of [
  { name: 'desktop', width: 1400, height: 1000 },
  { name: 'phone', width: 412, height: 915 },
]) {
  test(`${viewport.name}: every string on the pseudo-locale's pages comes from a table, and none is cut`, async ({
    page,
  }) => {
    expect(pseudo, 'no pseudo-locale: run with PUBLIC_PSEUDO_LOCALE=1').toBeDefined();
    const t = SANDBOX_MESSAGES[pseudo!];
    await page.setViewportSize(viewport);
    await openReady(page, GUIDE_PATHS[pseudo!]);
    expect(await unlocalizedAndCut(page)).toEqual([]);
    // The app's states: enabled tokens, the More menu, the reset dialog and what it says after.
    const app = embed(page, 2);
    await app.getByRole('button', { name: t.enableLegacyTokens }).click();
    await app.getByRole('button', { name: t.more }).click();
    await expect(app.getByRole('menuitem', { name: t.resetReadWrite })).toBeVisible();
    expect(await unlocalizedAndCut(page)).toEqual([]);
    await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
    await expect(app.getByRole('dialog')).toBeVisible();
    expect(await unlocalizedAndCut(page)).toEqual([]);
    await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
    await expect(app.getByRole('status').filter({ hasText: t.resetDone(t.readWrite) })).toBeVisible();
    await app.getByRole('button', { name: t.showCredentials }).click();
    await expect(app.getByRole('tab', { name: t.apiCredentials })).toHaveAttribute('aria-selected', 'true');
    expect(await unlocalizedAndCut(page)).toEqual([]);
    await openReady(page, SANDBOX_PATHS[pseudo!]);
    expect(await unlocalizedAndCut(page)).toEqual([]);
  });
}

test('a missing page in the pseudo-locale says so in it', async ({ browser }) => {
  expect(pseudo, 'no pseudo-locale: run with PUBLIC_PSEUDO_LOCALE=1').toBeDefined();
  // A context of its own: the fixture's page fails on any console error, and a 404 document logs one.
  const context = await browser.newContext();
  const page = await context.newPage();
  expect((await page.goto(translatePath('/partner/no-such-page', pseudo!)))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_MESSAGES[pseudo!].notFoundTitle);
  expect(await unlocalizedAndCut(page)).toEqual([]);
  await context.close();
});
