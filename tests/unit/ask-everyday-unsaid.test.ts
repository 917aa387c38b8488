/**
 * The concept reading's refusal on a page its lists describe yields to a passage that says every
 * concept of the question and every word the pages have, its other words everyday language no
 * page has (src/ask/engine/general.ts, generalRulesPass), over a made-up page that is never
 * shipped: written in the guide's own words, so the concept lists describe it as they do today's pages.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { GENERAL_CALIBRATION, loadGeneralIndex } from '../../src/ask/engine/general.ts';

const SANDBOX = '/zh/partner/what-would-you-like-to-learn-about/account-management/sandbox/manage-sandbox-tokens';
const page = madeUpPage(SANDBOX, '管理沙盒令牌', 'zh', [
  '在 2025 年 6 月之前创建的任何沙盒令牌都被视为旧版沙盒令牌。沙盒令牌从不读取实时数据。',
  '',
  '## 启用沙盒令牌',
  '',
  '1. 从顶部导航栏，选择 **设置**。',
  '2. 在 **技术** 下，选择 **沙盒**。',
  '3. 在右上角，选择 **启用沙盒令牌**。选择该按钮后，它将消失，并且会出现一个 **沙盒令牌** 卡片。',
]);
const data = indexWith(page);
const engine = createAskEngine(data);

describe('an everyday word no page has, beside a question the passage says', () => {
  it('is asked on a page the concept lists describe', () => {
    const index = loadEngineIndex(data);
    const cover = loadGeneralIndex(index, data.vocabulary).conceptCover.get(SANDBOX) ?? 0;
    expect(cover).toBeGreaterThanOrEqual(GENERAL_CALIBRATION.conceptPageCover);
  });

  it('is left unsaid when the passage says every concept and page word of the question', () => {
    const reply = engine.ask({ question: '为啥我的沙盒令牌被标成“旧版”了？我啥也没改过啊', page: SANDBOX });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2025 年 6 月之前创建');
  });

  it('does not let a concept the passage lacks go unsaid', () => {
    // 过期 is a concept no passage says: what the question hinges on.
    expect(engine.ask({ question: '旧版沙盒令牌会过期吗？', page: SANDBOX }).answered).toBe(false);
  });
});
