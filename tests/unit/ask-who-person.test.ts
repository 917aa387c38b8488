/**
 * "Who …" asks for a person or a role: a passage naming one ranks higher, as a passage giving a
 * reason does for "why". Chinese builds such words with 人 and 员 (管理员, 联系人, 授权的人员), so a
 * passage names a person when it, or its twin in the other language, says one. Over made-up
 * pages: "who can add or edit a hive?" was answered by the step that adds one.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/add-a-hive';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/add-a-hive';
const page = madeUpPage(PATH, 'Add a hive as a beekeeper', 'en', [
  'Your hives hold the colonies you keep in your garden.',
  '',
  '## Add or edit a hive',
  '',
  '1. From the top bar, select **Shed → Hives**.',
  '2. Select **Add Hive**. If you already have a hive, select **Edit** on the hive card instead.',
  '',
  '## Hive permissions',
  '',
  '* Only keepers with the Warden role can add or edit a hive.',
]);
const zhPage = madeUpPage(ZH_PATH, '以养蜂人身份添加蜂箱', 'zh', [
  '您的蜂箱容纳您在花园中饲养的蜂群。',
  '',
  '## 添加或编辑蜂箱',
  '',
  '1. 从顶部栏，选择 **工具棚 → 蜂箱**。',
  '2. 选择 **添加蜂箱**。如果您已有蜂箱，请改为在蜂箱卡片上选择 **编辑**。',
  '',
  '## 蜂箱权限',
  '',
  '* 只有具有看守员角色的养蜂人才能添加或编辑蜂箱。',
]);
const engine = createAskEngine(indexWith(page, zhPage));
const ask = (question: string, asked: string) => engine.ask({ question, page: asked }).answer;

describe('"who" asked, over made-up pages', () => {
  it('is answered by the passage naming a role (its Chinese twin says 看守员), not the step', () => {
    expect(ask('who in our garden is allowed to add or edit a hive?', PATH)).toContain('Warden role');
  });

  it('is answered by that passage in Chinese as well', () => {
    expect(ask('我们花园里谁可以添加或编辑蜂箱？', ZH_PATH)).toContain('看守员');
  });
});
