/**
 * What the form of a question asks of the passage that answers it, beyond covering its words:
 * its action said in the passage, a number for "how many", people for "who", every known part
 * for a yes/no question, everything compared named, a time for "when", a criterion for "how can
 * I tell", and for "what if I don't" a sentence that says to do it and why.
 */
import type { AskChunk } from '../types.ts';
import type { Answer, Line } from './choose.ts';
import { isCovered, wordCovered, wordCoverage } from './coverage.ts';
import { chunkKeysOf, sectionKeysOf, sentenceKeysOf, sentenceUnion, type EngineIndex } from './engine-index.ts';
import type { Question } from './question.ts';
import { DEFINING_KEY, TIME_KEYS } from './rank.ts';

/** The concepts of people (what a "who" question asks for) and of a schedule. */
const PEOPLE_KEY = 'people';
const SCHEDULE_KEY = 'schedule';

/**
 * Whether the answer built on `focus` answers the question's form. A comparison answered by one
 * row of a list gets the row that names the rest added (the two reset options); a "how many X"
 * the passage gives no number for gets the list's members when each names X.
 */
export function answersItsForm(
  index: EngineIndex,
  question: Question,
  answer: Answer,
  focus: Line,
  acts: readonly string[][],
): boolean {
  const { COUNT } = index.dictionary.forms;
  // The action must be said in the passage itself (not only in its section's name, 管理访问令牌).
  const keys = sentenceUnion(index, focus.chunk);
  if (!acts.every((covers) => isCovered(covers, [], keys))) return false;
  const said = focus.sentences.join(' ');
  if (question.quantity && !COUNT.test(said)) {
    // "How many X" is also answered by a list whose every row or point names X: its members are the count.
    const members = answer.shape === 'text' ? membersCounted(index, question, focus.chunk) : undefined;
    if (!members) return false;
    answer.lines.splice(0, Infinity, ...members.map((chunk) => ({ chunk, sentences: chunk.sentences.slice(0, 1) })));
  }
  // "What are the practices", "有哪些建议": one practice of the list is the point, the others follow it
  // (not for a yes/no question: "does the page list the Account SID?" asks about one).
  if (question.several && !question.yesNo && !question.quantity && !question.comparison && answer.shape === 'text')
    for (const member of listOf(index, focus.chunk))
      if (!answer.lines.some((line) => line.chunk === member))
        answer.lines.push({ chunk: member, sentences: member.sentences.slice(0, 1) });
  if (question.who && !keys.has(PEOPLE_KEY)) return false;
  // A yes/no question is answered only by a passage that says every part of it the concept lists know of.
  if (question.yesNo && !saysAllKnown(index, question, answer, focus)) return false;
  // A comparison is answered only by a sentence that names every thing and quality compared, or
  // by two rows (or points) of one list that name them between them: the two reset options.
  if (question.comparison && !namesAll(index, question, focus)) {
    const sibling = answer.shape === 'text' ? siblingNamingTheRest(index, question, focus) : undefined;
    if (!sibling) return false;
    answer.lines.splice(1, Infinity, { chunk: sibling, sentences: sibling.sentences });
  }
  if (question.duration && !COUNT.test(said) && !keys.has(SCHEDULE_KEY)) return false;
  if (question.criterion && !keys.has(DEFINING_KEY)) return false;
  if (question.negated.length > 0 && !saysWhyToDo(index, focus.chunk, question.negated)) return false;
  // "When will X happen" needs a sentence that says when, of X itself (at once is when to reset, not when tokens are disabled).
  if (question.when && !saysWhen(index, question, focus.chunk, acts)) return false;
  return true;
}

function saysAllKnown(index: EngineIndex, question: Question, answer: Answer, focus: Line): boolean {
  const keys = new Set([
    ...chunkKeysOf(index, focus.chunk),
    ...index.contextKeys.get(focus.chunk.id)!,
    ...answer.path.flatMap((step) => [...index.placeKeys.get(step.id)!]),
  ]);
  // Its things and actions; a quality it adds ("legacy", "马上") the passage may leave unsaid, and
  // so may a word of the pages the concepts do not hold (有没有完整的…: "complete"), which names no thing or action known to be asked about.
  return question.words.every((word) => !word.concept || word.trait || wordCoverage(word, keys) >= 0.5);
}

