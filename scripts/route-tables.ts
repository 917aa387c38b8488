/**
 * The route tables of docs/api.md, generated from the routes the OpenAPI document is made of
 * (src/contract/api-operations.ts), between `<!-- routes:NAME -->` and `<!-- /routes:NAME -->`.
 * `npm run routes` rewrites them; tests/unit/route-tables.test.ts fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { API_OPERATIONS, type ApiGroup, type ApiOperation } from '../src/contract/api-operations.ts';
import { OPENAPI_URL } from '../src/contract/openapi.ts';
import { PARTNER_API } from '../src/contract/routes.ts';

export const ROUTE_TABLES_DOC = fileURLToPath(new URL('../docs/api.md', import.meta.url));

const cell = (text: string) => text.replace(/\|/g, '\\|');
const answers = (responses: ApiOperation['responses'], skip: Set<string> = new Set()) =>
  Object.entries(responses)
    .filter(([status, response]) => !skip.has(`${status} ${response.description}`))
    .map(([status, response]) => `${status} ${response.description}`)
    .join('; ');

function table(heading: string, rows: string[][]): string {
  return [
    `| ${heading} | Does | Answers |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function groupTable(group: ApiGroup): string {
  const operations = API_OPERATIONS.filter((operation) => operation.group === group);
  if (group !== 'partner') {
    return table(
      'Method and path',
      operations.map((operation) => [
        `\`${operation.method} ${operation.path}\``,
        operation.summary,
        answers(operation.responses),
      ]),
    );
  }
  // Answers every partner route gives (the checks before the route) are said once, above the table.
  const shared = new Set(
    operations
      .map(
        (operation) =>
          new Set(Object.entries(operation.responses).map(([status, response]) => `${status} ${response.description}`)),
      )
      .reduce((all, next) => new Set([...all].filter((answer) => next.has(answer)))),
  );
  const prefix = `${PARTNER_API}/{AccountSID}/`;
  return [
    `Every resource may also answer ${[...shared].join('; ')}.`,
    '',
    table(
      'Method and resource',
      operations.map((operation) => [
        `\`${operation.method} ${operation.path.slice(prefix.length)}\``,
        operation.summary,
        answers(operation.responses, shared),
      ]),
    ),
  ].join('\n');
}

const GROUPS: ApiGroup[] = ['settings', 'partner', 'support'];

/** Each table as Prettier writes it in docs/api.md, with the note on where it comes from. */
export async function routeTables(): Promise<Record<ApiGroup, string>> {
  const options = { ...(await resolveConfig(ROUTE_TABLES_DOC)), parser: 'markdown' };
  const entries = await Promise.all(
    GROUPS.map(async (group) => {
      const note = `<!-- Generated from the OpenAPI document (${OPENAPI_URL}): npm run routes. -->`;
      return [group, (await format(`${note}\n\n${groupTable(group)}\n`, options)).trim()] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<ApiGroup, string>;
}

const MARKERS = (group: ApiGroup) => [`<!-- routes:${group} -->`, `<!-- /routes:${group} -->`] as const;

/** docs/api.md's text between a group's markers (null when the markers are missing). */
export function docTable(doc: string, group: ApiGroup): string | null {
  const [start, end] = MARKERS(group);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  return from === -1 || to < from ? null : doc.slice(from + start.length, to).trim();
}

export async function updateReadme(): Promise<void> {
  let doc = readFileSync(ROUTE_TABLES_DOC, 'utf8');
  const tables = await routeTables();
  for (const group of GROUPS) {
    const [start, end] = MARKERS(group);
    if (docTable(doc, group) === null) throw new Error(`docs/api.md has no ${start} … ${end} markers.`);
    doc = doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => `${start}\n\n${tables[group]}\n\n${end}`);
  }
  writeFileSync(ROUTE_TABLES_DOC, doc);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await updateReadme();
