/**
 * Guided steps: the actions the simulated app reports (`impact-sandbox-action` events of
 * `<impact-sandbox>`), which a guide step names in its MDX (`<Sandbox step="3"
 * completes="enable-legacy-tokens" … />`) as the action that completes it, and where the reader's
 * progress is kept.
 */
import { isOneOf } from './one-of.ts';

/** What a reader can do in the app, in the guide's order. */
export const GUIDE_ACTIONS = [
  /** [User profile] → Settings (or the API page's breadcrumb back to Settings). */
  'open-settings',
  /** Settings › Technical → API. */
  'open-api',
  /** Enable Legacy Tokens, done. */
  'enable-legacy-tokens',
  /** The token card's [More] menu opened. */
  'open-more',
  /** An option of [More] chosen and confirmed: Reset (Read/Write) or Reset (Read-Only), done. */
  'reset-token',
  /** The token card selected: its page opens on Overview. */
  'open-token-card',
  /** The API Credentials page shown. */
  'view-credentials',
  /**
   * A version picked in the Overview's API Version drop-down: the step's point, since the guide
   * says only that the reader "may be able to" upgrade, and an upgrade cannot be undone.
   */
  'choose-version',
  /** The API version upgraded from the Overview's API Version drop-down, done. */
  'change-version',
] as const;
export type GuideAction = (typeof GUIDE_ACTIONS)[number];

export function isGuideAction(value: unknown): value is GuideAction {
  return isOneOf(GUIDE_ACTIONS, value);
}

/**
 * What an action needs done first. Every token action needs legacy tokens enabled: before that
 * the app has no token card, no [More] menu and no token page. The need is met by the sandbox's
 * state (legacy tokens enabled), however that came about.
 */
export const ACTION_NEEDS: Record<GuideAction, GuideAction | null> = {
  'open-settings': null,
  'open-api': null,
  'enable-legacy-tokens': null,
  'open-more': 'enable-legacy-tokens',
  'reset-token': 'enable-legacy-tokens',
  'open-token-card': 'enable-legacy-tokens',
  'view-credentials': 'enable-legacy-tokens',
  'choose-version': 'enable-legacy-tokens',
  'change-version': 'enable-legacy-tokens',
};

/**
 * Where the browser keeps the reader's progress: `{ sid, actions }`, the actions done on the
 * sandbox with that Account SID. A new SID (a reset sandbox) means fresh progress. One record
 * for every language: the pages share their steps.
 */
export const GUIDE_PROGRESS_KEY = 'impact-legacy-token-sandbox/guide-progress';
