/**
 * A slip for an action said as done ("重制了以后", 重制 for 重置) is read as that action, as a
 * slip for an action asked is (src/ask/engine/question.ts, readQuestion's second reading): the
 * question is about what follows it. Over a made-up page that is never shipped, written in the
 * guide's own words so the concept lists describe it as they do today's pages.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { readQuestion } from '../../src/ask/engine/question.ts';

const SANDBOX = '/zh/partner/what-would-you-like-to-learn-about/account-management/sandbox/manage-sandbox-tokens';
const page = madeUpPage(SANDBOX, '管理沙盒令牌', 'zh', [
  '沙盒令牌只用于测试，从不读取实时数据。',
  '',
  '## 管理沙盒令牌',
  '',
  '通过在沙盒令牌卡片上选择 **更多** 图标来管理沙盒令牌，然后从下拉菜单中选择一个选项。',
  '',
  '在 **概览** 页面，您可以查看有关沙盒令牌的信息，并且您可能可以通过选择 **API 版本** 下拉列表来升级沙盒令牌的版本。',
  '',
  '- **重置（读/写）**：重置读/写沙盒令牌。将生成一个新的沙盒令牌，其值将更改。请务必将新的值添加到任何现有集成中，因为先前的值将不再通过授权检查。',
]);
const data = indexWith(page);
const engine = createAskEngine(data);
const QUESTION = '沙盒令牌重制了以后 我之前接的那些还能用吗';

describe('a slip for an action said as done', () => {
  it('is read as the action', () => {
    const question = readQuestion(loadEngineIndex(data), QUESTION, '', 'zh');
    expect(question.doneActs.flat()).toContain('reset');
  });

  it('is answered by the passage that says what follows the action', () => {
    const reply = engine.ask({ question: QUESTION, page: SANDBOX });
    expect(reply.answered).toBe(true);
    // Without the action, the overview passage (令牌, 可以) was the answer.
    expect(reply.answer).toContain('先前的值将不再通过授权检查');
  });

  it('is read as the action when asked, as before', () => {
    const question = readQuestion(loadEngineIndex(data), '沙盒令牌怎么重制', '', 'zh');
    expect(question.acts.flat()).toContain('reset');
  });
});
