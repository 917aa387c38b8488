/**
 * Every label and message of the sandbox widgets (the simulated app, the console, the try-request
 * panel), per locale. The zh labels are exactly the source page's wording; the en labels are the
 * English product UI's (shared/reference/facts.md). Tests, the guide's drift checks and the ask
 * glossary read this table, so it is the one place a label is spelled.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/sandbox.ts';
import zh, { type SandboxMessages } from './zh/sandbox.ts';

export type { SandboxMessages } from './zh/sandbox.ts';

export const SANDBOX_MESSAGES = byLocale<SandboxMessages>({ zh, en });
