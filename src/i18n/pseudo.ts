/**
 * The pseudo-locale's strings, made from the source locale's at build time (tests only, see
 * src/contract/locale.ts): every letter accented and the text about 35 % longer, in brackets,
 * `Settings` → `[Ŝéţţîñĝš ·]`. A string a page shows unaccented was never looked up in a table;
 * a label cut or overflowing has no room for a longer translation.
 */
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const LETTER = /[A-Za-z]/g;
// A message's string arguments are kept as they are (a token, a name already in the pseudo-locale).
const ARGUMENT = /\uE000(\d+)\uE001/g;

/** Every letter accented, nothing else changed. */
export function pseudoAccent(text: string): string {
  return text.replace(LETTER, (letter) => ACCENTED[PLAIN.indexOf(letter)]!);
}

/** What a text becomes in brackets: `open`, the accented text, a space, `dots`, `close`. */
export function pseudoPadding(text: string): string {
  // Brackets, a space and the dots add 35 % of the length (at least one dot).
  return '·'.repeat(Math.max(1, Math.round(text.replace(ARGUMENT, '').length * 0.35) - 3));
}

export function pseudoText(text: string): string {
  if (!/[A-Za-z]/.test(text.replace(ARGUMENT, ''))) return text;
  return `[${pseudoAccent(text)} ${pseudoPadding(text)}]`;
}

/** A string table in the pseudo-locale: strings, lists and nested parts; a message's own words, not its arguments. */
export function pseudoTable<T>(table: T): T {
  if (typeof table === 'string') return pseudoText(table) as T;
  if (Array.isArray(table)) return table.map((item) => pseudoTable(item)) as T;
  if (typeof table === 'function') {
    const message = table as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
      const marked = args.map((arg, index) => (typeof arg === 'string' ? `\uE000${index}\uE001` : arg));
      const text = pseudoTable(message(...marked));
      return typeof text === 'string' ? text.replace(ARGUMENT, (_, index) => String(args[Number(index)])) : text;
    }) as T;
  }
  if (table && typeof table === 'object' && Object.getPrototypeOf(table) === Object.prototype)
    return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, pseudoTable(value)])) as T;
  return table;
}
