/**
 * The docs team's label check, Node-only: the UI labels a guide names in bold or italics, per
 * step, with the file and line they are written on, and each that the app does not show, with
 * the nearest label it does. `astro build` warns with these messages (guideLabelCheck, in
 * astro.config.mjs); tests/unit/guide-labels.test.ts fails with them; the e2e drift check
 * (tests/guide/drift.ts) reuses the parsing and the nearest-label measure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { List, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { TRANSLATED_LOCALES, type Locale } from '../../contract/index.ts';
import { loadContentPages, readPageFile } from '../../ask/content.ts';
import type { SourcePage } from '../../ask/source.ts';
import { GUIDE_EMPHASIS_NOT_UI } from '../../i18n/guide-check.ts';
import { SANDBOX_MESSAGES } from '../../i18n/sandbox.ts';
import { elementsNamed, readMdx, withoutElements } from '../../page-mdx.ts';
import { GUIDE_PATHS } from '../../site.ts';

const BOLD = /\*\*([^*]+)\*\*/g;
// Italics may not start or end with a space (that is a list bullet).
const ITALIC = /(?<![*\w])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?!\*)/g;

/**
 * The UI labels a passage names in bold or italics, in reading order. "[User profile] →
 * Settings" names two controls; a bracketed name ([More], 【更多】) is the icon button's name.
 */
export function emphasised(markdown: string, locale: Locale): string[] {
  const found = [...markdown.matchAll(BOLD)].map((match) => ({ at: match.index, text: match[1] ?? '' }));
  const withoutBold = markdown.replace(BOLD, (match) => ' '.repeat(match.length));
  found.push(...[...withoutBold.matchAll(ITALIC)].map((match) => ({ at: match.index, text: match[1] ?? '' })));
  return found
    .sort((a, b) => a.at - b.at)
    .flatMap((entry) => entry.text.split('→'))
    .map((text) =>
      text
        .replace(/\\/g, '')
        // Square brackets, ASCII or full-width (U+3010/U+3011, escaped: not a UI string).
        .replace(/[[\]\u3010\u3011]/g, '')
        .trim(),
    )
    .filter((text) => text && !GUIDE_EMPHASIS_NOT_UI[locale].has(text));
}

export interface GuideStepText {
  step: number;
  /** The step's own words (sub-points included, the widget embed left out). */
  markdown: string;
  /** The line of the MDX file the step starts on. */
  line: number;
  /** The step sends the reader to the menu reference ("See *Menu reference*"): its labels belong to this step. */
  usesMenuReference: boolean;
}

export interface GuideText {
  path: string;
  /** The MDX file, from the project's root (`content/…/page.mdx`). */
  file: string;
  locale: Locale;
  steps: GuideStepText[];
  /** The menu reference (`<details>`): its table names the [More] menu's items. */
  menuReference: string;
  /** The line of the MDX file the menu reference starts on. */
  menuReferenceLine: number;
}

/** The line of the file its body starts on (the front matter and the blank lines after it come before). */
function bodyStartLine(file: string): number {
  try {
    return readPageFile(readFileSync(fileURLToPath(new URL(`../../../${file}`, import.meta.url)), 'utf8')).bodyLine;
  } catch {
    return 1;
  }
}

/** Where a node's children start and end in the body. */
function childrenSpan(node: Parent): { start: number; end: number } | null {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? null : { start: first, end: last };
}

/** The guide's numbered steps and its menu reference, read from the page's MDX (src/page-mdx.ts). */
export function guideText(page: SourcePage): GuideText {
  const reading = readMdx(page.body);
  const locale = page.data.locale;
  const file = `content${page.path}.mdx`;
  const first = bodyStartLine(file);
  const lineAt = (index: number) => first - 1 + page.body.slice(0, Math.max(index, 0)).split('\n').length;
  const list = reading.tree.children.find((node): node is List => node.type === 'list' && node.ordered === true);
  // The menu reference: a <details> whose <summary> names it, the rest its table.
  const details = elementsNamed(reading, 'details')[0];
  const summaryElement = details
    ? elementsNamed(reading, 'summary').find((element) => element.start >= details.start && element.end <= details.end)
    : undefined;
  const summary = summaryElement ? toString(summaryElement.node).trim() : '';
  const inside = details ? childrenSpan(details.node) : null;
  const steps = (list?.children ?? []).map((item, index) => {
    const markdown = withoutElements(
      reading,
      'Sandbox',
      item.position?.start.offset ?? 0,
      item.position?.end.offset ?? 0,
    );
    return {
      step: (list?.start ?? 1) + index,
      markdown,
      line: lineAt(item.position?.start.offset ?? 0),
      usesMenuReference: summary !== '' && markdown.includes(summary),
    };
  });
  return {
    path: page.path,
    file,
    locale,
    steps,
    menuReference: inside ? withoutElements(reading, 'summary', inside.start, inside.end) : '',
    menuReferenceLine: lineAt(inside?.start ?? 0),
  };
}

export function loadGuideText(locale: Locale): GuideText {
  const page = loadContentPages().find((entry) => entry.path === GUIDE_PATHS[locale]);
  if (!page) throw new Error(`no guide page at ${GUIDE_PATHS[locale]}`);
  return guideText(page);
}

/** The labels to look for at a step: its own, then the menu reference's when it sends the reader there. */
export function labelsAtStep(guide: GuideText, step: GuideStepText): string[] {
  const own = emphasised(step.markdown, guide.locale);
  return step.usesMenuReference ? [...own, ...emphasised(guide.menuReference, guide.locale)] : own;
}

/** Where a label of a step is written: `file:line` (the step's own words, else its menu reference). */
export function labelLocation(guide: GuideText, step: GuideStepText, label: string): string {
  const within = (text: string, first: number) => {
    const index = text.split('\n').findIndex((line) => line.replace(/[\\[\]\u3010\u3011]/g, '').includes(label));
    return index < 0 ? null : first + index;
  };
  const line = within(step.markdown, step.line) ?? within(guide.menuReference, guide.menuReferenceLine) ?? step.line;
  return `${guide.file}:${line}`;
}

/** Levenshtein distance (code points), for "the nearest label". */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** The name nearest to `label` by edit distance ("帐户 SID" → "账户 SID", one character off). */
export function nearest(label: string, names: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of new Set(names)) {
    const distance = editDistance(label.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** Every label the app can show in a locale (its string table). */
export function appLabels(locale: Locale): Set<string> {
  return new Set(
    Object.values(SANDBOX_MESSAGES[locale] as Record<string, unknown>).filter(
      (value): value is string => typeof value === 'string',
    ),
  );
}

/** Each label a guide's steps name that the app never shows, as one message naming where. */
export function guideLabelProblems(guide: GuideText, labels = appLabels(guide.locale)): string[] {
  return guide.steps.flatMap((step) =>
    [...new Set(labelsAtStep(guide, step))]
      .filter((label) => !labels.has(label))
      .map(
        (label) =>
          `${labelLocation(guide, step, label)} (${guide.locale}), step ${step.step}: the guide names "${label}", which the app does not show; the nearest UI label is "${nearest(label, labels)}"`,
      ),
  );
}

/** `astro build` warns about every such label, before any test runs (`load`: the guides, for tests). */
export function guideLabelCheck(load: (locale: Locale) => GuideText = loadGuideText) {
  return {
    name: 'guide-label-check',
    hooks: {
      'astro:build:start': ({ logger }: { logger: { warn(message: string): void } }) => {
        for (const locale of TRANSLATED_LOCALES)
          for (const problem of guideLabelProblems(load(locale))) logger.warn(problem);
      },
    },
  };
}
