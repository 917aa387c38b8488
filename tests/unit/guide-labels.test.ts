/**
 * Guide ↔ UI drift check, per locale: every control the guide names in bold or italics must be a
 * label the simulated app actually shows (src/i18n/sandbox.ts), spelled the same way. (The e2e
 * drift check, tests/e2e/guide-drift.spec.ts, goes further: it finds each one by role and name in
 * the step's widget, and every control of the token screens in the guide.) A failure names the
 * file and line, the step, the label and the nearest UI label; `astro build` warns the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from '../../src/contract/index.ts';
import { readPageFile } from '../../src/ask/content.ts';
import {
  emphasised,
  guideLabelCheck,
  guideLabelProblems,
  guideText,
  loadGuideText,
} from '../../src/sandbox/guided/label-check.ts';

const EXPECTED: Record<TranslatedLocale, string[]> = {
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

describe.each(TRANSLATED_LOCALES)('the %s guide and the simulated app use the same words', (locale) => {
  const guide = loadGuideText(locale);

  it('finds the controls the guide names', () => {
    const named = emphasised([...guide.steps.map((step) => step.markdown), guide.menuReference].join('\n'), locale);
    expect(named).toEqual(expect.arrayContaining(EXPECTED[locale]));
  });

  // Each problem names the file and line, the step, the label and the nearest UI label.
  it('every label a step names is a label of the app', () => {
    expect(guideLabelProblems(guide)).toEqual([]);
  });
});

/** The guide with one label changed, as a docs writer might leave it. */
function drifted(locale: Locale, from: string, to: string) {
  const guide = loadGuideText(locale);
  const page = { path: guide.path, data: { title: '', description: '', locale } };
  const body = guideBody(locale);
  expect(body).toContain(`**${from}**`);
  return guideText({ ...page, body: body.replace(`**${from}**`, `**${to}**`) });
}

function guideBody(locale: Locale): string {
  return readPageFile(guideFile(locale)).body;
}

function guideFile(locale: Locale): string {
  return readFileSync(new URL(`../../${loadGuideText(locale).file}`, import.meta.url), 'utf8');
}

it('a drifted label fails naming the file and line, the step, the label and the nearest UI label', () => {
  const guide = drifted('zh', '启用旧版令牌', '启用新版令牌');
  const line =
    guideFile('zh')
      .split('\n')
      .findIndex((text) => text.includes('**启用旧版令牌**')) + 1;
  const problems = guideLabelProblems(guide);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(new RegExp(`^${guide.file}:\\d+ \\(zh\\), step 3: the guide names "启用新版令牌"`));
  expect(problems[0]).toContain('the nearest UI label is "启用旧版令牌"');
  // The line is the file's (the front matter's lines counted), where the label is written.
  expect(Number(/:(\d+) /.exec(problems[0]!)![1])).toBe(line);
});

it('the nearest UI label is the one a character off ("帐户 SID" → "账户 SID"), whatever the step shows', () => {
  const problems = guideLabelProblems(drifted('zh', '账户 SID', '帐户 SID'));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('step 5: the guide names "帐户 SID"');
  expect(problems[0]).toContain('the nearest UI label is "账户 SID"');
});

it('an English drift too', () => {
  const problems = guideLabelProblems(drifted('en', 'Enable Legacy Tokens', 'Enable Legacy Token'));
  expect(problems).toEqual([expect.stringContaining('step 3: the guide names "Enable Legacy Token"')]);
  expect(problems[0]).toContain('the nearest UI label is "Enable Legacy Tokens"');
});

it('astro build warns with the same messages, before any test runs', () => {
  const guide = drifted('zh', '启用旧版令牌', '启用新版令牌');
  const warnings: string[] = [];
  const check = guideLabelCheck((locale) => (locale === 'zh' ? guide : loadGuideText(locale)));
  check.hooks['astro:build:start']({ logger: { warn: (message) => warnings.push(message) } });
  expect(warnings).toEqual(guideLabelProblems(guide));
  expect(warnings).toHaveLength(1);
});
