/**
 * How the browser code is put together: an element's folder is its own (another element may use
 * an element's public module, `<tag>/<tag>.ts`, never the helpers beside it: what two elements
 * share lives outside both, like the partner-API client).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
});
