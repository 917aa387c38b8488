/**
 * The drift check's own parts (tests/guide/drift.ts), so that a drifted label provably fails:
 * the labels a step names and in what order, how they match what the sandbox shows, the nearest
 * label in the message, and the UI → guide direction.
 */
import { describe, expect, it } from 'vitest';
import {
  coveredByGuide,
  editDistance,
  emphasised,
  findLabel,
  guideWords,
  labelsAtStep,
  loadGuideText,
  missingLabelMessage,
  nearest,
  parseAriaSnapshot,
  uncoveredControlMessage,
} from '../guide/drift.ts';

const en = loadGuideText('en');
const zh = loadGuideText('zh');

describe('the labels each step names', () => {
  it('in reading order, bold and italics together, per step, in both locales', () => {
    expect(en.steps.map((step) => labelsAtStep(en, step))).toEqual([
      ['User profile', 'Settings'],
      ['Technical', 'API'],
      ['Enable Legacy Tokens', 'Legacy Account Tokens'],
      ['More', 'Reset (Read/Write)', 'Reset (Read-Only)'],
      ['Overview', 'API Version', 'API Credentials', 'Account SID', 'Auth Token'],
    ]);
    expect(zh.steps.map((step) => labelsAtStep(zh, step))).toEqual([
      ['用户资料', '设置'],
      ['技术', 'API'],
      ['启用旧版令牌', '旧版账户令牌'],
      ['更多', '重置（读/写）', '重置（只读）'],
      ['概览', 'API 版本', 'API 凭证', '账户 SID', '身份验证令牌'],
    ]);
  });

  it('leaves out words that are no control', () => {
    expect(emphasised('**Note:** see *Menu reference* and select **Save**.', 'en')).toEqual(['Save']);
  });
});

const SNAPSHOT = `- group "Simulated partner platform (sandbox)":
  - button "impact.com"
  - tablist "Token pages":
    - tab "Overview" [selected]
    - tab "API Credentials"
  - tabpanel "API Credentials":
    - term: Account SID
    - term: Auth Token (Read/Write)
    - button "Copy \\"quoted\\" name"
  - heading "Legacy Account Tokens" [level=2]
  - paragraph: Only newer versions are offered.`;

describe('matching what the sandbox shows', () => {
  it('reads roles and names from an aria snapshot', () => {
    expect(parseAriaSnapshot(SNAPSHOT)).toEqual([
      { role: 'button', name: 'impact.com' },
      { role: 'tab', name: 'Overview' },
      { role: 'tab', name: 'API Credentials' },
      { role: 'term', name: 'Account SID' },
      { role: 'term', name: 'Auth Token (Read/Write)' },
      { role: 'button', name: 'Copy "quoted" name' },
      { role: 'heading', name: 'Legacy Account Tokens' },
    ]);
  });

  it('finds a label by its exact name, or qualified in brackets; nothing else', () => {
    const shown = parseAriaSnapshot(SNAPSHOT);
    expect(findLabel(shown, 'Auth Token')).toEqual({ role: 'term', name: 'Auth Token (Read/Write)' });
    expect(findLabel([{ role: 'term', name: '身份验证令牌（读/写）' }], '身份验证令牌')).toBeDefined();
    expect(findLabel(shown, 'API')).toBeUndefined();
    expect(findLabel(shown, 'Overviews')).toBeUndefined();
  });

  it('a drifted label fails, naming the file and line, the step, the label and the nearest label shown', () => {
    const shown = parseAriaSnapshot(SNAPSHOT);
    expect(findLabel(shown, 'API Credential')).toBeUndefined();
    expect(editDistance('API Credential', 'API Credentials')).toBe(1);
    expect(nearest('api credential', ['Overview', 'API Credentials'])).toBe('API Credentials');
    const line =
      en.steps[4]!.line + en.steps[4]!.markdown.split('\n').findIndex((text) => text.includes('API Credential'));
    expect(missingLabelMessage(en, 5, 'API Credential', shown)).toBe(
      `${en.file}:${line} (en), step 5: the guide names "API Credential", but the step's sandbox has no control or heading by that name; the nearest label shown is "API Credentials" (tab); the nearest UI label is "API Credentials"`,
    );
  });
});

describe('the UI → guide direction', () => {
  const enWords = guideWords(en);
  const zhWords = guideWords(zh);

  it.each([
    'Legacy Account Tokens',
    'More',
    'Reset (Read/Write)',
    'Copy Account SID',
    'View Auth Token (Read-Only)',
    'Upgrade API version',
  ])('"%s" is covered by the English guide', (name) => {
    expect(coveredByGuide(name, enWords)).toBe(true);
  });

  it.each(['复制 账户 SID', '查看 身份验证令牌（读/写）', '升级 API 版本', '更多'])(
    '"%s" is covered by the zh guide',
    (name) => {
      expect(coveredByGuide(name, zhWords)).toBe(true);
    },
  );

  it('how a phrase is matched follows its script, not a list of locales', () => {
    // Spaced words (any Latin letters, accents too): whole words, in any case.
    expect(coveredByGuide('Aperçu', 'Sur la page aperçu, choisissez la version.')).toBe(true);
    expect(coveredByGuide('Jeton', 'Réinitialisez les jetons.')).toBe(false);
    // Chinese has no spaces between words: as written, inside a sentence; Latin beside it still a word.
    expect(coveredByGuide('API 版本', '选择API 版本下拉列表')).toBe(true);
  });

  it('a control the guide never mentions is not covered, and the message says so', () => {
    expect(coveredByGuide('Delete token', enWords)).toBe(false);
    expect(coveredByGuide('Back to API', enWords)).toBe(false);
    expect(coveredByGuide('View Auth Token (Admin)', enWords)).toBe(false);
    expect(coveredByGuide('删除令牌', zhWords)).toBe(false);
    // Whole words only: "create" is not "created".
    expect(coveredByGuide('Create', enWords)).toBe(false);
    expect(uncoveredControlMessage(en, 'the [More] menu', { role: 'menuitem', name: 'Reset (Admin)' })).toBe(
      `${en.path} (en), the [More] menu: the sandbox's menuitem "Reset (Admin)" appears in none of the guide's steps or its menu reference (the nearest label the guide names is "Reset (Read-Only)")`,
    );
  });
});