/** The rows (or points) of the list `chunk` is in, when there are several and each names in its label what the question counts. */
function membersCounted(index: EngineIndex, question: Question, chunk: AskChunk): AskChunk[] | undefined {
  if (chunk.kind !== 'row' && chunk.kind !== 'item') return undefined;
  // The thing counted: "how many reset options" counts resets, "how many times" nothing the pages name (an older index has no such form).
  const countedThing = index.dictionary.forms.COUNTED_THING as RegExp | undefined;
  const counted = countedThing?.exec(question.text)?.[1]?.toLowerCase();
  const word = counted && question.words.find((candidate) => candidate.surface.toLowerCase().split(' ')[0] === counted);
  if (!word) return undefined;
  const members = listOf(index, chunk);
  const named = members.every((member) => wordCovered(word, sentenceKeysOf(index, member)[0]!));
  return members.length > 1 && named ? members : undefined;
}

/** Another row (or point) of the same list whose sentences, with the line's, name every thing and quality compared. */
function siblingNamingTheRest(index: EngineIndex, question: Question, line: Line): AskChunk | undefined {
  const { chunk } = line;
  if (chunk.kind !== 'row' && chunk.kind !== 'item') return undefined;
  // What the list's heading names (the menu both rows are in) is said of each of its rows.
  const own = new Set([...sentenceUnion(index, chunk), ...sectionKeysOf(index, chunk)]);
  return index.chunkList.find(
    (other) =>
      other !== chunk &&
      other.kind === chunk.kind &&
      other.page === chunk.page &&
      other.section === chunk.section &&
      question.words.every(
        (word) => !word.known || word.act || wordCovered(word, own) || wordCovered(word, sentenceUnion(index, other)),
      ) &&
      question.words.some((word) => word.known && !word.act && !wordCovered(word, own)),
  );
}

/** A sentence that says to do the actions, and why ("be sure to add the new value, as the previous one will no longer pass"). */
function saysWhyToDo(index: EngineIndex, chunk: AskChunk, acts: readonly string[][]): boolean {
  const { ADVICE_MARK, REASON_MARK } = index.dictionary.forms;
  return sentenceKeysOf(index, chunk).some(
    (keys, position) =>
      ADVICE_MARK.test(chunk.sentences[position]!) &&
      REASON_MARK.test(chunk.sentences[position]!) &&
      acts.every((covers) => isCovered(covers, [], keys)),
  );
}

/** A sentence that says a time and the actions the question names itself (not those a label it names implies). */
function saysWhen(index: EngineIndex, question: Question, chunk: AskChunk, acts: readonly string[][]): boolean {
  const { WHEN_MARK } = index.dictionary.forms;
  const named = acts.filter((covers) => question.words.some((word) => word.act && word.covers === covers));
  return sentenceKeysOf(index, chunk).some(
    (keys, position) =>
      (TIME_KEYS.some((key) => keys.has(key)) || WHEN_MARK.test(chunk.sentences[position]!)) &&
      named.every((covers) => isCovered(covers, [], keys)),
  );
}

function namesAll(index: EngineIndex, question: Question, line: Line): boolean {
  const keys = sentenceKeysOf(index, line.chunk);
  const said = line.sentences.map((sentence) => keys[line.chunk.sentences.indexOf(sentence)] ?? new Set<string>());
  return said.some((sentenceKeys) =>
    question.words.every((word) => !word.known || word.act || wordCovered(word, sentenceKeys)),
  );
}

/** The rows (or points) of the list a row (or point) is in, itself among them; none for another passage. */
function listOf(index: EngineIndex, chunk: AskChunk): AskChunk[] {
  if (chunk.kind !== 'row' && chunk.kind !== 'item') return [];
  return index.chunkList.filter(
    (other) => other.kind === chunk.kind && other.page === chunk.page && other.section === chunk.section,
  );
}
