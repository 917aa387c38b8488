/**
 * A question that names no action and asks in no other form the lists know (啥叫…) asks what the
 * thing it names is, as a bare noun phrase does (src/ask/engine/question.ts): the defining
 * sentence answers it, not a step that names the thing. Over a made-up page that is never shipped,
 * written in the guide's own words so the concept lists describe it as they do today's pages.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { readQuestion } from '../../src/ask/engine/question.ts';

const SANDBOX = '/zh/partner/what-would-you-like-to-learn-about/account-management/sandbox/manage-sandbox-tokens';
const page = madeUpPage(SANDBOX, '管理沙盒令牌', 'zh', [
  '在 2025 年 6 月之前创建的任何沙盒令牌都被视为旧版沙盒令牌。本文将帮助您查找和管理沙盒令牌。',
  '',
  '## 开始使用',
  '',
  '1. 从顶部导航栏，选择 **设置**。',
  '2. 在 **技术** 下，选择 **沙盒**。',
  '3. 在右上角，选择 **启用旧版沙盒令牌**，如果您需要使用旧版沙盒令牌。选择该按钮后，它将消失。',
  '',
  '## 管理令牌',
  '',
  '通过在令牌卡片上选择 **更多** 图标来管理旧版沙盒令牌。',
]);
const data = indexWith(page);
const engine = createAskEngine(data);
const DEFINING = '都被视为旧版沙盒令牌';

describe('a question of no other form that names no action', () => {
  it('is answered by the defining sentence', () => {
    const reply = engine.ask({ question: '啥叫旧版沙盒令牌', page: SANDBOX });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(DEFINING);
  });

  it('reads as a bare noun phrase does', () => {
    expect(engine.ask({ question: '旧版沙盒令牌', page: SANDBOX }).answer).toContain(DEFINING);
  });

  it('is not read so when it asks another form or names an action', () => {
    const index = loadEngineIndex(data);
    expect(readQuestion(index, '啥叫旧版沙盒令牌', '', 'zh').definition).toBe(true);
    expect(readQuestion(index, '旧版沙盒令牌在哪里', '', 'zh').definition).toBe(false);
    expect(readQuestion(index, '旧版沙盒令牌怎么启用', '', 'zh').definition).toBe(false);
  });
});
