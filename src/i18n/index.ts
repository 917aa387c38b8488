/**
 * Every UI string of every locale, and the locale's formatting rules, in one place. Each table
 * is typed so that a key missing (or extra) in any locale is a type error. Bundles import the
 * table they need directly (./sandbox.ts, ./ask-box.ts, …) so that they ship no other.
 */
export * from './ask-box.ts';
export * from './ask-reply.ts';
export * from './format.ts';
export * from './sandbox.ts';
export * from './site.ts';
