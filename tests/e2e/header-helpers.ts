/** What the header tests measure: the ask box's hint against the room it has, on the header users get. */
import type { Page } from '@playwright/test';
import { LOCALE_RECORDS } from '../../src/contract/index.ts';

/**
 * The e2e build adds a link to its pseudo-locale to every header; no served site has it. The header
 * tests measure the header as served, so that link is taken out of the layout first.
 */
export async function hideTestOnlyLanguageLinks(page: Page): Promise<void> {
  const tags = LOCALE_RECORDS.filter((record) => record.pseudoOf).map((record) => record.lang);
  // Set through the CSSOM: the page's CSP refuses an added <style>.
  await page.evaluate((tags) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-header .language-switch'))
      if (tags.includes(link.hreflang)) link.style.display = 'none';
  }, tags);
}

/** How many px of the ask box's placeholder do not fit in its text area (≤ 0: it is shown whole), as drawn. */
export function placeholderOverflow(page: Page): Promise<number> {
  return page.locator('#impact-ask-input').evaluate((input: HTMLInputElement) => {
    // The hint typed in as text: the field's own layout says whether it fits (one pixel for the caret).
    input.value = input.placeholder;
    const overflow = input.scrollWidth - input.clientWidth - 1;
    input.value = '';
    return overflow;
  });
}
