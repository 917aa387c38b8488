/**
 * The attributes a page gives `<Sandbox>` in MDX, checked at build time: a misspelt screen,
 * control or action fails the build with the page's own words, instead of a widget that
 * silently never marks its step done.
 */
import { GUIDE_ACTIONS, isGuideAction, type GuideAction } from '../../contract/guided.ts';
import { isOneOf } from '../../contract/one-of.ts';
import { HIGHLIGHTS } from '../elements/impact-sandbox/screens/host.ts';

const EMBED_SCREENS = ['home', 'settings', 'api', 'overview', 'credentials'] as const;
type EmbedScreen = (typeof EMBED_SCREENS)[number];

export interface EmbedAttributes {
  screen?: string;
  highlight?: string;
  step?: string | number;
  completes?: string;
  points?: string;
}

export interface CheckedEmbed {
  screen: EmbedScreen;
  highlight: string;
  /** Present when the embed is a guide step. */
  step: { step: number; completes: GuideAction; points: GuideAction[] } | null;
}

const list = (values: readonly string[]) => values.join(', ');

/** The embed's attributes, checked; throws an Error that names the bad attribute and the allowed values. */
export function checkEmbed(attributes: EmbedAttributes, where: string): CheckedEmbed {
  const { screen = 'home', highlight = '', step, completes, points = '' } = attributes;
  const fail = (message: string): never => {
    throw new Error(`<Sandbox> on ${where}: ${message}`);
  };
  if (!isOneOf(EMBED_SCREENS, screen)) fail(`screen="${screen}" is not a screen (${list(EMBED_SCREENS)})`);
  if (highlight && !isOneOf(HIGHLIGHTS, highlight))
    fail(`highlight="${highlight}" is not a control it can mark (${list(HIGHLIGHTS)})`);
  if (step === undefined) {
    if (completes || points) fail('completes and points belong to a step: add step="N"');
    return { screen: screen as EmbedScreen, highlight, step: null };
  }
  const number = Number(step);
  if (!Number.isInteger(number) || number < 1) fail(`step="${step}" is not a step number (1, 2, …)`);
  if (!isGuideAction(completes))
    fail(`step ${number} needs completes="<action>", one of ${list(GUIDE_ACTIONS)} (got "${completes ?? ''}")`);
  const pointActions = points.split(/\s+/).filter(Boolean);
  const unknown = pointActions.filter((point) => !isGuideAction(point));
  if (unknown.length) fail(`points="${points}": ${list(unknown)} is not an action (${list(GUIDE_ACTIONS)})`);
  return {
    screen: screen as EmbedScreen,
    highlight,
    step: { step: number, completes: completes as GuideAction, points: pointActions as GuideAction[] },
  };
}
