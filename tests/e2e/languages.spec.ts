/** Both languages: each page at its real path, a switch between them, one sandbox for both. */
import { languageTag } from '../../src/i18n/format.ts';
import { SITE_MESSAGES } from '../../src/i18n/site.ts';
import {
  embed,
  en,
  EN_GUIDE_PATH,
  EN_SANDBOX_PATH,
  expect,
  expectNoAxeViolations,
  GUIDE_PATH,
  openReady,
  test,
  zh,
  ZH_SANDBOX_PATH,
} from './fixtures.ts';
import { STATIC_ORIGIN } from './support-helpers.ts';

const SECURITY = {
  zh: '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
  en: '/other/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
};

// One page for both (a context and a page load saved): the switch only reads, the sandbox starts as it was.
test('the language switch leads to the other language and back; the English guide speaks English, one sandbox for both', async ({
  page,
}) => {
  await test.step('the language switch leads to the same page in the other language, and back', async () => {
    await page.goto(GUIDE_PATH);
    await page.getByRole('link', { name: SITE_MESSAGES.en.languageName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${EN_GUIDE_PATH}/?$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage legacy API tokens as a partner');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await page.getByRole('link', { name: SITE_MESSAGES.zh.languageName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${GUIDE_PATH}/?$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('作为合作伙伴管理旧版 API 令牌');
  });
  await test.step('the English guide speaks English, and the sandbox is one across languages', async () => {
    await openReady(page, EN_GUIDE_PATH);
    await embed(page, 2).getByRole('button', { name: en.enableLegacyTokens }).click();
    await expect(embed(page, 2).getByRole('article', { name: en.legacyAccountTokens })).toBeVisible();
    // Running text follows each language's punctuation: "Created: …" and "创建日期：…".
    await expect(embed(page, 2).getByRole('article')).toContainText(`${en.createdDate}: March 18, 2024`);
    await openReady(page, GUIDE_PATH);
    await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
    await expect(embed(page, 2).getByRole('article')).toContainText(`${zh.createdDate}：2024年3月18日`);
    await expect(embed(page, 2).getByRole('article')).toContainText(`${zh.readWrite}、${zh.readOnly}`);
    await expect(embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens })).toHaveCount(0);
  });
});

for (const [name, paths] of [
  ['guide', { zh: GUIDE_PATH, en: EN_GUIDE_PATH }],
  ['security page', SECURITY],
  ['full sandbox', { zh: ZH_SANDBOX_PATH, en: EN_SANDBOX_PATH }],
] as const) {
  test(`the ${name} names both languages as hreflang alternates`, async ({ request }) => {
    for (const path of Object.values(paths)) {
      const html = await (await request.get(path)).text();
      expect(html).toContain(`<link rel="alternate" hreflang="zh-CN" href="${paths.zh}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="en-US" href="${paths.en}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${paths.en}">`);
    }
  });
}

test("a missing page answers 404 in the language its address suggests, with the nearest pages and each language's guide, from npm start and from a static host's one 404.html", async ({
  browser,
  baseURL,
}) => {
  // A context of its own: the fixture's page fails on any console error, and a 404 document logs one.
  const context = await browser.newContext();
  // Every h1 that could be drawn before the page has loaded: a static host's 404.html must never
  // show the wrong language's. Looked at as each is parsed (a mutation observer's callback runs
  // before the parser runs the next script) and on every frame.
  await context.addInitScript(() => {
    const shown = new Set<string>();
    (window as unknown as { shownHeadings: Set<string> }).shownHeadings = shown;
    const look = () => {
      for (const heading of document.querySelectorAll('h1'))
        if (heading.checkVisibility()) shown.add(heading.textContent ?? '');
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    const everyFrame = () => {
      look();
      if (document.readyState !== 'complete') requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 404')) problems.push(message.text());
  });
  // npm start chooses the page on the server; a static host (STATIC_ONLY) answers every missing address with 404.html.
  for (const origin of [baseURL!, STATIC_ORIGIN])
    for (const [path, locale, nearest] of [
      ['/partner/zh/sandbox/typo', 'zh', { name: SITE_MESSAGES.zh.sandboxPageTitle, href: ZH_SANDBOX_PATH }],
      // No locale segment where the site puts it, but a zh one: the zh guide shares most of its words.
      ['/zh/partner/no-such-page', 'zh', { name: '作为合作伙伴管理旧版 API 令牌', href: GUIDE_PATH }],
      [
        '/other/reference-documentation/keep-tokens-secure',
        'en',
        { name: 'Keep your access tokens secure', href: SECURITY.en },
      ],
    ] as const) {
      const where = `${origin}${path}`;
      const response = await page.goto(where);
      expect(response?.status(), where).toBe(404);
      const site = SITE_MESSAGES[locale];
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.notFoundTitle);
      await expect(page.locator('html')).toHaveAttribute('lang', languageTag(locale));
      await expect(page).toHaveTitle(`${site.notFoundTitle} · ${site.siteName}`);
      await expect(page.getByRole('main')).toContainText(site.notFoundBody);
      await expect(page.getByRole('banner').getByRole('link', { name: site.fullSandbox })).toBeVisible();
      // One version of the page: one h1, one header, no id twice.
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await page.waitForFunction(() => document.readyState === 'complete');
      expect(
        await page.evaluate(() => [...(window as unknown as { shownHeadings: Set<string> }).shownHeadings]),
        where,
      ).toEqual([site.notFoundTitle]);
      // Ranked by this address, as the `.md` "Page Not Found" ranks them, five at most.
      const suggestions = page.getByRole('list', { name: site.notFoundNearest });
      await expect(suggestions.getByRole('link')).toHaveCount(5);
      await expect(suggestions.getByRole('link').first()).toHaveAccessibleName(nearest.name);
      await expect(suggestions.getByRole('link').first()).toHaveAttribute('href', nearest.href);
      // The three pages in this 404's language come first; the others carry their lang.
      const languages = await suggestions
        .getByRole('link')
        .evaluateAll((links: HTMLAnchorElement[]) => links.map((link) => link.lang));
      expect(languages.slice(0, 3), where).toEqual(['', '', '']);
      expect(
        languages.slice(3).filter((lang) => lang === ''),
        where,
      ).toEqual([]);
      const homes = page.getByRole('list', { name: site.notFoundHome });
      for (const [other, guide] of [
        ['zh', GUIDE_PATH],
        ['en', EN_GUIDE_PATH],
      ] as const) {
        await expect(homes.getByRole('link', { name: SITE_MESSAGES[other].guideIn })).toHaveAttribute('href', guide);
      }
      // The static host's zh page is the one put together in the browser: axe it as well as the last.
      if (origin === STATIC_ORIGIN && path === '/partner/zh/sandbox/typo') await expectNoAxeViolations(page);
    }
  await expectNoAxeViolations(page);
  expect(problems, 'console errors other than the 404 itself (a CSP violation, say)').toEqual([]);
  await context.close();
});
