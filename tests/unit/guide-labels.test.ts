/**
 * Guide ↔ UI drift check: every control the zh guide names in bold or italics must be a label
 * the simulated app actually shows (src/i18n/sandbox.ts), spelled the same way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { ZH_GUIDE_PATH } from '../../src/site.ts';

const guide = readFileSync(new URL(`../../content${ZH_GUIDE_PATH}.mdx`, import.meta.url), 'utf8');
const labels = new Set(
  Object.values(SANDBOX_MESSAGES.zh as Record<string, unknown>).filter(
    (value): value is string => typeof value === 'string',
  ),
);

/** Words the guide emphasises that are not controls of the app. */
const NOT_UI = new Set(['注意：', '菜单参考']);

function emphasised(markdown: string): string[] {
  const bold = [...markdown.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? '');
  const italic = [
    ...markdown.replace(/\*\*[^*]+\*\*/g, '').matchAll(/(?<![*\w])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?!\*)/g),
  ].map((match) => match[1] ?? '');
  // Italics may not start or end with a space (that is a list bullet). "\[用户资料] → 设置" names two controls; 【更多】 is the icon button's name in brackets.
  return [...bold, ...italic]
    .flatMap((text) => text.split('→'))
    .map((text) =>
      text
        .replace(/\\/g, '')
        .replace(/[[\]【】]/g, '')
        .trim(),
    )
    .filter((text) => text && !NOT_UI.has(text));
}

describe('the zh guide and the simulated app use the same words', () => {
  const named = emphasised(guide);

  it('finds the controls the guide names', () => {
    expect(named).toEqual(
      expect.arrayContaining([
        '用户资料',
        '设置',
        '技术',
        'API',
        '启用旧版令牌',
        '旧版账户令牌',
        '更多',
        '概览',
        'API 版本',
        'API 凭证',
        '账户 SID',
        '身份验证令牌',
        '重置（读/写）',
        '重置（只读）',
      ]),
    );
  });

  it.each([...new Set(emphasised(guide))])('"%s" is a label of the app', (label) => {
    expect(labels).toContain(label);
  });
});
