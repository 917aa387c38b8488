/**
 * How the browser code is put together: an element's folder is its own (another element may use
 * an element's public module, `<tag>/<tag>.ts`, never the helpers beside it: what two elements
 * share lives outside both, like the partner-API client); and the page's state lives in one
 * store (src/sandbox/client-store.ts, made once in src/sandbox/page-store.ts), not in modules.
 * Waiting for the site's worker is no such state: the browser holds it (src/site-worker.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const ELEMENTS = join(ROOT, 'src', 'sandbox', 'elements');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Module-level state that is not the page's: each with why it cannot live in the page's store.
 * The page's one store is `pageStore` (page-store.ts), which this test does not flag (a call).
 */
const NOT_THE_PAGES: Record<string, string> = {
  'src/ask/service-worker.ts askHandler': "the service worker's own realm: no page's store reaches it",
  'src/ask/service-worker.ts changes': "the service worker's own realm: no page's store reaches it",
  'src/ask/segmenter.ts words':
    'an Intl.Segmenter made at its first use (making one loads a dictionary): no state a caller can change',
  'src/ask/language/resources.ts common': 'build time (Node): a word list read once',
  'src/ask/language/resources.ts englishSet': 'build time (Node): a word list read once',
  'src/ask/language/resources.ts englishSieve': 'build time (Node): a word list read and sieved once',
  'src/ask/language/resources.ts commonHanChars': 'build time (Node): a character list read once',
  'src/ask/language/resources.ts leiden': 'build time (Node): a word list read once',
  'src/ask/language/resources.ts soundCache': "build time (Node): each character's sounds, looked up once",
  'src/ask/language/bridge.ts glossed': 'build time (Node): a word list and its glosses read once',
  'src/ask/language/bridge-en.ts senses': "build time (Node): the dictionary's first senses read once",
  'src/ask/language/bridge-en.ts plain': "build time (Node): each stem's plain form, read once",
};

/** `file name` of each top-level `let`/`var`, and each top-level `new …` not typed read-only. */
function moduleLevelState(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.filter(ts.isVariableStatement).flatMap((statement) => {
    const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    return statement.declarationList.declarations
      .filter((declaration) => {
        const init = declaration.initializer;
        const made = init !== undefined && ts.isNewExpression(init);
        // Intl.Segmenter and the like hold no state a caller could change.
        const immutable = made && /^(Intl\.|URL\b)/.test(init.expression.getText(source));
        const readOnly = declaration.type !== undefined && /^Readonly/.test(declaration.type.getText(source));
        return !constant || (made && !immutable && !readOnly);
      })
      .map((declaration) => `${relative(ROOT, file)} ${declaration.name.getText(source)}`);
  });
}

/** Every relative module a file imports (static, dynamic, type-only), resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => resolve(dirname(file), specifier));
}

describe('module structure', () => {
  it('an element folder uses another element only through its public module', () => {
    const crossings = files(ELEMENTS).flatMap((file) => {
      const [own] = relative(ELEMENTS, file).split('/');
      return importsOf(file)
        .filter((target) => target.startsWith(ELEMENTS + '/'))
        .filter((target) => {
          const [folder, ...rest] = relative(ELEMENTS, target).split('/');
          return folder !== own && folder !== 'shared' && rest.join('/') !== `${folder}.ts`;
        })
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`);
    });
    expect(crossings).toEqual([]);
  });

  it('no module keeps mutable state of the page outside its one store', () => {
    const sources = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'mocks'))].filter(
      (file) => !file.endsWith('.test.ts'),
    );
    const found = sources.flatMap(moduleLevelState);
    expect(found.filter((place) => !(place in NOT_THE_PAGES))).toEqual([]);
    // An exception that no longer exists is dropped from the list.
    expect(Object.keys(NOT_THE_PAGES).filter((place) => !found.includes(place))).toEqual([]);
  });
});
