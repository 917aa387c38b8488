/**
 * `npm test` runs this before Vitest and Playwright: without a Chromium, both would fail deep
 * inside with Playwright's "Executable doesn't exist". It looks for one (CHROMIUM_PATH, Debian's
 * headless shell or /usr/bin/chromium, Playwright's own: tests/chromium.ts), tries `npx
 * playwright install chromium` where none is found, and otherwise stops with one line naming the
 * command to run. (`.ci/run` installs Debian's Chromium and its headless shell first, so CI never
 * gets here without one.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

export const INSTALL_COMMAND = 'npx playwright install chromium';

/** The Chromium the tests would drive, if it is there. */
export function findChromium(): string | null {
  if (chromiumLaunchOptions.executablePath) return chromiumLaunchOptions.executablePath;
  const own = chromium.executablePath();
  return own && existsSync(own) ? own : null;
}

export function ensureChromium({
  find = findChromium,
  install = () => spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' }).status === 0,
  log = (line: string) => console.error(line),
}: { find?: () => string | null; install?: () => boolean; log?: (line: string) => void } = {}): boolean {
  if (find()) return true;
  log(
    `No Chromium for the tests (CHROMIUM_PATH, Debian's chromium-headless-shell or chromium, or Playwright's own): trying ${INSTALL_COMMAND}…`,
  );
  if (install() && find()) return true;
  log(`No Chromium for the tests: run \`${INSTALL_COMMAND}\` (or install Debian's chromium), then npm test again.`);
  return false;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && !ensureChromium()) process.exit(1);
