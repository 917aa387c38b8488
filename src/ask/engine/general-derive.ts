/**
 * A word and its Latin nominalization, which the Porter stemmer leaves apart: convert and
 * conversion (convert, convers), permit and permission, extend and extension,
 * respond and response. The noun drops the verb's final t or d for s or ss; read either way, a
 * word no page has is the page word of the same family (./general-pick.ts).
 */

/** The shortest stem kept before the changed ending (cours and court, deci and decid: too short to tell a family from a chance likeness). */
const MIN_BASE = 5;

/** The page stem of the same family as `stem` (conversion's convers → convert), when the pages have one. */
export function nominalFamily(stem: string, isPageStem: (stem: string) => boolean): string | undefined {
  const forms: string[] = [];
  const noun = new RegExp(`^(.{${MIN_BASE},}?)s{1,2}$`).exec(stem)?.[1];
  if (noun) forms.push(`${noun}t`, `${noun}d`);
  const verb = new RegExp(`^(.{${MIN_BASE},})[td]$`).exec(stem)?.[1];
  if (verb) forms.push(`${verb}s`, `${verb}ss`);
  return forms.find(isPageStem);
}
