/** The pages as agents read them: `<page>.md`, `/llms.txt`, `/llms-full.txt`, and the passages the index searches. */
import { describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { llmsFull, llmsIndex } from '../../src/ask/llms.ts';
import { pageChunks, pageMarkdown, type SourcePage } from '../../src/ask/source.ts';
import { ZH_GUIDE_PATH } from '../../src/site.ts';

const pages = loadContentPages();
const guide = pages.find((page) => page.path === ZH_GUIDE_PATH)!;
const secure = pages.find((page) => page.path.endsWith('/keep-your-access-tokens-secure'))!;

describe('<page>.md', () => {
  const markdown = pageMarkdown(guide);
  const lines = markdown.split('\n');

  it('begins with a line pointing at /llms.txt, then the title', () => {
    expect(lines[0]).toContain('(/llms.txt)');
    expect(lines[2]).toBe('# 作为合作伙伴管理旧版 API 令牌');
  });

  it('renders the hint as a quote and keeps its link', () => {
    expect(markdown).toContain(
      '> **注意：** 访问 impact.com 的 [集成门户](https://integrations.impact.com/) 以查看 API 参考文档、集成指南等。',
    );
  });

  it('renders each widget as a one-line note and each icon as its text alternative; no component tags remain', () => {
    const notes = lines.filter((line) => line.includes('交互式沙盒：在网页版中'));
    // One per step, and the menu reference's embed.
    expect(notes).toHaveLength(6);
    expect(markdown).toContain('选择 用户资料图标 **\\[用户资料] → 设置**');
    expect(markdown).not.toMatch(/<(Sandbox|Icon|Hint|TryRequest)\b/);
  });

  it('keeps the five steps, the sub-points and the collapsible menu reference', () => {
    for (const step of [
      '1. 从顶部导航栏',
      '2. 在 *技术*下',
      '3. 在右上角',
      '4. 通过在令牌卡片上',
      '5. 您也可以选择令牌卡片',
    ])
      expect(markdown).toContain(step);
    expect(markdown).toContain('   * 在 *API 凭证* 页面');
    expect(markdown).toMatch(/<details id="menu-reference">\n\n<summary>菜单参考<\/summary>/);
    expect(markdown).toContain('| **重置（只读）**  |');
    expect(markdown).toContain('</details>');
  });

  it('ends with the agent instructions for this page', () => {
    expect(markdown).toContain(`GET ${ZH_GUIDE_PATH}.md?ask=<question>`);
  });

  it('an MDX component without a markdown form is an error at build time, not silently dropped', () => {
    const page: SourcePage = { ...guide, body: 'Text <Chart data="x" /> more.' };
    expect(() => pageMarkdown(page)).toThrow(/<Chart>/);
  });
});

describe('llms.txt and llms-full.txt', () => {
  it('llms.txt lists every page with its .md address and description', () => {
    const index = llmsIndex(pages);
    for (const page of pages)
      expect(index).toContain(`- [${page.data.title}](${page.path}.md): ${page.data.description}`);
  });

  it('llms-full.txt holds every page in full', () => {
    const full = llmsFull(pages);
    expect(full).toContain('菜单参考');
    expect(full).toContain('保持技术联系人最新');
    expect(full.match(/^# /gm)!.length).toBeGreaterThanOrEqual(pages.length + 1);
  });
});

describe('passages', () => {
  const chunks = pageChunks(guide);

  it('cuts the guide into the intro, the hint, five steps, two sub-points and two menu rows', () => {
    expect(chunks.map((chunk) => [chunk.kind, chunk.step ?? null])).toEqual([
      ['intro', null],
      ['hint', null],
      ['step', 1],
      ['step', 2],
      ['step', 3],
      ['step', 4],
      ['step', 5],
      ['substep', 5],
      ['substep', 5],
      ['row', null],
      ['row', null],
    ]);
  });

  it('names each section and anchors it where the HTML page does', () => {
    expect(chunks[0]).toMatchObject({ section: '作为合作伙伴管理旧版 API 令牌', anchor: '' });
    expect(chunks[2]).toMatchObject({ section: '管理访问令牌', anchor: '管理访问令牌' });
    expect(chunks.at(-1)).toMatchObject({ section: '菜单参考', anchor: 'menu-reference' });
  });

  it('quotes table rows without the table pipes', () => {
    expect(chunks.at(-1)!.markdown).toMatch(/^\*\*重置（只读）\*\*：重置只读令牌。/);
  });

  it('splits sentences at Chinese and Western full stops, not inside impact.com', () => {
    expect(chunks[1]!.sentences).toEqual(['注意： 访问 impact.com 的 集成门户 以查看 API 参考文档、集成指南等。']);
    expect(chunks[4]!.sentences).toHaveLength(2);
  });

  it('treats a list of titled points as practices, not steps', () => {
    const practices = pageChunks(secure).filter((chunk) => chunk.kind === 'item');
    expect(practices).toHaveLength(5);
    expect(pageChunks(secure).some((chunk) => chunk.kind === 'step')).toBe(false);
  });

  it("keeps a point's sub-points as points of their own (the choices under a setting)", () => {
    const settings: SourcePage = {
      path: '/partner/what-would-you-like-to-learn-about/made-up/settings',
      body: ['* **Frequency**:', '  * **Automatic**: sent on the 15th.', '  * **Manual**: sent when you ask.'].join(
        '\n',
      ),
      data: { title: 'Settings', description: 'Settings', locale: 'en' },
    };
    expect(pageChunks(settings).map((chunk) => [chunk.kind, chunk.sentences.join(' ')])).toEqual([
      ['item', 'Frequency:'],
      ['item', 'Automatic: sent on the 15th.'],
      ['item', 'Manual: sent when you ask.'],
    ]);
  });

  it('the index carries every page, every passage, and questions per locale', () => {
    const index = buildAskIndex(pages);
    expect(index.pages.map((page) => page.path).sort()).toEqual(pages.map((page) => page.path).sort());
    expect(index.chunks).toHaveLength(pages.flatMap(pageChunks).length);
    expect(index.pages.find((page) => page.path === ZH_GUIDE_PATH)!.questions.en!.length).toBeGreaterThan(0);
  });
});
