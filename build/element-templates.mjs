/**
 * A Vite plugin for the production build: the Lit elements' templates ship without their source
 * indentation. Lit keeps template text as written, so every line break and indent of the source
 * is in the bundle.
 *
 * - css`…` literals (no `${}`) are minified by Lightning CSS.
 * - In html`…` literals, a run of whitespace that holds a line break becomes one space. Where
 *   whitespace collapses (everywhere in these templates: their <pre> and <textarea> hold only
 *   expressions) one space renders exactly as the run did, and no whitespace is removed, so text
 *   between inline elements keeps its spaces.
 */
import { transform as transformCss } from 'lightningcss';
import ts from 'typescript';

const ELEMENT_MODULE = /\/elements\/.+\.ts$/;

/** @typedef {{ kind: string; whole: boolean; start: number; end: number }} TemplateText */

/**
 * The literal text ranges [start, end) of each css`…` and html`…` template in a module.
 * @param {ts.SourceFile} source
 * @returns {TemplateText[]}
 */
function templateTexts(source) {
  /** @type {TemplateText[]} */
  const found = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(css|html)$/.test(node.tag.text)) {
      const kind = node.tag.text;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        found.push({ kind, whole: true, start: template.getStart(source) + 1, end: template.end - 1 });
      } else {
        // The head ends with `${`, each span's literal starts with `}` and ends with `${` or a backtick.
        found.push({ kind, whole: false, start: template.head.getStart(source) + 1, end: template.head.end - 2 });
        for (const span of template.templateSpans) {
          const closing = ts.isTemplateTail(span.literal) ? 1 : 2;
          found.push({ kind, whole: false, start: span.literal.getStart(source) + 1, end: span.literal.end - closing });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * @param {string} kind `css` or `html`
 * @param {boolean} whole the literal has no expressions
 * @param {string} text
 * @param {string} id the module's path
 */
function minifyText(kind, whole, text, id) {
  // Escapes are left as written: whitespace next to a backslash may be part of one.
  if (text.includes('\\')) return text;
  if (kind === 'css') {
    // A CSS literal with expressions is left alone: its parts are not CSS on their own.
    if (!whole) return text;
    return transformCss({ filename: id, code: Buffer.from(text), minify: true }).code.toString();
  }
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** @returns {import('vite').Plugin} */
export function minifyElementTemplates() {
  return {
    name: 'minify-element-templates',
    apply: 'build',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!ELEMENT_MODULE.test(id.split('?')[0] ?? '') || !/\b(css|html)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      // Inner templates come after outer ones in document order: edit from the end backwards.
      const ranges = templateTexts(source).sort((a, b) => b.start - a.start);
      let output = code;
      for (const { kind, whole, start, end } of ranges) {
        output = output.slice(0, start) + minifyText(kind, whole, output.slice(start, end), id) + output.slice(end);
      }
      return { code: output, map: null };
    },
  };
}
