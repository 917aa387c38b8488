/**
 * Guide ↔ UI drift check, per locale: every control the guide names in bold or italics must be a
 * label the simulated app actually shows (src/i18n/sandbox.ts), spelled the same way. (The e2e
 * drift check, tests/e2e/guide-drift.spec.ts, goes further: it finds each one by role and name in
 * the step's widget, and every control of the token screens in the guide.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/contract/index.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { emphasised } from '../guide/drift.ts';

const guideOf = (locale: Locale) =>
  readFileSync(new URL(`../../content${GUIDE_PATHS[locale]}.mdx`, import.meta.url), 'utf8');
const labelsOf = (locale: Locale) =>
  new Set(
    Object.values(SANDBOX_MESSAGES[locale] as Record<string, unknown>).filter(
      (value): value is string => typeof value === 'string',
    ),
  );

const EXPECTED: Record<Locale, string[]> = {
  zh: [
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
  ],
  en: [
    'User profile',
    'Settings',
    'Technical',
    'API',
    'Enable Legacy Tokens',
    'Legacy Account Tokens',
    'More',
    'Overview',
    'API Version',
    'API Credentials',
    'Account SID',
    'Auth Token',
    'Reset (Read/Write)',
    'Reset (Read-Only)',
  ],
};

describe.each(['zh', 'en'] as const)('the %s guide and the simulated app use the same words', (locale) => {
  const named = emphasised(guideOf(locale), locale);
  const labels = labelsOf(locale);

  it('finds the controls the guide names', () => {
    expect(named).toEqual(expect.arrayContaining(EXPECTED[locale]));
  });

  it.each([...new Set(named)])('"%s" is a label of the app', (label) => {
    expect(labels).toContain(label);
  });
});

it('fails when the guide and the app drift apart', () => {
  const drifted = emphasised('In the top-right corner, select **Enable Legacy Token**.', 'en');
  expect(drifted.filter((label) => !labelsOf('en').has(label))).toEqual(['Enable Legacy Token']);
});
