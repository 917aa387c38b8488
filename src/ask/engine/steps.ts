/**
 * The numbered steps of a page's procedure and which of them lead to a passage: ranking judges
 * a how-to candidate together with its steps, a how-to answer walks them, and a "where" answer
 * names the labels along them once.
 */
import { LABEL_BRACKETS, PATH_ARROW } from '../language/vocabulary.ts';
import type { AskChunk } from '../types.ts';
import type { Answer } from './choose.ts';
import type { EngineIndex } from './engine-index.ts';
import { match } from './general-match.ts';
import { contentWords, fold } from './general-words.ts';
import { OPTIONAL_STEP, SAYS_AFTER, SAYS_BEFORE } from '../language/asking.ts';
import type { GeneralIndex } from './general-index.ts';

const stepOf = (index: EngineIndex, page: string, section: string, number: number) =>
  index.chunkList.find(
    (chunk) => chunk.page === page && chunk.kind === 'step' && chunk.section === section && chunk.step === number,
  );

/**
 * The steps that lead to and include step `last`, in order. A step offered as an alternative to
 * the one before it ("You can also select the token card") follows the step before that one.
 */
export function stepsUpTo(index: EngineIndex, page: string, section: string, last: number): AskChunk[] {
  const { ALTERNATIVE_STEP } = index.dictionary.forms;
  const path: AskChunk[] = [];
  for (let number = last; number >= 1; number--) {
    const step = stepOf(index, page, section, number);
    if (!step) continue;
    path.unshift(step);
    if (number > 1 && ALTERNATIVE_STEP.test(step.sentences[0]!)) number -= 1;
  }
  return path;
}

/** The step that leads to a passage: its own step, or the step that names its section (菜单参考). */
export function leadingStep(index: EngineIndex, chunk: AskChunk): AskChunk | undefined {
  if (chunk.kind === 'step' || chunk.kind === 'substep') return stepOf(index, chunk.page, chunk.section, chunk.step!);
  if (!chunk.anchor) return undefined;
  return index.chunkList.find(
    (other) =>
      other.page === chunk.page &&
      other.kind === 'step' &&
      other.sentences.some((sentence) => sentence.includes(chunk.section)),
  );
}

/** The steps a how-to answer walks before this passage (none when no step leads to it). */
export function pathTo(index: EngineIndex, chunk: AskChunk): AskChunk[] {
  const lead = leadingStep(index, chunk);
  return lead ? stepsUpTo(index, lead.page, lead.section, lead.step!) : [];
}

/** The app labels a passage names, in order (its bold and italic words, brackets aside), less the page's section names. */
export function labelsOf(index: EngineIndex, chunk: AskChunk): string[] {
  const sections = new Set(index.chunkList.filter((other) => other.page === chunk.page).map((other) => other.section));
  return [...chunk.markdown.matchAll(/\*\*(.+?)\*\*|\*(.+?)\*/g)]
    .flatMap((match) => (match[1] ?? match[2]!).replace(LABEL_BRACKETS, '').split(PATH_ARROW))
    .map((label) => label.trim())
    .filter((label) => label && !sections.has(label));
}

/**
 * "What do I click next?" answered with a step: the step after it instead; "what is the first
 * step" answered with a later one: the first (a steps answer's last step is its point).
 */
export function askedStep(
  index: EngineIndex,
  general: GeneralIndex,
  text: string,
  answer: Answer,
  { procedure = false }: { procedure?: boolean } = {},
): Answer {
  const steps = answer.lines.filter((line) => line.chunk.kind === 'step' || line.chunk.kind === 'substep');
  const point = answer.shape === 'steps' ? steps.at(-1)?.chunk : answer.lines[0]?.chunk;
  const step = point && stepAsked(index, general, text, point);
  if (step) {
    const next = [step];
    // "What next" before optional steps: those, and the first step that is not optional.
    while (step.step! > point!.step! && OPTIONAL_STEP.test(next.at(-1)!.sentences[0]!)) {
      const after = stepOf(index, step.page, step.section, next.at(-1)!.step! + 1);
      if (!after) break;
      next.push(after);
    }
    return { shape: 'text', lines: next.map((chunk) => ({ chunk, sentences: chunk.sentences })), path: [] };
  }
  // "Do I add X before or after Y?": the step that says X, up to the answer's (the order asked is theirs).
  const first =
    answer.shape === 'text' && point && ORDER_ASKED(text) ? earlierStepNamed(index, general, text, point) : undefined;
  if (first && point) {
    const span = stepsUpTo(index, point.page, point.section, point.step!).filter((step) => step.step! >= first.step!);
    return { shape: 'steps', lines: span.map((chunk) => ({ chunk, sentences: chunk.sentences })), path: span };
  }
  const last = answer.shape === 'text' && point ? laterStepNamed(index, general, text, point) : undefined;
  if (!last) return procedure ? throughTheEnd(index, answer) : answer;
  // "First A, then what do I check?": the steps through the last one the question names.
  const path = stepsUpTo(index, last.page, last.section, last.step!);
  return { shape: 'steps', lines: path.map((chunk) => ({ chunk, sentences: chunk.sentences })), path };
}

