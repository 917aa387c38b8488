/**
 * Yes or no, first, where the page says it: a yes/no question asked with "can I" or "do I need
 * to" (可以, 能, 需要) answered by a sentence that tells the reader the same ("you can", 您可以,
 * 您无需), said or denied; one asking whether something "still" holds (还能), by "still" or "no
 * longer" (不再). Anything else, and any hedged sentence ("you may be able to", 可能),
 * gets no verdict (the quoted sentence answers on its own): a wrong "yes" is worse than none.
 */
export interface Verdict {
  yes: boolean;
  /** The verb a Chinese verdict echoes (可以 / 不可以); '' in English. */
  verb: string;
}

interface Modal {
  /** The question asks with it. */
  asked: RegExp;
  /** A sentence that tells the reader it, or its denial. */
  said: RegExp;
  denied: RegExp;
  verb: string;
}

const MODALS: Modal[] = [
  {
    asked: /^(can|could) (i|we)\b/i,
    said: /\byou (can|cannot|can't|can not)\b/i,
    denied: /\byou (cannot|can't|can not)\b/i,
    verb: '',
  },
  {
    asked: /^(do|does|would) (i|we) (need|have) to\b/i,
    said: /\byou (need|must|have to|do not need|don't need|don't have to)\b/i,
    denied: /\byou (do not need|don't need|don't have to)\b/i,
    verb: '',
  },
  // "Will the old key still work after I reset it?" answered by "… will no longer pass …": whether
  // something goes on after a change is said by "still" and denied by "no longer" (还 / 仍然, 不再).
  // Only after a change the question names: "still valid tomorrow" asks of a time no page may cover.
  {
    asked: /^(will|would|does|do|is|are|can|could) (?=.*\bstill\b)(?=.*\b(after|once|if|when)\b)/i,
    said: /\b(still|no longer|not any longer|not anymore)\b/i,
    denied: /\b(no longer|not any longer|not anymore)\b/i,
    verb: '',
  },
  {
    asked: /^(?=.*(后|如果))(?=.*(还|仍然?)(能|可以))/,
    said: /不再|(还|仍然?)(能|可以)/,
    denied: /不再/,
    verb: '能',
  },
  { asked: /可以|可不可以/, said: /(您|你)(可以|无法|不能|不可以)/, denied: /(您|你)(无法|不能|不可以)/, verb: '可以' },
  { asked: /能/, said: /(您|你)(能|可以|无法|不能)/, denied: /(您|你)(无法|不能)/, verb: '能' },
  {
    asked: /需要|要不要|需不需要|必须/,
    said: /(您|你)(需要|必须|无需|不需要|不必)/,
    denied: /(您|你)(无需|不需要|不必)/,
    verb: '需要',
  },
];

/** A Chinese yes/no question: ends in 吗 or asks A-not-A, and asks no wh-word. */
const ZH_YES_NO = /[吗嘛][？?！!。]?$|能不能|可不可以|需不需要|要不要/;
const ZH_WH = /哪|什么|啥|怎么|怎样|如何|谁|多少|多久|几|干嘛|为什么|为何/;
/** A question that denies already ("can't I …", 不能…吗): its yes and no are ambiguous. */
const NEGATED_QUESTION = /\b(not|never|can't|cannot|don't|doesn't)\b|不能|不可以|不需要|无法/i;
/** A hedged sentence says neither. */
const HEDGED = /\b(may|might|possibly)\b|可能|也许/i;

/** The verdict a sentence gives a question, or undefined when it gives none. */
export function verdictOf(question: string, sentence: string): Verdict | undefined {
  const asked = question.trim();
  const han = /\p{Script=Han}/u.test(asked) && !/^[a-z]/i.test(asked);
  if (han && (!ZH_YES_NO.test(asked) || ZH_WH.test(asked))) return undefined;
  if (NEGATED_QUESTION.test(asked.replace(/能不能|可不可以|需不需要|要不要/g, '')) || HEDGED.test(sentence))
    return undefined;
  const modal = MODALS.find((candidate) => candidate.asked.test(asked) && (han ? candidate.verb : !candidate.verb));
  if (!modal || !modal.said.test(sentence)) return undefined;
  return { yes: !modal.denied.test(sentence), verb: modal.verb };
}
