/**
 * The custom-elements manifest, generated exactly as `astro build` generates it
 * (build/custom-elements-manifest.mjs), lists every element with its tag, attributes, events,
 * CSS parts and custom properties. A missing JSDoc tag fails here; so does a `part="…"` in an
 * element's markup that its JSDoc does not name, or a design token its styles read that it does
 * not document.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeElements } from '../../build/custom-elements-manifest.mjs';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../../src/contract/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Described {
  name?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const ELEMENTS: Record<string, { module: string; attributes: string[]; events: string[]; parts: string[] }> = {
  'impact-sandbox': {
    module: 'src/sandbox/elements/impact-sandbox/impact-sandbox.ts',
    attributes: ['screen', 'highlight', 'locale'],
    events: ['impact-sandbox-action'],
    parts: ['frame', 'topbar', 'content', 'token-card', 'tabs', 'notice', 'dialog', 'menu-button', 'menu', 'menu-item'],
  },
  'impact-try-request': {
    module: 'src/sandbox/elements/impact-try-request/impact-try-request.ts',
    attributes: ['locale'],
    events: [],
    parts: ['form', 'response', 'status', 'response-body', 'reason', 'curl'],
  },
  'impact-sandbox-controls': {
    module: 'src/sandbox/elements/impact-sandbox-controls/impact-sandbox-controls.ts',
    attributes: ['locale'],
    events: [],
    parts: ['summary', 'reset-button', 'recovery-alert', 'dialog', 'scenario-button', 'share-button', 'offer-dialog'],
  },
  'impact-request-log': {
    module: 'src/sandbox/elements/impact-request-log/impact-request-log.ts',
    attributes: ['locale'],
    events: [],
    parts: ['toolbar', 'entries', 'comparison'],
  },
  'impact-scenario-offer': {
    module: 'src/sandbox/elements/impact-scenario-offer/impact-scenario-offer.ts',
    attributes: ['scenario', 'locale'],
    events: [],
    parts: ['offer', 'button'],
  },
  'impact-integration': {
    module: 'src/sandbox/elements/impact-integration/impact-integration.ts',
    attributes: ['locale', 'interval'],
    events: ['impact-integration-health'],
    parts: ['health', 'update-button', 'settings'],
  },
  'impact-menu-button': {
    module: 'src/sandbox/elements/impact-menu-button/impact-menu-button.ts',
    attributes: ['label', 'icon-only', 'align', 'on-dark'],
    events: ['impact-menu-open', 'impact-menu-select'],
    parts: ['button', 'menu', 'item'],
  },
  'impact-page-actions': {
    module: 'src/sandbox/elements/impact-page-actions/impact-page-actions.ts',
    attributes: ['locale', 'markdown-url', 'mcp-url', 'mcp'],
    events: [],
    parts: ['status'],
  },
  'impact-guide-step': {
    module: 'src/sandbox/elements/impact-guide-step/impact-guide-step.ts',
    attributes: ['step', 'completes', 'points', 'locale', 'done'],
    events: [],
    parts: ['bar', 'done', 'show-me', 'needs'],
  },
  'impact-guide-progress': {
    module: 'src/sandbox/elements/impact-guide-progress/impact-guide-progress.ts',
    attributes: ['locale'],
    events: [],
    parts: ['progress'],
  },
  // Light DOM, styled by the page: no parts and no custom properties of its own.
  'impact-ask': {
    module: 'src/ask/elements/impact-ask/impact-ask.ts',
    attributes: ['locale', 'page'],
    events: [],
    parts: [],
  },
};

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const names = (entries: Described[] | undefined) => (entries ?? []).map((entry) => entry.name).sort();

/**
 * The element's module and every module it imports, except other elements (their styles live
 * in their own shadow roots): what its shadow root's styles and markup come from.
 */
function ownSources(module: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, specifier] of read(path).matchAll(/(?:from|import)\s+'(\.[^']+\.ts)'/g)) {
      const target = relative(ROOT, resolve(ROOT, dirname(path), specifier!));
      const isOtherElement = /\/impact-[a-z-]+\.ts$/.test(target) && target !== module;
      if (!isOtherElement) visit(target);
    }
  };
  visit(module);
  return [...seen];
}

