/**
 * What the general reading quotes once it has its passage: the point first, then the passage's
 * other sentences; a step with the steps before it; a place's path followed on to the step that
 * names it; the list a sentence announces; a comparison's other side.
 */
import { ANNOUNCES_LIST, POINTS_ELSEWHERE } from '../language/asking.ts';
import { addReferencedSections, titledByPoint, type Answer, type Line } from './choose.ts';
import type { EngineIndex } from './engine-index.ts';
import type { GeneralIndex, Passage } from './general-index.ts';
import { match, type Word } from './general-match.ts';
import type { GeneralPick } from './general-pick.ts';
import { fold, stemsOf } from './general-words.ts';
import { stepsUpTo } from './steps.ts';

/** The general reading's answer from its chosen passage. */
export function answerFromPassage(
  index: EngineIndex,
  general: GeneralIndex,
  pick: GeneralPick,
  passage: Passage,
  pagePassages: readonly Passage[],
  {
    procedure,
    comparison,
    place = false,
    needsNumber = false,
  }: { procedure: boolean; comparison: boolean; place?: boolean; needsNumber?: boolean },
): Answer {
  const chunk = pick.passage;
  // "Where is X": a step on the way there that does not name X is followed on to the step that does.
  const walked = place && chunk.kind === 'step' ? pathOn(general, pick.words, passage, pagePassages) : undefined;
  if (walked)
    return {
      shape: 'text',
      lines: walked.map((step) => ({ chunk: step.chunk, sentences: step.chunk.sentences })),
      path: [],
    };
  // The point: the sentence holding most of the question's weight, then the passage's other sentences in order.
  const scored = chunk.sentences.map((sentence, position) => {
    const one: Passage = { ...passage, stems: new Set(stemsOf(sentence, general.stopwords)), text: fold(sentence) };
    return { position, score: pick.words.reduce((sum, word) => sum + word.weight * match(word, one), 0) };
  });
  const point = scored.reduce((a, b) => (b.score > a.score ? b : a)).position;
  const order = [point, ...chunk.sentences.keys()].filter((position, at, all) => all.indexOf(position) === at);
  // A title quoted whole, as the concept reading does.
  const sentences = [...new Set(titledByPoint(chunk, point) ? order : order.slice(0, 3))].map(
    (position) => chunk.sentences[position]!,
  );
  if (procedure && (chunk.kind === 'step' || chunk.kind === 'substep') && chunk.step !== undefined) {
    const path = stepsUpTo(index, chunk.page, chunk.section, chunk.step);
    const lines: Line[] = path.map((step) => ({
      chunk: step,
      sentences: step.id === chunk.id || step.step === chunk.step ? step.sentences : step.sentences.slice(0, 1),
    }));
    if (chunk.kind === 'substep') lines.push({ chunk, sentences });
    if (lines.length > 0) return { shape: 'steps', lines, path };
  }
  const other = comparison ? otherSide(pick.words, passage, pagePassages, needsNumber) : undefined;
  const lines: Line[] = [{ chunk, sentences }, ...listAnnounced(sentences, passage, pagePassages)];
  // The two sides in the page's order (a list's items, a table's rows as the page sets them out).
  if (other && pagePassages.indexOf(other) < pagePassages.indexOf(passage))
    lines.unshift({ chunk: other.chunk, sentences: other.chunk.sentences.slice(0, 2) });
  else if (other) lines.push({ chunk: other.chunk, sentences: other.chunk.sentences.slice(0, 2) });
  const answer: Answer = { shape: 'text', lines, path: [] };
  // A passage that sends the reader to another section of its page ("See *Choose the HTTP method*
  // below.") is followed there, as the concept reading's is: the section says what it only points
  // to. Only a sentence that sends (an intro naming the sections it introduces points to all of
  // them), and not a step's: the steps go on past it.
  if (chunk.kind !== 'step' && passage.pointsElsewhere) {
    const focus = lines.find((line) => line.chunk === chunk)!;
    addReferencedSections(index, answer, focus, (sentence) => POINTS_ELSEWHERE.test(sentence));
  }
  return answer;
}

/** The most steps a place's path is followed on. */
const MAX_PATH_ON = 3;

/**
 * The steps from a step on to the first of its section's next steps whose own sentences (not its
 * heading; for an English word, its aligned twin's too) say a word of the question it does not:
 * where the place asked lies. Undefined when none does within `MAX_PATH_ON`.
 */
