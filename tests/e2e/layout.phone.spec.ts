/**
 * The guide on a 390×844 phone, in each language: a header of about 110 px whose ask box shows its
 * whole hint, nothing in a widget past its border (the token page's Overview with its API Version
 * drop-down), each credential's radio beside its words, and "Reset sandbox" at hand by the steps.
 */
import type { Locator } from '@playwright/test';
import { expect, GUIDE_PATHS, GUIDED_MESSAGES, guideStep, openReady, SANDBOX_MESSAGES, test } from './fixtures.ts';
import { PHONE } from './phone-device.ts';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { hideTestOnlyLanguageLinks, placeholderOverflow } from './header-helpers.ts';

test.use({ ...PHONE, viewport: { width: 390, height: 844 } });

/** How far (px) anything inside the app reaches past its frame's right edge. */
function overflowPastFrame(app: Locator): Promise<number> {
  return app.evaluate((host) => {
    const frame = host.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    let furthest = frame.right;
    for (const node of host.shadowRoot!.querySelectorAll('.frame *'))
      furthest = Math.max(furthest, node.getBoundingClientRect().right);
    // Text that runs past its own box (a word too long to wrap) counts too, unless a box around
    // it clips it (visually hidden text, a drop-down's own text): that box is checked above.
    const root = host.shadowRoot!.querySelector('.frame')!;
    const clipped = (node: Node) => {
      for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.clip !== 'auto' || style.overflow !== 'visible' || element.matches('select, option')) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walker.nextNode()) {
      if (clipped(walker.currentNode)) continue;
      range.selectNodeContents(walker.currentNode);
      for (const rect of range.getClientRects()) furthest = Math.max(furthest, rect.right);
    }
    return Math.ceil(furthest - frame.right);
  });
}

// The two written languages (the pseudo-locale's strings are longer on purpose). One page per
// language, every check in turn: each page load on a phone costs seconds of CPU.
for (const locale of TRANSLATED_LOCALES) {
  const t = SANDBOX_MESSAGES[locale];
  const g = GUIDED_MESSAGES[locale];

  test(`${locale}: the header, the credentials' radios, the token page's Overview and "Reset sandbox" each fit a 390 px phone`, async ({
    page,
  }) => {
    await openReady(page, GUIDE_PATHS[locale]);
    await hideTestOnlyLanguageLinks(page);
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    expect(await placeholderOverflow(page)).toBeLessThanOrEqual(0);
    // Nothing of it is lost: the links and the ask box are all there.
    await expect(page.getByRole('banner').getByRole('searchbox')).toBeInViewport();
    await expect(page.getByRole('banner').getByRole('button')).toBeInViewport();

    const step4 = guideStep(page, 4);
    await step4.scrollIntoViewIfNeeded();
    await step4.getByRole('button', { name: g.catchMeUp }).tap();
    await expect(page.getByText(g.progressText(3, 5))).toBeVisible();
    const panel = page.locator('impact-try-request');
    await expect(panel.getByRole('radio', { name: t.previousReadWrite })).toBeVisible();
    const misplaced = await panel.evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('label:has(> input[type="radio"])')].flatMap((label) => {
        const radio = label.querySelector('input')!.getBoundingClientRect();
        const words = [...label.childNodes].flatMap((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return node === label.querySelector('input')
            ? []
            : [...range.getClientRects()].filter((rect) => rect.width > 0);
        });
        const first = words.sort((a, b) => a.top - b.top || a.left - b.left)[0];
        if (!first) return [`${label.textContent}: no words`];
        const middle = radio.top + radio.height / 2;
        const beside = radio.right <= first.left && middle >= first.top && middle <= first.bottom;
        return beside
          ? []
          : [`${label.textContent?.trim()}: radio at ${Math.round(radio.top)}, words at ${Math.round(first.top)}`];
      }),
    );
    expect(misplaced).toEqual([]);

    // The breadcrumb reads evenly: a short label widened to a 44 px touch target (设置) leaves no
    // hole before its separator, so the gap after it matches the gap around the next separator.
    const crumbs = step4.locator('impact-sandbox');
    await expect(crumbs.getByRole('button', { name: t.settings, exact: true })).toBeVisible();
    const [afterLink, aroundSeparator] = await crumbs.evaluate((host) => {
      const words: DOMRect[] = [];
      const walker = document.createTreeWalker(host.shadowRoot!.querySelector('.breadcrumb')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent!;
        if (!text.trim() || text.trim() === '›') continue;
        const range = document.createRange();
        range.setStart(walker.currentNode, text.search(/\S/));
        range.setEnd(walker.currentNode, text.trimEnd().length);
        words.push(range.getBoundingClientRect());
      }
      const [label, middle, last] = words;
      return [middle!.left - label!.right, last!.left - middle!.right];
    });
    expect(Math.abs(afterLink! - aroundSeparator!)).toBeLessThanOrEqual(4);

    // The token page's Overview, drop-down and help text included, stays inside its frame.
    const step5 = guideStep(page, 5);
    await step5.scrollIntoViewIfNeeded();
    const app = step5.locator('impact-sandbox');
    await app.getByRole('button', { name: t.legacyAccountTokens }).tap();
    await expect(app.getByRole('combobox', { name: t.apiVersion })).toBeVisible();
    expect(await overflowPastFrame(app)).toBeLessThanOrEqual(0);
    await expect(app.getByText(t.apiVersionHelp)).toBeVisible();

    // The console's Account SID, too long for the line, wraps as two even halves, not a line and a
    // lone character.
    const sidLines = await page.locator('impact-sandbox-controls').evaluate((host) => {
      const code = host.shadowRoot!.querySelector('dd code')!;
      const range = document.createRange();
      range.selectNodeContents(code);
      const lines = new Map<number, number>();
      for (const rect of range.getClientRects())
        if (rect.width > 0) lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) ?? 0) + rect.width);
      return [...lines.values()];
    });
    expect(sidLines).toHaveLength(2);
    expect(Math.min(...sidLines)).toBeGreaterThan(Math.max(...sidLines) * 0.8);

    // "Reset sandbox" is at hand beside the steps, not only in the console far below.
    await step4.scrollIntoViewIfNeeded();
    const reset = page.locator('impact-guide-progress').getByRole('button', { name: t.resetSandbox });
    await expect(reset).toBeInViewport();
    await reset.tap();
    await page.locator('impact-guide-progress').getByRole('dialog').getByRole('button', { name: t.resetSandbox }).tap();
    await expect(page.getByText(g.progressText(0, 5))).toBeInViewport();
    await expect(step4.getByRole('button', { name: g.catchMeUp })).toBeVisible();
  });
}