/** The token defaults, read from the tokens module's table. */
const TOKEN_DEFAULTS = new Map(
  [...read('src/sandbox/elements/shared/tokens.styles.ts').matchAll(/^ {2}'([a-z-]+)': (['"])(.*)\2,$/gm)].map(
    (match) => [`--impact-${match[1]}`, match[3]!],
  ),
);

let manifest: Manifest;
const element = (tag: string) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);

beforeAll(async () => {
  manifest = (await analyzeElements()) as Manifest;
});

it('lists exactly the site’s elements, each with its tag and a summary', () => {
  // (The widgets' base class, SandboxWidget, is a custom element class without a tag.)
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName);
  expect(tags.sort()).toEqual(Object.keys(ELEMENTS).sort());
  for (const tag of tags) expect(element(tag!)?.summary, tag).toMatch(/\S/);
});

it('gives every locale attribute the locales the records declare, and the default', () => {
  const locales = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .flatMap((declaration) => (declaration.attributes ?? []).filter((attribute) => attribute.name === 'locale'));
  expect(locales.length).toBeGreaterThanOrEqual(10);
  for (const attribute of locales) {
    expect(attribute.type?.text).toBe(TRANSLATED_LOCALES.map((code) => `"${code}"`).join(' | '));
    expect(attribute.default).toBe(`"${DEFAULT_LOCALE}"`);
  }
});

it('reads the token table (the custom properties’ defaults)', () => {
  expect(TOKEN_DEFAULTS.get('--impact-color-accent')).toBe('#1a56db');
  expect(TOKEN_DEFAULTS.size).toBeGreaterThanOrEqual(20);
});

describe.each(Object.entries(ELEMENTS))('<%s>', (tag, expected) => {
  it('is declared in its own module, named after its tag', () => {
    const module = manifest.modules.find((entry) =>
      entry.declarations?.some((declaration) => declaration.tagName === tag),
    );
    expect(module?.path).toBe(expected.module);
    expect(expected.module.endsWith(`/${tag}/${tag}.ts`)).toBe(true);
  });

  it('documents its attributes and events', () => {
    const declaration = element(tag)!;
    expect(names(declaration.attributes)).toEqual([...expected.attributes].sort());
    expect(names(declaration.events)).toEqual([...expected.events].sort());
    for (const entry of [...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
      expect(entry.description, `${tag} ${entry.name}`).toMatch(/\S/);
    }
  });

  it('documents exactly the CSS parts its markup exposes', () => {
    const declaration = element(tag)!;
    const markup = ownSources(expected.module).map(read).join('\n');
    const exposed = new Set([...markup.matchAll(/\bpart="([a-z-]+)"/g)].map((match) => match[1]));
    // Parts re-exported from an inner element: `exportparts` maps inner names to the host's.
    for (const [, mapping] of markup.matchAll(/PARTS = '([^']+)'/g)) {
      for (const pair of mapping!.split(',')) exposed.add(pair.split(':')[1]!.trim());
    }
    expect(names(declaration.cssParts)).toEqual([...exposed].sort());
    expect(names(declaration.cssParts)).toEqual([...expected.parts].sort());
    for (const part of declaration.cssParts ?? []) expect(part.description, `${tag} ${part.name}`).toMatch(/\S/);
  });

  it('documents exactly the design tokens its styles read, with their defaults', () => {
    const declaration = element(tag)!;
    const styles = ownSources(expected.module).map(read).join('\n');
    const used = new Set([...styles.matchAll(/var\(--_([a-z-]+)\)/g)].map((match) => `--impact-${match[1]}`));
    for (const property of used) expect(TOKEN_DEFAULTS.has(property), property).toBe(true);
    expect(names(declaration.cssProperties)).toEqual([...used].sort());
    for (const property of declaration.cssProperties ?? []) {
      expect(property.description, `${tag} ${property.name}`).toMatch(/\S/);
      // Long defaults (font stacks) are abbreviated with an ellipsis in the docs.
      const documented = property.default ?? '';
      const actual = TOKEN_DEFAULTS.get(property.name!) ?? '';
      if (documented.endsWith('…')) expect(actual.startsWith(documented.slice(0, -1).replace(/,\s*$/, ''))).toBe(true);
      else expect(documented, property.name).toBe(actual);
    }
  });
});
