/**
 * Which Chromium to drive. Playwright cannot download its own browser on these machines, so
 * Debian's is used where it exists, otherwise Playwright's own.
 *
 * Tests drive Chromium's headless shell: it is the same engine without the full browser's
 * window machinery, and costs about half the CPU per page (20 cold guide loads: 28 CPU-s
 * against 58 with /usr/bin/chromium; 20 blank contexts: 8 against 24). The bench and the
 * screenshots drive the full browser, as readers get it.
 */
import { existsSync } from 'node:fs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, when set, is the only candidate: a wrong path then falls to Playwright's own browser. */
function firstExisting(paths: string[]): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : paths;
  return candidates.find((path) => existsSync(path));
}

/** For the tests (Vitest's browser mode, Playwright): the headless shell, else the full browser. */
export const chromiumLaunchOptions = {
  executablePath: firstExisting(['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']),
  args: ARGS,
};

/** For the bench and the screenshots: the full browser, as readers get it. */
export const fullChromiumLaunchOptions = {
  executablePath: firstExisting(['/usr/bin/chromium']),
  args: ARGS,
};
