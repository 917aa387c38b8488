/**
 * The per-locale label chunks (build/widget-messages.mjs) hold exactly the string tables of
 * src/i18n: every string and list the same, every message function giving the same text.
 */
import { describe, expect, it } from 'vitest';
import { serializeTable, widgetMessagesModule } from '../../build/widget-messages.mjs';
import { LOCALES } from '../../src/contract/index.ts';
import { GUIDED_MESSAGES } from '../../src/i18n/guided.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { SUPPORT_MESSAGES } from '../../src/i18n/support.ts';

const load = async (source: string) =>
  (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as Record<
    string,
    Record<string, unknown>
  >;

/** Arguments to call a message function with: numbers where it counts, text elsewhere. */
const PROBES: unknown[][] = [
  [],
  [7],
  [7, 'probe'],
  [7, 'probe', true],
  [7, 'probe', false],
  ['probe', 'two', 'three', 'four'],
];

function expectSameTable(generated: Record<string, unknown>, original: Record<string, unknown>, where: string) {
  expect(Object.keys(generated).sort(), where).toEqual(Object.keys(original).sort());
  for (const [key, value] of Object.entries(original)) {
    const copy = generated[key];
    if (typeof value === 'function') {
      expect(typeof copy, `${where}.${key}`).toBe('function');
      for (const args of PROBES)
        expect((copy as (...a: unknown[]) => unknown)(...args), `${where}.${key}(${args.join(', ')})`).toEqual(
          (value as (...a: unknown[]) => unknown)(...args),
        );
    } else {
      expect(copy, `${where}.${key}`).toEqual(value);
    }
  }
}

describe.each(LOCALES)('the %s label chunk', (locale) => {
  it('holds that locale’s tables, the same as src/i18n', async () => {
    const chunk = await load(await widgetMessagesModule(locale));
    expectSameTable(chunk.sandbox!, SANDBOX_MESSAGES[locale] as Record<string, unknown>, `sandbox.${locale}`);
    expectSameTable(chunk.guided!, GUIDED_MESSAGES[locale] as Record<string, unknown>, `guided.${locale}`);
    expectSameTable(chunk.support!, SUPPORT_MESSAGES[locale] as Record<string, unknown>, `support.${locale}`);
  });

  it('holds no other locale’s labels', async () => {
    const source = await widgetMessagesModule(locale);
    const other = LOCALES.find((entry) => entry !== locale)!;
    expect(source).not.toContain(JSON.stringify(SANDBOX_MESSAGES[other].enableLegacyTokens));
  });
});

it('a message function that leans on anything outside itself fails the check', async () => {
  const helper = (count: number) => `${count}`;
  const table = { plain: 'text', leaning: (count: number) => `n=${helper(count)}` };
  const chunk = await load(`export default ${serializeTable(table)};`);
  expect(() => expectSameTable(chunk.default!, table, 'sample')).toThrow(/helper is not defined/);
});

it('an unknown locale is an error, not an empty chunk', async () => {
  await expect(widgetMessagesModule('fr')).rejects.toThrow('has no SANDBOX_MESSAGES.fr');
});
