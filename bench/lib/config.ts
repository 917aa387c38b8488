/** Paths and small helpers every part of the bench shares. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const DIST = join(ROOT, 'dist');
export const RESULTS_FILE = join(ROOT, 'bench', 'results', 'latest.json');
export const GUIDE_PATH =
  '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';

/** A failure the bench explains itself (printed without a stack trace, exit 1). */
export class BenchError extends Error {}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
export const progress = (message: string) => process.stderr.write(`· ${message}\n`);
