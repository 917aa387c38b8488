/**
 * The widgets' labels, one chunk per locale: a Vite plugin that serves
 * `virtual:widget-messages/<locale>`, a module holding only that locale's tables, generated from
 * the string tables themselves (src/i18n/sandbox.ts, guided.ts, support*.ts stay the one source:
 * their types still make a key missing in any locale a type error). A page then loads its own
 * language's labels, not every language's (src/sandbox/messages.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

const PREFIX = 'virtual:widget-messages/';
const RESOLVED = `\0${PREFIX}`;

/** The tables a widget may use: the module's export name under the name it has in the chunk. */
const TABLES = [
  { as: 'sandbox', file: '../src/i18n/sandbox.ts', exportName: 'SANDBOX_MESSAGES' },
  { as: 'guided', file: '../src/i18n/guided.ts', exportName: 'GUIDED_MESSAGES' },
  { as: 'support', file: '../src/i18n/support.ts', exportName: 'SUPPORT_MESSAGES' },
  // The console's tools and the support panels load in chunks of their own; their words come here,
  // in the page's one language, rather than every language travelling in those chunks.
  { as: 'console', file: '../src/i18n/support-console.ts', exportName: 'CONSOLE_MESSAGES' },
  { as: 'panels', file: '../src/i18n/support-panels.ts', exportName: 'PANEL_MESSAGES' },
].map((table) => ({ ...table, path: fileURLToPath(new URL(table.file, import.meta.url)) }));

/**
 * A table as JavaScript source: strings and arrays as JSON, message functions as their own
 * source text (they are self-contained arrow functions over their arguments; a unit test,
 * tests/unit/widget-messages.test.ts, checks every generated value against the table).
 */
export function serializeTable(table) {
  const value = (entry) =>
    typeof entry === 'function'
      ? entry.toString()
      : Array.isArray(entry) || typeof entry !== 'object' || entry === null
        ? JSON.stringify(entry)
        : `{${Object.entries(entry)
            .map(([key, item]) => `${JSON.stringify(key)}:${value(item)}`)
            .join(',')}}`;
  return value(table);
}

/** The module for one locale; `fresh` re-reads the tables (dev server, after an edit). */
export async function widgetMessagesModule(locale, fresh = false) {
  const parts = [];
  for (const table of TABLES) {
    const url = `${pathToFileURL(table.path).href}${fresh ? `?t=${Date.now()}` : ''}`;
    const messages = (await import(url))[table.exportName]?.[locale];
    if (!messages) throw new Error(`${table.file} has no ${table.exportName}.${locale}`);
    parts.push(`export const ${table.as} = ${serializeTable(messages)};`);
  }
  return parts.join('\n');
}

export function widgetMessages() {
  let dev = false;
  return {
    name: 'widget-messages',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      for (const table of TABLES) this.addWatchFile(table.path);
      return widgetMessagesModule(id.slice(RESOLVED.length), dev);
    },
  };
}
