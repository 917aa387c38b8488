/** The as-served results' shape, goals and the medians taken of them (shared by the measurement and its report). */
import type { TranslatedLocale as Locale } from '../../../src/contract/locale.ts';
import { median } from '../../lib/stats.ts';
import type { NetworkProfile } from '../../lib/throttle.ts';
import type { LoadSample } from './sample.ts';

/** The goals of the as-served figures (English guide, phone profile, unless said otherwise). */
export const AS_SERVED_TARGETS = {
  /** Bytes on the wire, English guide, phone, cold (KB of 1024 B, headers included). */
  asServedWireKb: 80,
  /** Navigation → the first widget usable, English guide, phone. */
  firstWidgetUsableMs: 1200,
  /** Navigation → data-sandbox="ready", English guide, desktop, cold. */
  desktopColdReadyMs: 250,
  /** CLS in the first 5 s, no input: every locale, phone and desktop. */
  layoutShiftMax: 0.05,
};

/** The guide's own loads (what --against records of the other checkout). */
export type GuideRuns = Pick<PageRuns, 'phone' | 'desktop'>;

export interface PageRuns {
  phone: LoadSample[];
  desktop: LoadSample[];
  /** The plain page of the same prose, phone profile. */
  reference: LoadSample[];
  /** The same plain page, desktop profile. */
  referenceDesktop: LoadSample[];
  /** The worker floor (bench/lib/reference-site.ts, FLOOR_PATHS): phone and desktop. */
  floor: { phone: LoadSample[]; desktop: LoadSample[] };
}

export interface AsServed {
  runs: number;
  network: NetworkProfile;
  phone: { device: string; viewport: unknown; cpuSlowdown: number };
  desktop: { device: string; viewport: unknown };
  guidePaths: Record<Locale, string>;
  reference: { paths: Record<Locale, string>; buildMs: number; precompressed: string[] };
  locales: Record<Locale, PageRuns>;
  /** With --against: another checkout's guide, loaded in the same runs (phone and desktop). */
  against?: { root: string; commit: string; locales: Record<Locale, GuideRuns> };
}

/** The median of a figure over runs (runs without it left out; null when none has it). */
export function medianOf(samples: LoadSample[], pick: (sample: LoadSample) => number | null): number | null {
  const values = samples.map(pick).filter((value): value is number => value !== null);
  return values.length ? median(values) : null;
}

/** Desktop "ready": data-sandbox="ready" when the page still sets it, else the first widget usable. */
export const desktopReady = (sample: LoadSample) => sample.sandboxReadyMs ?? sample.widgetUsableMs;
