/**
 * An answer quotes a passage's sentences on one line: English puts a space between them, Chinese
 * none (a space after 。 shows as a gap in the answer).
 */
import { describe, expect, it } from 'vitest';
import { joinText } from '../../src/i18n/typography.ts';
import { siteEngine } from '../ask/sets.ts';

const EN =
  '/partner/what-would-you-like-to-learn-about/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';
const ZH =
  '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';

describe('sentences joined into one line', () => {
  it('has a space between English sentences and none after a Chinese one', () => {
    expect(joinText(['Select Save.', 'The token changes.'])).toBe('Select Save. The token changes.');
    expect(joinText(['选择保存。', '令牌将更改。'])).toBe('选择保存。令牌将更改。');
    expect(joinText(['重置（只读）：重置只读令牌。', 'API 令牌将更改。'])).toBe(
      '重置（只读）：重置只读令牌。API 令牌将更改。',
    );
    expect(joinText(['选择 Save', 'Then wait.'])).toBe('选择 Save Then wait.');
  });

  it('leaves no space after a full stop in a Chinese answer, and keeps one in an English answer', () => {
    const engine = siteEngine();
    const zh = engine.ask({ question: '重置只读令牌后旧令牌还能用吗？', page: ZH });
    expect(zh.answered).toBe(true);
    expect(zh.answer).toMatch(/。\S/);
    expect(zh.answer).not.toMatch(/[。！？；] /);
    const en = engine.ask({ question: 'What happens when I reset the read-only token?', page: EN });
    expect(en.answered).toBe(true);
    expect(en.answer).toMatch(/\w\. [A-Z]/);
  });
});
