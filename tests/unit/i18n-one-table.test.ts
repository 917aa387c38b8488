/**
 * Every UI string of every locale lives in src/i18n/: a Chinese (or other CJK) string literal,
 * template or regular expression anywhere else in src/, mocks/ or server/ fails this test, with
 * its place. Comments may quote the guide; content/ holds the pages themselves; src/ask/language/
 * holds the ask engine's words of asking (language data, not UI strings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SCANNED = ['src', 'mocks', 'server'];
const STRING_TABLES = join(ROOT, 'src', 'i18n');
/** The ask engine's language data (words of asking, not UI strings) has its own home. */
const ASK_LANGUAGE = join(ROOT, 'src', 'ask', 'language');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === STRING_TABLES || path === ASK_LANGUAGE ? [] : sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.JsxText,
]);

/** `file:line: text` of each CJK literal in a script (TypeScript's own parser, so comments never count). */
export function cjkLiterals(fileName: string, text: string, lineOffset = 0): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (LITERAL_KINDS.has(node.kind) && CJK.test(node.getText(source))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset;
      found.push(`${fileName}:${line}: ${node.getText(source).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An .astro file: its front matter and scripts as TypeScript, its markup without HTML comments. */
function astroCjk(fileName: string, text: string): string[] {
  const found: string[] = [];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
  if (frontmatter?.[1]) found.push(...cjkLiterals(fileName, frontmatter[1], 1));
  const markup = text.slice(frontmatter?.[0].length ?? 0);
  markup.split('\n').forEach((line, index) => {
    const withoutComments = line
      .replace(/<!--.*?-->/g, '')
      .replace(/\/\/.*$/, '')
      .replace(/\/\*.*?\*\//g, '');
    if (CJK.test(withoutComments))
      found.push(
        `${fileName}:${index + 1 + (frontmatter?.[0].split('\n').length ?? 0) - 1}: ${line.trim().slice(0, 60)}`,
      );
  });
  return found;
}

describe('one string table', () => {
  it('no CJK string literal appears outside src/i18n/ (in src/, mocks/, server/)', () => {
    const found = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const name = relative(ROOT, path);
      return path.endsWith('.astro') ? astroCjk(name, text) : cjkLiterals(name, text);
    });
    expect(found).toEqual([]);
  });

  it('the check sees literals of every kind, and ignores comments', () => {
    const sample = [
      '// 注释不算',
      '/** 文档注释也不算 */',
      "const a = '重置';",
      'const b = `启用${1}旧版`;',
      'const c = /令牌/;',
      "const d = 'plain English';",
    ].join('\n');
    expect([...new Set(cjkLiterals('sample.ts', sample).map((hit) => hit.split(':')[1]))]).toEqual(['3', '4', '5']);
  });
});
