/** `<Sandbox>`'s attributes are checked at build time: a typo fails the build, naming what is allowed. */
import { describe, expect, it } from 'vitest';
import { checkEmbed } from '../../src/sandbox/guided/embed-attributes.ts';

describe('checkEmbed', () => {
  it('accepts a plain embed and a guide step', () => {
    expect(checkEmbed({ screen: 'api', highlight: 'more' }, '/p')).toEqual({
      screen: 'api',
      highlight: 'more',
      step: null,
    });
    expect(
      checkEmbed(
        { step: '5', completes: 'open-token-card', points: 'change-version view-credentials', screen: 'api' },
        '/p',
      ),
    ).toEqual({
      screen: 'api',
      highlight: '',
      step: { step: 5, completes: 'open-token-card', points: ['change-version', 'view-credentials'] },
    });
  });

  it.each([
    [{ screen: 'apis' }, 'screen="apis" is not a screen (home, settings, api, overview, credentials)'],
    [{ highlight: 'reset' }, 'highlight="reset" is not a control it can mark'],
    [{ step: '3' }, 'step 3 needs completes="<action>", one of open-settings, open-api, enable-legacy-tokens'],
    [{ step: '3', completes: 'enable-legacy-token' }, '(got "enable-legacy-token")'],
    [{ step: 'three', completes: 'open-api' }, 'step="three" is not a step number'],
    [{ completes: 'open-api' }, 'completes and points belong to a step: add step="N"'],
    [{ step: 1, completes: 'open-api', points: 'view-credential' }, 'view-credential is not an action'],
  ])('%j fails with a clear message', (attributes, message) => {
    expect(() => checkEmbed(attributes, '/partner/guide')).toThrow(message);
    expect(() => checkEmbed(attributes, '/partner/guide')).toThrow('<Sandbox> on /partner/guide:');
  });
});