function pathOn(
  general: GeneralIndex,
  words: readonly Word[],
  chosen: Passage,
  pagePassages: readonly Passage[],
): Passage[] | undefined {
  const { section } = chosen.chunk;
  const own = (passage: Passage) => {
    const text = fold(passage.chunk.sentences.join(' '));
    const stems = new Set(stemsOf([text, ...(passage.twin?.chunk.sentences ?? [])].join(' '), general.stopwords));
    return new Set(words.filter((word) => word.known && (word.han ? text.includes(word.key) : stems.has(word.key))));
  };
  const said = own(chosen);
  const path = [chosen];
  for (const next of pagePassages.slice(pagePassages.indexOf(chosen) + 1)) {
    if (next.chunk.kind !== 'step' || next.chunk.section !== section || path.length > MAX_PATH_ON) break;
    path.push(next);
    if ([...own(next)].some((word) => !said.has(word))) return path;
  }
  return undefined;
}

/** The most list items quoted after a sentence that announces them. */
const MAX_ANNOUNCED = 4;

/**
 * The list a quoted sentence announces ("When this happens:" / "发生这种情况时："): the items of
 * its section right after the passage, so the answer says what the sentence points to. A step's
 * own list is the steps answer's (its substeps).
 */
function listAnnounced(quoted: readonly string[], passage: Passage, pagePassages: readonly Passage[]): Line[] {
  const kind = passage.chunk.kind;
  if (kind === 'step' || kind === 'substep' || !ANNOUNCES_LIST.test(quoted.at(-1) ?? '')) return [];
  const lines: Line[] = [];
  for (const next of pagePassages.slice(pagePassages.indexOf(passage) + 1)) {
    if (next.chunk.kind !== 'item' || next.chunk.section !== passage.chunk.section || lines.length === MAX_ANNOUNCED)
      break;
    lines.push({ chunk: next.chunk, sentences: next.chunk.sentences });
  }
  return lines;
}

/** Kinds of passage that stand side by side with their like in one section: a table's rows, a list's items. */
const SIDE_BY_SIDE: ReadonlySet<string> = new Set(['row', 'item']);

/**
 * "What is the difference between A and B": the passage of the same page that says most of what
 * the answering one does not (B, when it says A), so both sides are answered.
 */
function otherSide(
  words: readonly Word[],
  chosen: Passage,
  pagePassages: readonly Passage[],
  needsNumber: boolean,
): Passage | undefined {
  // A list or table of two is the two sides itself, whatever words the other says ("GET vs POST":
  // get is a stopword, and the POST item says the rest).
  const siblings = SIDE_BY_SIDE.has(chosen.chunk.kind)
    ? pagePassages.filter((passage) => passage.chunk.kind === chosen.chunk.kind && passage.section === chosen.section)
    : [];
  const pair = siblings.length === 2 ? siblings.find((passage) => passage !== chosen) : undefined;
  const missing = words.filter((word) => word.known && match(word, chosen) === 0);
  if (missing.length === 0) return pair;
  // "How long does A last vs B": the other side gives a number too, and not one that counts a
  // thing the question names ("your last 5 passwords" is a count, not how long).
  const named = new Set(words.map((word) => word.key));
  const measures = (passage: Passage) =>
    [...passage.numberUnits.values()].some((units) => ![...units].some((unit) => named.has(unit)));
  const gives = needsNumber && chosen.numberUnits.size > 0 ? measures : () => true;
  let best: { passage: Passage; said: number } | undefined;
  let row: { passage: Passage; said: number } | undefined;
  for (const passage of pagePassages) {
    if (passage === chosen || !gives(passage)) continue;
    const said = missing.reduce((sum, word) => sum + word.weight * match(word, passage), 0);
    if (said > 0 && (!best || said > best.said)) best = { passage, said };
    // A row of the same table, an item of the same list: the other side of a comparison they draw.
    const sibling =
      SIDE_BY_SIDE.has(chosen.chunk.kind) &&
      passage.chunk.kind === chosen.chunk.kind &&
      passage.section === chosen.section;
    if (said > 0 && sibling && (!row || said > row.said)) row = { passage, said };
  }
  // A row is compared with a row of its table when one names what it does not ("wire vs paypal":
  // the PayPal row, not the intro that names PayPal beside other words of the question); an item
  // with an item of its list ("disabling vs deleting": the Disable item, not a hint that says disabled).
  return row?.passage ?? pair ?? best?.passage;
}
