/**
 * The README's route tables are the OpenAPI document's routes: regenerated with `npm run routes`,
 * they match the README exactly, so a route or status changed in one place only fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_PATH, readmeTable, routeTables } from '../../scripts/route-tables.ts';

describe("the README's route tables", () => {
  it('are what the OpenAPI routes generate (npm run routes rewrites them)', async () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const tables = await routeTables();
    for (const [group, table] of Object.entries(tables)) {
      expect(readmeTable(readme, group as keyof typeof tables), group).toBe(table);
    }
  });
});
