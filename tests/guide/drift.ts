/**
 * The docs team's drift check, as pure functions (the e2e spec drives the browser with them;
 * tests/unit/guide-drift.test.ts proves they fail on a drifted label): the UI labels a guide
 * names, per step, and how they are matched against what the sandbox shows by role and name.
 */
import type { ListItem, Root } from 'mdast';
import type { Locale } from '../../src/contract/index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { parseMdx, type SourcePage } from '../../src/ask/source.ts';
import { GUIDE_PATHS } from '../../src/site.ts';

/** Words a guide emphasises that are not controls of the app (a hint's lead, a section's name). */
export const NOT_UI: Record<Locale, ReadonlySet<string>> = {
  zh: new Set(['注意：', '菜单参考']),
  en: new Set(['Note:', 'Menu reference']),
};

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
        .replace(/[[\]【】]/g, '')
        .trim(),
    )
    .filter((text) => text && !NOT_UI[locale].has(text));
}

export interface GuideStepText {
  step: number;
  /** The step's own words (sub-points included, the widget embed left out). */
  markdown: string;
  /** The step sends the reader to the menu reference ("See *Menu reference*"): its labels belong to this step. */
  usesMenuReference: boolean;
}

export interface GuideText {
  path: string;
  locale: Locale;
  steps: GuideStepText[];
  /** The menu reference (`<details>`): its table names the [More] menu's items. */
  menuReference: string;
}

const slice = (body: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
  body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

/** The guide's numbered steps and its menu reference, read from the page's MDX. */
export function guideText(page: SourcePage): GuideText {
  const tree: Root = parseMdx(page.body);
  const locale = page.data.locale;
  const list = tree.children.find((node) => node.type === 'list' && node.ordered);
  const details = /<details[^>]*>([\s\S]*?)<\/details>/.exec(page.body)?.[1] ?? '';
  const summary = /<summary>([\s\S]*?)<\/summary>/.exec(details)?.[1]?.trim() ?? '';
  const items = list && list.type === 'list' ? (list.children as ListItem[]) : [];
  const steps = items.map((item, index) => {
    const markdown = slice(page.body, item).replace(/<Sandbox\b[^>]*\/>/g, '');
    return {
      step: (list?.type === 'list' ? (list.start ?? 1) : 1) + index,
      markdown,
      usesMenuReference: summary !== '' && markdown.includes(summary),
    };
  });
  return { path: page.path, locale, steps, menuReference: details.replace(/<summary>[\s\S]*?<\/summary>/, '') };
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

/** One node of the accessibility tree: its role and accessible name. */
export interface Named {
  role: string;
  name: string;
}

/** Roles whose name a guide can refer to: controls, headings, the token card, a term's label. */
export const NAMED_ROLES: ReadonlySet<string> = new Set([
  'button',
  'link',
  'menuitem',
  'tab',
  'heading',
  'combobox',
  'article',
  'term',
]);

/** Roles a walk activates to reach what the step names next. */
export const ACTIVATABLE: ReadonlySet<string> = new Set(['button', 'menuitem', 'tab']);

/** The named nodes of a Playwright aria snapshot (`- role "name"`; a term's name is its text: `- term: text`). */
export function parseAriaSnapshot(snapshot: string): Named[] {
  const found: Named[] = [];
  for (const line of snapshot.split('\n')) {
    const match = /^\s*- ([a-z]+)(?: ("(?:[^"\\]|\\.)*"))?[^:]*(?::\s*(.*))?$/.exec(line);
    if (!match) continue;
    const [, role = '', quoted, text] = match;
    const name = quoted ? (JSON.parse(quoted) as string) : role === 'term' ? (text ?? '').replace(/^"|"$/g, '') : '';
    if (name && NAMED_ROLES.has(role)) found.push({ role, name });
  }
  return found;
}

/**
 * A label matches a name that is the label itself, or the label qualified in brackets (the
 * guide says "Auth Token", the app shows one per access level: "Auth Token (Read/Write)").
 */
export function labelMatches(name: string, label: string): boolean {
  if (name === label) return true;
  const rest = name.startsWith(label) ? name.slice(label.length) : '';
  return /^\s?[（(][^）)]+[）)]$/.test(rest);
}

export function findLabel(shown: readonly Named[], label: string): Named | undefined {
  return shown.find((entry) => labelMatches(entry.name, label));
}

/** Levenshtein distance (code points), for "the nearest label shown". */
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

export function nearest(label: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of new Set(names)) {
    const distance = editDistance(label.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** The failure message of the guide → UI direction. */
export function missingLabelMessage(guide: GuideText, step: number, label: string, shown: readonly Named[]): string {
  const closest = nearest(
    label,
    shown.map((entry) => entry.name),
  );
  const near = closest
    ? `the nearest label shown is "${closest}" (${shown.find((entry) => entry.name === closest)!.role})`
    : 'it shows no label';
  return `${guide.path} (${guide.locale}), step ${step}: the guide names "${label}", but the step's sandbox has no control or heading by that name; ${near}`;
}

/** The guide's steps and menu reference as plain words (markup, embeds and icons left out). */
export function guideWords(guide: GuideText): string {
  return [...guide.steps.map((step) => step.markdown), guide.menuReference]
    .join('\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*\\[\]【】|]/g, ' ');
}

/**
 * The UI → guide direction: a control's name is covered when the guide's words contain it, or
 * contain its verb and the rest ("Copy Account SID": copy, Account SID), and its bracketed
 * qualifier ("(Read/Write)"). English is compared case-insensitively, as whole words.
 */
export function coveredByGuide(name: string, words: string, locale: Locale): boolean {
  const has = (phrase: string) =>
    locale === 'en'
      ? new RegExp(`(^|[^\\w])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^\\w]|$)`, 'i').test(words)
      : words.includes(phrase);
  const qualifiers = [...name.matchAll(/[（(]([^）)]+)[）)]/g)].map((match) => match[1]!);
  const bare = name.replace(/\s*[（(][^）)]+[）)]/g, '').trim();
  if (!qualifiers.every(has)) return false;
  if (has(bare)) return true;
  const [verb, ...rest] = bare.split(/\s+/);
  return rest.length > 0 && has(verb!) && has(rest.join(' '));
}

/** The failure message of the UI → guide direction. */
export function uncoveredControlMessage(guide: GuideText, screen: string, control: Named): string {
  const labels = [...guide.steps.flatMap((step) => labelsAtStep(guide, step))];
  const closest = nearest(control.name, labels);
  return `${guide.path} (${guide.locale}), ${screen}: the sandbox's ${control.role} "${control.name}" appears in none of the guide's steps or its menu reference${closest ? ` (the nearest label the guide names is "${closest}")` : ''}`;
}
