/**
 * The docs team's drift check, as pure functions (the e2e spec drives the browser with them;
 * tests/unit/guide-drift.test.ts proves they fail on a drifted label): the UI labels a guide
 * names, per step, and how they are matched against what the sandbox shows by role and name.
 */
import {
  appLabels,
  labelLocation,
  labelsAtStep,
  nearest,
  type GuideText,
} from '../../src/sandbox/guided/label-check.ts';

// The guide's side (its steps, labels, where each is written, the nearest-label measure) is the
// build's own label check; this module adds the browser's side (names by role).
export {
  editDistance,
  emphasised,
  labelsAtStep,
  loadGuideText,
  nearest,
  type GuideStepText,
  type GuideText,
} from '../../src/sandbox/guided/label-check.ts';

/** One node of the accessibility tree: its role and accessible name. */
export interface Named {
  role: string;
  name: string;
}

/** Roles whose name a guide can refer to: controls, headings, the token card, a term's label. */
const NAMED_ROLES: ReadonlySet<string> = new Set([
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
function labelMatches(name: string, label: string): boolean {
  if (name === label) return true;
  const rest = name.startsWith(label) ? name.slice(label.length) : '';
  return /^\s?[（(][^）)]+[）)]$/.test(rest);
}

export function findLabel(shown: readonly Named[], label: string): Named | undefined {
  return shown.find((entry) => labelMatches(entry.name, label));
}

/**
 * The failure message of the guide → UI direction: the file and line, the step, the label, the
 * nearest label the step's sandbox shows now, and the nearest of all the app's labels.
 */
export function missingLabelMessage(guide: GuideText, step: number, label: string, shown: readonly Named[]): string {
  const closest = nearest(
    label,
    shown.map((entry) => entry.name),
  );
  const near = closest
    ? `the nearest label shown is "${closest}" (${shown.find((entry) => entry.name === closest)!.role})`
    : 'it shows no label';
  const stepText = guide.steps.find((entry) => entry.step === step);
  const where = stepText ? labelLocation(guide, stepText, label) : guide.file;
  const nearestUi = nearest(label, [...appLabels(guide.locale), ...shown.map((entry) => entry.name)]);
  return `${where} (${guide.locale}), step ${step}: the guide names "${label}", but the step's sandbox has no control or heading by that name; ${near}; the nearest UI label is "${nearestUi}"`;
}

/** The guide's steps and menu reference as plain words (markup, embeds and icons left out). */
export function guideWords(guide: GuideText): string {
  return [...guide.steps.map((step) => step.markdown), guide.menuReference]
    .join('\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*\\[\]【】|]/g, ' ');
}

/** Letters of a script that puts spaces between words, digits, spaces and punctuation only. */
const SPACED_WORDS = /^[\p{Script=Latin}\p{N}\p{Zs}\p{P}\p{S}]+$/u;

/**
 * The UI → guide direction: a control's name is covered when the guide's words contain it, or
 * contain its verb and the rest ("Copy Account SID": copy, Account SID), and its bracketed
 * qualifier ("(Read/Write)"). A phrase in a script that spaces its words (Latin) is compared
 * case-insensitively, as whole words; one in Chinese (no spaces between words) as written.
 */
export function coveredByGuide(name: string, words: string): boolean {
  const has = (phrase: string) =>
    SPACED_WORDS.test(phrase)
      ? new RegExp(
          `(^|[^\\p{Script=Latin}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^\\p{Script=Latin}\\p{N}]|$)`,
          'iu',
        ).test(words)
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
