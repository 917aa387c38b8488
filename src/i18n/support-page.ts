/**
 * Support labels the pages render at build time (no widget carries them): on a phone, the links
 * from a guide step that changes tokens to the try-request panel, and back.
 */
import type { Locale } from '../contract/index.ts';

const zh = {
  tryWithTokens: '用这些令牌试一试请求 ↓',
  backToStep: '↑ 返回刚才的步骤',
  supportTools: '支持工具：模拟集成和请求日志',
  supportToolsIntro:
    '演示重置时使用：一个持有令牌副本、每隔几秒调用 API 的集成，以及所有请求的时间线。打开后开始运行。',
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type SupportPageMessages = typeof zh;

const en: SupportPageMessages = {
  tryWithTokens: 'Try a request with these tokens ↓',
  backToStep: '↑ Back to the step',
  supportTools: 'Support tools: live integration and request log',
  supportToolsIntro:
    'For demonstrating a reset: an integration that holds a copy of a token and calls the API every few seconds, and a timeline of every request. They start when opened.',
};

export const SUPPORT_PAGE_MESSAGES: Record<Locale, SupportPageMessages> = { zh, en };
