/**
 * The route tables of docs/api.md are the OpenAPI document's routes: regenerated with `npm run routes`,
 * they match docs/api.md exactly, so a route or status changed in one place only fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTE_TABLES_DOC, docTable, routeTables } from '../../scripts/route-tables.ts';

describe("docs/api.md's route tables", () => {
  it('are what the OpenAPI routes generate (npm run routes rewrites them)', async () => {
    const doc = readFileSync(ROUTE_TABLES_DOC, 'utf8');
    const tables = await routeTables();
    for (const [group, table] of Object.entries(tables)) {
      expect(docTable(doc, group as keyof typeof tables), group).toBe(table);
    }
  });
});
