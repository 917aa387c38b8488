/** The `?ask=` handler itself (the code both the server and the service worker run): statuses, types, order, bad input. */
import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { buildIndexFromContent, loadContentPages } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { createAskHandler } from '../../src/ask/http.ts';
import type { AskIndexData, AskReply } from '../../src/ask/types.ts';
import { EN_GUIDE_PATH, ZH_GUIDE_PATH } from '../../src/site.ts';

const ORIGIN = 'http://docs.test';
let index: AskIndexData;
let handle: ReturnType<typeof createAskHandler>;
let loads = 0;

beforeAll(async () => {
  index = await buildIndexFromContent();
  handle = createAskHandler({
    loadIndex: async () => {
      loads += 1;
      return index;
    },
  });
});

async function ask(
  path: string,
  init: { accept?: string; method?: string; notFound?: boolean } = {},
): Promise<Response> {
  const request = new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: init.accept ? { Accept: init.accept } : {},
  });
  const response = await handle(request, { notFound: init.notFound });
  if (!response) throw new Error(`the handler declined ${path}`);
  return response;
}

const q = (question: string) => encodeURIComponent(question);

describe('markdown replies', () => {
  it('answers on the page URL and on <page>.md alike, as noindex markdown', async () => {
    for (const path of [
      `${ZH_GUIDE_PATH}?ask=${q('如何启用旧版令牌？')}`,
      `${ZH_GUIDE_PATH}.md?ask=${q('如何启用旧版令牌？')}`,
    ]) {
      const response = await ask(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
      expect(response.headers.get('X-Robots-Tag')).toBe('noindex');
    }
  });

  it("keeps GitBook's order: question, answer, excerpts, follow-ups, sources", async () => {
    const body = await (await ask(`${ZH_GUIDE_PATH}.md?ask=${q('如何启用旧版令牌？')}`)).text();
    const at = (text: string) => body.indexOf(text);
    expect(body.startsWith('# 如何启用旧版令牌？\n\n1. 从顶部导航栏')).toBe(true);
    expect(at('> 在右上角，选择 **启用旧版令牌**')).toBeGreaterThan(at('3. 在右上角'));
    expect(at('# Suggested Follow-up Questions:')).toBeGreaterThan(at('> 在右上角'));
    expect(at('# Sources:')).toBeGreaterThan(at('# Suggested Follow-up Questions:'));
    expect(body).toContain(
      `- [作为合作伙伴管理旧版 API 令牌 › 管理访问令牌](${ORIGIN}${ZH_GUIDE_PATH}.md#${encodeURIComponent('管理访问令牌')})`,
    );
    expect(body).toMatch(new RegExp(`\\n- \\[[^\\]]+\\]\\(${ORIGIN}${ZH_GUIDE_PATH}\\.md\\?ask=%`));
    expect(body).toContain('> — [作为合作伙伴管理旧版 API 令牌 › 管理访问令牌 › 步骤 3]');
  });

  it('an unanswerable question is refused plainly, with questions that can be answered and no sources', async () => {
    const body = await (await ask(`${ZH_GUIDE_PATH}?ask=${q('如何修改佣金比例？')}`)).text();
    expect(body).toContain('无法根据本站文档回答这个问题');
    expect(body).toContain('# Suggested Follow-up Questions:');
    expect(body).not.toContain('# Sources:');
    expect(body).not.toContain('> ');
  });

  it('an empty question, or the literal <question>, gets the usage text', async () => {
    for (const question of ['', '%20%20', '%3Cquestion%3E']) {
      const response = await ask(`${ZH_GUIDE_PATH}.md?ask=${question}`);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).toContain('?ask=<问题>');
      expect(body).not.toContain('# Sources:');
    }
  });

  it('a question over 300 characters (code points, not UTF-16 units) is a 400 that names the limit; 300 is fine', async () => {
    const tooLong = await ask(`${ZH_GUIDE_PATH}.md?ask=${q('令'.repeat(301))}`);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('问题太长：301 个字符，上限是 300 个字符');
    expect((await ask(`${ZH_GUIDE_PATH}.md?ask=${q('令'.repeat(300))}`)).status).toBe(200);
    expect((await ask(`${ZH_GUIDE_PATH}.md?ask=${q('𠀀'.repeat(300))}`)).status).toBe(200);
    expect((await ask(`${ZH_GUIDE_PATH}.md?ask=${q('𠀀'.repeat(301))}`)).status).toBe(400);
    const goal = await ask(`${ZH_GUIDE_PATH}.md?ask=${q('如何启用旧版令牌？')}&goal=${'g'.repeat(301)}`);
    expect(goal.status).toBe(400);
    expect(await goal.text()).toBe(
      '# The goal is too long: 301 characters, and the limit is 300. Ask one specific question.\n',
    );
    const english = await ask(`${ZH_GUIDE_PATH}.md?ask=${'a'.repeat(1500)}`, { accept: 'application/json' });
    expect(english.status).toBe(400);
    expect(await english.json()).toEqual({
      error: 'The question is too long: 1500 characters, and the limit is 300. Ask one specific question.',
    });
  });

  it('an unknown .md page is a 200 "Page Not Found" suggesting the nearest pages first', async () => {
    const response = await ask('/partner/zh/nin-xiang-liao-jie-shen-me/account-management/no-such-page.md', {
      notFound: true,
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body.startsWith('# 找不到页面\n')).toBe(true);
    const guideAt = body.indexOf(`(${ORIGIN}${ZH_GUIDE_PATH}.md)`);
    const secureAt = body.indexOf('keep-your-access-tokens-secure.md)');
    expect(guideAt).toBeGreaterThan(0);
    expect(secureAt).toBeGreaterThan(guideAt);
    expect(body).toContain('本站没有这个页面：/partner/zh/nin\\-xiang\\-liao');
    expect(await (await ask('/en/missing.md', { notFound: true })).text()).toMatch(/^# Page Not Found\n/);
    // As the HTML 404: the language the address suggests (a misplaced zh segment), its pages first.
    const misplaced = await (await ask('/zh/other/missing.md', { notFound: true, accept: 'application/json' })).json();
    const suggested = (misplaced.suggestions as { url: string }[]).map(({ url }) => new URL(url).pathname);
    const zhCount = suggested.filter((path) => path.includes('/zh/')).length;
    expect(zhCount).toBeGreaterThan(0);
    expect(suggested.slice(0, zhCount).every((path) => path.includes('/zh/'))).toBe(true);
    expect(await (await ask('/zh/other/missing.md', { notFound: true })).text()).toMatch(/^# 找不到页面\n/);
    // With a question, the index knows the page is missing: no static lookup needed.
    expect(await (await ask(`/en/missing.md?ask=${q('如何启用旧版令牌？')}`)).text()).toMatch(/^# Page Not Found\n/);
    const json = await (await ask('/en/missing.md', { notFound: true, accept: 'application/json' })).json();
    expect(json.error).toBe('Page Not Found');
    expect(json.suggestions.length).toBeGreaterThan(0);
  });

  it('markup in a question stays inert wherever it is echoed', async () => {
    const question = '<img src=x onerror=alert(1)> [link](javascript:alert(1)) **bold**\n# heading';
    const body = await (await ask(`${ZH_GUIDE_PATH}.md?ask=${q(question)}`)).text();
    expect(body).not.toContain('<img');
    expect(body).not.toContain('](javascript:');
    expect(body.split('\n')[0]).toBe(
      '# &lt;img src=x onerror=alert\\(1\\)&gt; \\[link\\]\\(javascript:alert\\(1\\)\\) \\*\\*bold\\*\\* \\# heading',
    );
  });
  it('web addresses and e-mail addresses in an echoed question do not become links (GFM autolinks)', async () => {
    const question = 'Is www.evil.example or https://evil.example/x or mailto:me@evil.example safe?';
    const body = await (await ask(`${ZH_GUIDE_PATH}.md?ask=${q(question)}`)).text();
    const heading = body.split('\n')[0]!;
    const links: string[] = [];
    const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(heading);
    visit(tree, 'link', (link: Link) => {
      links.push(link.url);
    });
    expect(links).toEqual([]);
    // The reader still sees the question as typed (the breaks are invisible word joiners).
    expect(heading.replace(/\u2060|\\/g, '')).toBe(`# ${question}`);
  });
});

describe('where a question is asked', () => {
  it("a short address asks on the page it leads to; any other path answers in the guide's context", async () => {
    // English is the help center's default locale: `/` leads to the English guide, `/partner/zh` to the zh one.
    const root = await (await ask(`/?ask=`)).text();
    expect(root).toContain(`${ORIGIN}${EN_GUIDE_PATH}.md?ask=`);
    const zhRoot = await (await ask(`/partner/zh?ask=`)).text();
    expect(zhRoot).toContain(`${ORIGIN}${ZH_GUIDE_PATH}.md?ask=`);
    const sandboxPage = await (await ask(`/partner/zh/sandbox?ask=${q('如何启用旧版令牌？')}`)).text();
    expect(sandboxPage).toContain('3. 在右上角，选择 启用旧版令牌');
    expect(sandboxPage).toContain(`${ORIGIN}${ZH_GUIDE_PATH}.md?ask=`);
  });

  it('a short address is no .md page: /.md, /%2F.md and /partner/zh.md are "Page Not Found", asked or not', async () => {
    // CI's fast-check run found /%2F.md (decoded to //.md) answered with the guide's usage text.
    const cases = [
      ['/.md', 'Page Not Found'],
      ['/%2F.md', 'Page Not Found'],
      ['/partner/zh.md', '找不到页面'],
    ] as const;
    for (const [path, heading] of cases) {
      expect(await (await ask(path, { notFound: true })).text()).toMatch(new RegExp(`^# ${heading}\n`));
      expect(await (await ask(`${path}?ask=${q('如何启用旧版令牌？')}`)).text()).toMatch(new RegExp(`^# ${heading}\n`));
    }
  });

  it("an answer in a language the question does not show (digits only) takes the page's", async () => {
    const reply = (await (await ask(`${ZH_GUIDE_PATH}?ask=2025`, { accept: 'application/json' })).json()) as AskReply;
    expect(reply.language).toBe('zh');
  });
});

describe('JSON replies', () => {
  it('has the same content, with the documented fields', async () => {
    // Asked in English on the Chinese page: answered from the English page, in English.
    const response = await ask(`${ZH_GUIDE_PATH}?ask=${q('How do I reset the read-only token?')}`, {
      accept: 'application/json',
    });
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex');
    const reply = (await response.json()) as AskReply;
    expect(reply).toMatchObject({ question: 'How do I reset the read-only token?', answered: true, language: 'en' });
    expect(reply.answer).toContain('Reset (Read-Only): Reset the read-only token.');
    expect(reply.excerpts.at(-1)).toEqual({
      text: expect.stringMatching(/^\*\*Reset \(Read-Only\)\*\*/),
      page: 'Manage legacy API tokens as a partner',
      section: 'Menu reference',
      url: `${ORIGIN}${EN_GUIDE_PATH}.md#menu-reference`,
    });
    expect(reply.sources).toContainEqual({
      title: 'Manage legacy API tokens as a partner › Menu reference',
      url: `${ORIGIN}${EN_GUIDE_PATH}.md#menu-reference`,
    });
    expect(reply.followUps.length).toBeGreaterThan(0);
    expect(reply.followUps.every((question) => /^[\x20-\x7e]+$/.test(question))).toBe(true);
  });

  it('markdown wins when the client prefers it', async () => {
    const response = await ask(`${ZH_GUIDE_PATH}?ask=x`, { accept: 'text/markdown, application/json;q=0.5' });
    expect(response.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
  });

  it('the weight decides, not only the order: JSON named first with a lower q gets markdown', async () => {
    const response = await ask(`${ZH_GUIDE_PATH}?ask=x`, { accept: 'application/json;q=0.5, text/markdown' });
    expect(response.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
  });
});

describe('what the handler leaves alone, and when it loads the index', () => {
  it("declines plain pages, a known page's static .md, the sandbox API and non-GET methods", async () => {
    for (const request of [
      new Request(`${ORIGIN}${ZH_GUIDE_PATH}`),
      new Request(`${ORIGIN}${ZH_GUIDE_PATH}.md`),
      new Request(`${ORIGIN}/api/sandbox?ask=x`),
      new Request(`${ORIGIN}${ZH_GUIDE_PATH}?ask=x`, { method: 'POST' }),
    ]) {
      expect(await handle(request)).toBeNull();
    }
  });

  it('a browser opening <page>?ask= (Accept prefers HTML) gets the page; <page>.md?ask= and other clients get the reply', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const question = `?ask=${q('如何启用旧版令牌？')}`;
    expect(
      await handle(new Request(`${ORIGIN}${ZH_GUIDE_PATH}${question}`, { headers: { Accept: browser } })),
    ).toBeNull();
    const markdown = await ask(`${ZH_GUIDE_PATH}.md${question}`, { accept: browser });
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    for (const accept of ['*/*', 'text/markdown', 'text/html;q=0.5, text/markdown', 'application/json'])
      expect((await ask(`${ZH_GUIDE_PATH}${question}`, { accept })).status).toBe(200);
  });

  it('loads the index once, on the first question (not for pages or their .md)', async () => {
    const fresh = createAskHandler({
      loadIndex: async () => {
        loads += 1;
        return index;
      },
    });
    const before = loads;
    expect(await fresh(new Request(`${ORIGIN}${ZH_GUIDE_PATH}`))).toBeNull();
    expect(await fresh(new Request(`${ORIGIN}${ZH_GUIDE_PATH}.md`))).toBeNull();
    expect(await fresh(new Request(`${ORIGIN}/no/such/page.md`))).toBeNull();
    expect(loads).toBe(before);
    await fresh(new Request(`${ORIGIN}${ZH_GUIDE_PATH}?ask=a`));
    await fresh(new Request(`${ORIGIN}${ZH_GUIDE_PATH}?ask=b`));
    expect(loads).toBe(before + 1);
  });

  it('a failed index load is retried on the next question', async () => {
    let attempts = 0;
    const flaky = createAskHandler({
      loadIndex: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('offline');
        return index;
      },
    });
    await expect(flaky(new Request(`${ORIGIN}${ZH_GUIDE_PATH}?ask=a`))).rejects.toThrow('offline');
    expect((await flaky(new Request(`${ORIGIN}${ZH_GUIDE_PATH}?ask=a`)))!.status).toBe(200);
  });
});

describe('answers', () => {
  it('every question a page suggests is one the content answers', async () => {
    const engine = createAskEngine(index);
    for (const page of index.pages) {
      for (const question of Object.values(page.questions).flat()) {
        expect(engine.ask({ question, page: page.path }).answered, question).toBe(true);
      }
    }
  });

  it('a goal ranks passages: the same question lands on the practice or on the menu item', () => {
    const engine = createAskEngine(index);
    const sections = (goal: string) =>
      engine.ask({ question: '什么是重置令牌？', goal }).excerpts.map((excerpt) => excerpt.section);
    expect(sections('令牌泄露 立即')[0]).toBe('保护您的访问令牌安全');
    expect(sections('菜单 重置（只读）')[0]).toBe('菜单参考');
  });

  it('a quoted sentence that points back comes with what it points to ("this button" is Enable Legacy Tokens)', () => {
    const engine = createAskEngine(index);
    const english = engine.ask({ question: 'When does the Legacy Account Tokens card appear?', page: EN_GUIDE_PATH });
    expect(english.answer).toContain('select Enable Legacy Tokens');
    expect(english.answer.indexOf('Enable Legacy Tokens')).toBeLessThan(english.answer.indexOf('this button'));
    const chinese = engine.ask({ question: '旧版账户令牌卡片什么时候出现？', page: ZH_GUIDE_PATH });
    expect(chinese.answer.indexOf('启用旧版令牌')).toBeLessThan(chinese.answer.indexOf('选择该按钮后'));
    // Also when the answer quotes the sentence it points to anyway, after it.
    const both = engine.ask({ question: '旧版令牌卡片什么时候出现？', page: ZH_GUIDE_PATH });
    expect(both.answer).toContain('选择该按钮后');
    expect(both.answer.indexOf('启用旧版令牌')).toBeLessThan(both.answer.indexOf('选择该按钮后'));
  });

  it('an index from an older build (no general-reading data, as a worker may keep offline) still answers', () => {
    const { asking, numberAsked, pointsBack, common, ...older } = index.vocabulary;
    expect([asking, numberAsked, pointsBack, common].every(Boolean)).toBe(true);
    const engine = createAskEngine({ ...index, vocabulary: older });
    const reply = engine.ask({ question: '如何启用旧版令牌？', page: ZH_GUIDE_PATH });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('启用旧版令牌');
    expect(engine.ask({ question: '如何修改佣金比例？', page: ZH_GUIDE_PATH }).answered).toBe(false);
  });

  it('a yes/no question gets yes or no first where the quoted sentence tells the reader; a hedged one or a wh-question none', () => {
    const engine = createAskEngine(index);
    const first = (question: string, page: string) => engine.ask({ question, page }).answer.split('\n\n')[0];
    expect(first('Can I copy the Account SID?', EN_GUIDE_PATH)).toBe('Yes.');
    expect(first('身份验证令牌的值可以复制吗？', ZH_GUIDE_PATH)).toBe('可以。');
    expect(first('在哪里可以复制账户 SID？', ZH_GUIDE_PATH)).not.toMatch(/^不?可以。$/);
    // "you may be able to upgrade": the page does not say yes.
    expect(first('Can I upgrade the API version of my token?', EN_GUIDE_PATH)).not.toMatch(/^(Yes|No)\.$/);
  });

  it('no follow-up is offered twice, though the guide and the page it links to suggest the same questions', () => {
    const engine = createAskEngine(index);
    for (const [question, page] of [
      ['How do I enable legacy tokens?', EN_GUIDE_PATH],
      ['When does the Legacy Account Tokens card appear?', EN_GUIDE_PATH],
      ['如何修改佣金比例？', ZH_GUIDE_PATH],
    ] as const) {
      const { followUps } = engine.ask({ question, page });
      expect(new Set(followUps).size, question).toBe(followUps.length);
    }
  });

  it('a question in a language the site has no page in is answered from another page, and says so', () => {
    const zhOnly = buildAskIndex(loadContentPages().filter((page) => page.data.locale === 'zh'));
    const reply = createAskEngine(zhOnly).ask({ question: 'How do I enable legacy tokens?', page: ZH_GUIDE_PATH });
    expect(reply).toMatchObject({ answered: true, language: 'en' });
    expect(reply.answer).toMatch(/^There is no English version of this site yet/);
    expect(reply.answer).toContain('在右上角，选择 启用旧版令牌');
  });

  it('a mixed zh/en question is read word by word and answered in Chinese', () => {
    const reply = createAskEngine(index).ask({ question: 'auth token 在哪复制', page: ZH_GUIDE_PATH });
    expect(reply).toMatchObject({ answered: true, language: 'zh' });
    expect(reply.answer.split('\n')[0]).toBe(
      '在 API 凭证 页面，您可以查看并复制 账户 SID 和 身份验证令牌 的读写和只读令牌值。',
    );
  });
});
