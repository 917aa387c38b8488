/**
 * `?ask=` over real HTTP: a plain client (fetch, as curl would) against `npm start`'s server,
 * and a browser navigating on a static host, where only the service worker can answer.
 */
import { EN_GUIDE_PATH, expect, GUIDE_PATH, openReady, test } from './fixtures.ts';

const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;
const SECURE_PATH = '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure';
const ask = (question: string) => encodeURIComponent(question);

test.describe('curl-style client against npm start', () => {
  test('the page URL with ?ask= answers as noindex markdown in GitBook order', async ({ baseURL }) => {
    const response = await fetch(`${baseURL}${GUIDE_PATH}?ask=${ask('如何启用旧版令牌？')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    const body = await response.text();
    const headings = body.split('\n').filter((line) => line.startsWith('# '));
    expect(headings).toEqual(['# 如何启用旧版令牌？', '# Suggested Follow-up Questions:', '# Sources:']);
    expect(body).toContain('3. 在右上角，选择 启用旧版令牌');
    expect(body).toContain('选择该按钮后，它将消失，并且会出现一个 旧版账户令牌 卡片。');
    expect(body).toContain(
      `- [作为合作伙伴管理旧版 API 令牌 › 管理访问令牌](${baseURL}${GUIDE_PATH}.md#${encodeURIComponent('管理访问令牌')})`,
    );
    // Every follow-up is itself an ?ask= link that answers.
    const followUp = /\]\((http[^)]+\?ask=[^)]+)\)/.exec(body.slice(body.indexOf('# Suggested')))![1]!;
    const next = await fetch(followUp);
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('# Sources:');
  });

  test('Accept: application/json gets the same content as JSON', async ({ baseURL }) => {
    const response = await fetch(`${baseURL}${GUIDE_PATH}.md?ask=${ask('What is a legacy token?')}`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const reply = await response.json();
    expect(Object.keys(reply)).toEqual(
      expect.arrayContaining(['question', 'answer', 'excerpts', 'sources', 'followUps', 'answered']),
    );
    expect(reply.answered).toBe(true);
    // Asked in English on the Chinese guide: answered from the English guide, in English.
    expect(reply.answer).toContain('Any API tokens created before April 2025 are considered legacy tokens.');
    expect(reply.excerpts[0]).toEqual({
      text: expect.stringContaining('April 2025'),
      page: 'Manage legacy API tokens as a partner',
      section: 'Manage legacy API tokens as a partner',
      url: `${baseURL}${EN_GUIDE_PATH}.md`,
    });
  });

  test('<page>.md, /llms.txt and /llms-full.txt are UTF-8 text', async ({ baseURL }) => {
    const page = await fetch(`${baseURL}${GUIDE_PATH}.md`);
    expect(page.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const markdown = await page.text();
    expect(markdown.split('\n')[0]).toContain('](/llms.txt)');
    expect(markdown).toContain('<summary>菜单参考</summary>');
    const index = await fetch(`${baseURL}/llms.txt`);
    expect(index.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const listing = await index.text();
    for (const path of [GUIDE_PATH, SECURE_PATH]) {
      expect(listing).toContain(`](${path}.md)`);
      expect((await fetch(`${baseURL}${path}.md`)).status).toBe(200);
    }
    expect(await (await fetch(`${baseURL}/llms-full.txt`)).text()).toContain('保持技术联系人最新');
  });

  test('bad input: empty, placeholder, too long, unknown page, markup, HEAD', async ({ baseURL }) => {
    for (const question of ['', '%3Cquestion%3E']) {
      const usage = await fetch(`${baseURL}${GUIDE_PATH}.md?ask=${question}`);
      expect(usage.status).toBe(200);
      expect(await usage.text()).toContain('?ask=<问题>');
    }
    const tooLong = await fetch(`${baseURL}${GUIDE_PATH}?ask=${'x'.repeat(301)}`);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('The question is too long: 301 characters, and the limit is 300');
    for (const missingUrl of [`${baseURL}/partner/zh/no-such-page.md?ask=x`, `${baseURL}/partner/zh/no-such-page.md`]) {
      const missing = await fetch(missingUrl);
      expect(missing.status).toBe(200);
      expect(missing.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(await missing.text()).toMatch(/^# 找不到页面\n[\s\S]*manage-legacy-api-tokens-as-a-partner\.md\)/);
    }
    // An unknown HTML page is still the site's 404 page.
    expect((await fetch(`${baseURL}/partner/zh/no-such-page`)).status).toBe(404);
    const markup = await (await fetch(`${baseURL}${GUIDE_PATH}?ask=${ask('<script>alert(1)</script>')}`)).text();
    expect(markup).not.toContain('<script>');
    expect(markup.split('\n')[0]).toBe('# &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    const head = await fetch(`${baseURL}${GUIDE_PATH}?ask=${ask('什么是旧版令牌')}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await head.text()).toBe('');
  });

  test('an unanswerable question is refused with questions that can be answered', async ({ baseURL }) => {
    const reply = await (
      await fetch(`${baseURL}${SECURE_PATH}.md?ask=${ask('How do I change my commission rate?')}`, {
        headers: { Accept: 'application/json' },
      })
    ).json();
    expect(reply).toMatchObject({ answered: false, excerpts: [], sources: [] });
    expect(reply.answer).toContain('could not be answered');
    expect(reply.followUps[0]).toBe('Why should I rotate tokens regularly?');
  });
});

test.describe('a browser on a static host', () => {
  test.use({ baseURL: STATIC_ORIGIN });

  test('navigating to .md?ask= and .md URLs is answered by the service worker', async ({
    page,
    workerNetworkRequests,
  }) => {
    await openReady(page);
    // The worker installs and runs the sandbox without the ask engine; the first question loads it, once.
    const askChunk = () => workerNetworkRequests.filter((url) => new URL(url).pathname === '/sandbox-sw-ask.js');
    expect(askChunk()).toEqual([]);
    // (`<page>?ask=` opened in the browser is the page itself, answering in its box: ask-share.spec.ts.)
    const answered = await page.goto(`${GUIDE_PATH}.md?ask=${ask('如何重置只读令牌？')}`);
    expect(answered!.status()).toBe(200);
    expect(answered!.headers()['x-served-by']).toBe('service-worker');
    expect(answered!.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    await expect(page.locator('body')).toContainText('# 如何重置只读令牌？');
    await expect(page.locator('body')).toContainText('重置（只读）：重置只读令牌。');
    expect(askChunk()).toHaveLength(1);

    // The worker's dictionary (built with only the product labels) reads an English question too.
    const english = await page.goto(`${GUIDE_PATH}.md?ask=${ask('How do I enable legacy tokens?')}`);
    expect(english!.headers()['x-served-by']).toBe('service-worker');
    await expect(page.locator('body')).toContainText('3. In the top-right corner, select Enable Legacy Tokens');

    const missing = await page.goto('/partner/zh/nothing-here.md');
    expect(missing!.headers()['x-served-by']).toBe('service-worker');
    await expect(page.locator('body')).toContainText('# 找不到页面');

    const markdown = await page.goto(`${GUIDE_PATH}.md`);
    expect(markdown!.status()).toBe(200);
    await expect(page.locator('body')).toContainText('# 作为合作伙伴管理旧版 API 令牌');
    expect(askChunk()).toHaveLength(1);
  });

  test('a first visit to a ?ask= URL, before any worker, gets the guide with the answer in its ask box', async ({
    page,
  }) => {
    const response = await page.goto(`${GUIDE_PATH}?ask=${ask('如何启用旧版令牌？')}`);
    expect(response!.headers()['content-type']).toContain('text/html');
    await expect(page.getByRole('searchbox')).toHaveValue('如何启用旧版令牌？');
    await expect(page.locator('.ask-answer')).toContainText('在右上角，选择 启用旧版令牌');
  });

  test('the static host itself cannot answer: without the worker the question is not served', async ({ baseURL }) => {
    const response = await fetch(`${baseURL}${GUIDE_PATH}?ask=${ask('如何启用旧版令牌？')}`);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
