/**
 * The bridge from a common Chinese word no Chinese page has to the English twin's words
 * (src/ask/language/bridge.ts: CC-CEDICT's first sense, cut by the Leiden word list), over a
 * made-up page pair that never ships.
 */
import { describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { chineseBridge, firstSense } from '../../src/ask/language/bridge.ts';
import type { SourcePage } from '../../src/ask/source.ts';
import type { Locale } from '../../src/contract/index.ts';

const EN = '/other/studio/profile-pictures';
const ZH = '/other/zh/studio/profile-pictures';

const page = (path: string, locale: Locale, title: string, lines: string[]): SourcePage => ({
  path,
  body: lines.join('\n'),
  data: { title, description: title, locale },
});

describe('a bridge from Chinese to the English twin', () => {
  it('bridges a common word to the English pages word its first gloss says, and only a word no Chinese page has', () => {
    const bridge = chineseBridge('从页面上传您本人的相片。', ['upload', 'photograph'], new Set());
    expect(bridge.photograph?.split(' ')).toContain('照片');
    const said = chineseBridge('从页面上传您本人的照片。', ['upload', 'photograph'], new Set());
    expect(said.photograph?.split(' ') ?? []).not.toContain('照片');
  });

  it('reads a sense as CC-CEDICT writes it: semicolons between glosses, or, in an older entry, slashes between glosses of one kind', () => {
    expect(firstSense('to track; to trace; to follow up/(HK, Tw) to follow (on social media)')).toBe(
      'to track; to trace; to follow up',
    );
    expect(firstSense('to amend/to alter/to modify')).toBe('to amend; to alter; to modify');
    expect(firstSense('to extend/to spread/to popularize/generalization/promotion (of a product etc)')).toBe(
      'to extend; to spread; to popularize',
    );
    // 邮箱: /mailbox/post office box/email/email inbox/ — its third gloss is the page's word.
    expect(chineseBridge('', ['email'], new Set()).email?.split(' ')).toContain('邮箱');
  });

  it('gives an English word the Chinese words whose sense says it first, before more used ones that say it later', () => {
    // 追寻 (/to pursue/to track down/to search/) is more used than 追踪 (/to track; to trace; …/).
    const track = chineseBridge('', ['track'], new Set()).track?.split(' ') ?? [];
    expect(track).toContain('追踪');
    expect(track).not.toContain('追寻');
  });

  it('leaves out a gloss word the stemmer merely runs together with a page word (general and generated)', () => {
    const generated = chineseBridge('', ['generated'], new Set()).gener?.split(' ') ?? [];
    expect(generated).toContain('生成');
    expect(generated).not.toContain('将军');
    expect(chineseBridge('', ['general'], new Set()).gener?.split(' ')).toContain('将军');
  });

  it('answers a Chinese question whose word only the English twin says, in the aligned Chinese passage', () => {
    const engine = createAskEngine(
      buildAskIndex([
        page(EN, 'en', 'Profile pictures', [
          '## Your picture',
          '',
          'Upload a photograph of yourself from the Profile page.',
          '',
          '## Display name',
          '',
          'Your display name appears on every message you send.',
        ]),
        page(ZH, 'zh', '头像', [
          '## 您的头像',
          '',
          '从 个人资料 页面上传您本人的相片。',
          '',
          '## 显示名称',
          '',
          '您的显示名称会出现在您发送的每条消息上。',
        ]),
      ]),
    );
    const reply = engine.ask({ question: '怎么上传照片？', page: ZH });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('上传您本人的相片');
  });
});
