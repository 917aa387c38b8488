/**
 * Sharing an answer: the ask box puts the question in the page's address (`?ask=`), so the link
 * can be sent; opening it in another browser shows the page with the answer in its ask box, in
 * the page's language; closing the answer takes `ask` out of the address. In both locales, on
 * `npm start`'s server and, with the site's service worker already running, on a static host.
 */
import type { Browser, Page } from '@playwright/test';
import { ASK_BOX_MESSAGES } from '../../src/i18n/ask-box.ts';
import { languageTag } from '../../src/i18n/format.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../src/contract/index.ts';
import { EN_GUIDE_PATH, expect, GUIDE_PATH, openReady, test } from './fixtures.ts';

const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;

const CASES: Record<TranslatedLocale, { path: string; question: string; answer: string }> = {
  zh: { path: GUIDE_PATH, question: '如何重置只读令牌？', answer: '重置（只读）：重置只读令牌。' },
  en: {
    path: EN_GUIDE_PATH,
    question: 'How do I enable legacy tokens?',
    answer: 'In the top-right corner, select Enable Legacy Tokens',
  },
};

/** Asks in the header's box and waits for the answer. */
async function askInBox(page: Page, locale: TranslatedLocale, question: string): Promise<void> {
  const t = ASK_BOX_MESSAGES[locale];
  await page.getByRole('search').getByRole('searchbox', { name: t.label }).fill(question);
  await page.getByRole('search').getByRole('button', { name: t.submit, exact: true }).click();
  await expect(page.getByRole('region', { name: t.answerHeading(question) })).toHaveAttribute('aria-busy', 'false', {
    timeout: 15_000,
  });
}

/** What the reader of a shared link sees: the page in its language, the question in the box, the answer below. */
async function expectSharedAnswer(page: Page, locale: TranslatedLocale): Promise<void> {
  const { question, answer } = CASES[locale];
  const t = ASK_BOX_MESSAGES[locale];
  await expect(page.locator('html')).toHaveAttribute('lang', languageTag(locale));
  await expect(page.getByRole('search').getByRole('searchbox', { name: t.label })).toHaveValue(question);
  const region = page.getByRole('region', { name: t.answerHeading(question) });
  await expect(region.locator('.ask-answer')).toContainText(answer, { timeout: 15_000 });
}

async function openInFreshBrowser(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response!.headers()['content-type']).toContain('text/html');
  return page;
}

for (const locale of TRANSLATED_LOCALES) {
  const { path, question } = CASES[locale];

  test(`[${locale}] asking puts the question in the address; the link opens the answer in the page elsewhere; closing takes it out`, async ({
    page,
    browser,
  }) => {
    await page.goto(path);
    await askInBox(page, locale, question);
    await expect.poll(() => new URL(page.url()).searchParams.get('ask')).toBe(question);
    expect(new URL(page.url()).pathname).toBe(path);

    const shared = await openInFreshBrowser(browser, page.url());
    await expectSharedAnswer(shared, locale);
    await shared.context().close();

    await page.getByRole('button', { name: ASK_BOX_MESSAGES[locale].close }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('ask')).toBe(false);
    expect(new URL(page.url()).pathname).toBe(path);
  });
}

test('clearing the box closes the answer and takes ask out of the address', async ({ page }) => {
  const { path, question } = CASES.zh;
  await page.goto(path);
  await askInBox(page, 'zh', question);
  await page.getByRole('search').getByRole('searchbox', { name: ASK_BOX_MESSAGES.zh.label }).fill('');
  await expect(page.getByRole('region', { name: ASK_BOX_MESSAGES.zh.answerHeading(question) })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.has('ask')).toBe(false);
});

test.describe('on a static host, with the site worker already running', () => {
  test.use({ baseURL: STATIC_ORIGIN });

  test('a shared link opened in the browser shows the page with the answer, not the markdown reply', async ({
    page,
  }) => {
    for (const locale of TRANSLATED_LOCALES) {
      const { path, question } = CASES[locale];
      await openReady(page, path);
      const response = await page.goto(`${path}?ask=${encodeURIComponent(question)}`);
      expect(response!.headers()['content-type']).toContain('text/html');
      await expectSharedAnswer(page, locale);
    }
  });
});