/** The most steps a how-to answer quotes. */
const MAX_STEPS = 8;

/**
 * "How do I change my password?" answered with the steps up to the one that names the change
 * ("select Change Password"): the procedure goes on past it (enter, confirm, save), so the answer
 * walks the rest of its section's steps too, the way the page tells it.
 */
function throughTheEnd(index: EngineIndex, answer: Answer): Answer {
  if (answer.shape !== 'steps') return answer;
  const steps = answer.lines.filter((line) => line.chunk.kind === 'step');
  const final = steps.at(-1)?.chunk;
  if (!final || final.step === undefined || answer.lines.at(-1)!.chunk.kind !== 'step') return answer;
  const lines = [...answer.lines];
  for (let number = final.step + 1; lines.length < MAX_STEPS; number++) {
    const next = stepOf(index, final.page, final.section, number);
    if (!next) break;
    lines.push({ chunk: next, sentences: next.sentences });
  }
  return { ...answer, lines };
}

/** Whether a question asks whether one thing comes before or after another: it says both times. */
const ORDER_ASKED = (text: string) => SAYS_BEFORE.test(text) && SAYS_AFTER.test(text);

/**
 * The nearest step before a step answer that says a word of the question the answer's step does
 * not ("子ID是在点生成链接之前加还是之后加": the answer's step says 生成链接, an earlier one 子 ID).
 */
function earlierStepNamed(
  index: EngineIndex,
  general: GeneralIndex,
  text: string,
  chunk: AskChunk,
): AskChunk | undefined {
  const unsaid = wordsUnsaid(index, general, text, chunk);
  if (!unsaid) return undefined;
  for (let number = chunk.step! - 1; number >= 1; number--) {
    const earlier = stepOf(index, chunk.page, chunk.section, number);
    const passage = earlier && general.passageOf.get(earlier.id);
    if (passage && unsaid.some((word) => match(word, passage) > 0)) return earlier;
  }
  return undefined;
}

/** The question's words a step does not say (undefined when the chunk is no step). */
function wordsUnsaid(index: EngineIndex, general: GeneralIndex, text: string, chunk: AskChunk) {
  if (chunk.kind !== 'step' || chunk.step === undefined) return undefined;
  const language = index.pages.get(chunk.page)?.locale;
  const own = general.passageOf.get(chunk.id);
  if (!language || !own) return undefined;
  return contentWords(general, text, language).filter((word) => match(word, own) === 0);
}

/**
 * The last step after a step answer that says a word of the question the answer's step does not
 * ("先开无痕窗口粘贴链接，然后要检查什么": the step that says 检查), when the question names
 * more of the procedure than one step.
 */
function laterStepNamed(
  index: EngineIndex,
  general: GeneralIndex,
  text: string,
  chunk: AskChunk,
): AskChunk | undefined {
  const unsaid = wordsUnsaid(index, general, text, chunk);
  if (!unsaid) return undefined;
  let last: AskChunk | undefined;
  for (let number = chunk.step! + 1; ; number++) {
    const later = stepOf(index, chunk.page, chunk.section, number);
    const passage = later && general.passageOf.get(later.id);
    if (!later || !passage) break;
    if (unsaid.some((word) => match(word, passage) > 0)) last = later;
  }
  return last;
}

function stepAsked(index: EngineIndex, general: GeneralIndex, text: string, chunk: AskChunk): AskChunk | undefined {
  if (chunk.step === undefined || (chunk.kind !== 'step' && chunk.kind !== 'substep')) return undefined;
  const folded = fold(text);
  const wanted = general.nextAsked.test(folded) ? chunk.step + 1 : general.firstAsked.test(folded) ? 1 : undefined;
  if (wanted === undefined || wanted === chunk.step) return undefined;
  return stepOf(index, chunk.page, chunk.section, wanted);
}
