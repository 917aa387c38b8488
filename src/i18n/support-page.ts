/**
 * Support labels the pages render at build time (no widget carries them): on a phone, the links
 * from a guide step that changes tokens to the try-request panel, and back.
 */
import type { Locale } from '../contract/index.ts';

const zh = {
  tryWithTokens: '用这些令牌试一试请求 ↓',
  backToStep: '↑ 返回刚才的步骤',
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type SupportPageMessages = typeof zh;

const en: SupportPageMessages = {
  tryWithTokens: 'Try a request with these tokens ↓',
  backToStep: '↑ Back to the step',
};

export const SUPPORT_PAGE_MESSAGES: Record<Locale, SupportPageMessages> = { zh, en };
