/**
 * `npm run screenshots`: a PNG of every guide step's widget, in both locales, at desktop and
 * phone width, from a built site this script serves itself, for docs teams to paste into the
 * help center. Each page is walked in a fresh browser (a fresh sandbox): the steps in order, a
 * step that needs an earlier one is caught up first ("Catch me up"), and each widget is shot as
 * the step shows it, with the control to use marked "here".
 *
 *   npm run screenshots [-- --no-build] [--port N] [--out DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startServer } from '../bench/lib/server.ts';
import { GUIDED_MESSAGES } from '../src/i18n/guided.ts';
import { SANDBOX_MESSAGES } from '../src/i18n/sandbox.ts';
import { fullChromiumLaunchOptions as chromiumLaunchOptions } from '../tests/chromium.ts';
import { screenshotFile, screenshotPlan, SCREENSHOT_VIEWPORTS } from './screenshot-plan.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'screenshots') },
  },
});
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0)) {
  console.error(`--port must be a port number (got "${values.port}")`);
  process.exit(1);
}

if (!values['no-build']) {
  const build = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer(port);
const browser = await chromium.launch(chromiumLaunchOptions);
let written = 0;
try {
  for (const page of screenshotPlan()) {
    const g = GUIDED_MESSAGES[page.locale];
    for (const [viewport, options] of Object.entries(SCREENSHOT_VIEWPORTS) as Array<
      [keyof typeof SCREENSHOT_VIEWPORTS, (typeof SCREENSHOT_VIEWPORTS)['desktop']]
    >) {
      // A fresh context is a fresh sandbox; UTC and no motion make the pictures repeatable.
      const context = await browser.newContext({ ...options, timezoneId: 'UTC', reducedMotion: 'reduce' });
      // Nothing may reach a real impact.com host, here as everywhere.
      await context.route(/^https?:\/\/([^/]+\.)?impact\.com\//, (route) => route.abort('blockedbyclient'));
      const tab = await context.newPage();
      await tab.goto(`${server.origin}${page.path}`);
      await tab.waitForFunction(() => document.documentElement.dataset.sandbox === 'ready', null, { timeout: 30_000 });
      for (const step of page.steps) {
        const guideStep = tab.locator(`impact-guide-step[step="${step}"]`);
        const catchUp = guideStep.getByRole('button', { name: g.catchMeUp });
        if (await catchUp.isVisible()) {
          await catchUp.click();
          await catchUp.waitFor({ state: 'detached' });
        }
        const app = guideStep.locator('impact-sandbox');
        await app.locator('[data-ready]').waitFor();
        await app.scrollIntoViewIfNeeded();
        // No focus ring or hover in the picture: only the step's own "here" mark.
        await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await tab.mouse.move(0, 0);
        const file = join(values.out, screenshotFile(page, step, viewport));
        mkdirSync(dirname(file), { recursive: true });
        await app.screenshot({ path: file, animations: 'disabled' });
        written++;
        // The step's points: its token page's Overview (the API Version drop-down) and API Credentials.
        const t = SANDBOX_MESSAGES[page.locale];
        for (const view of page.views[step] ?? []) {
          const tab = app.getByRole('tab', { name: view === 'overview' ? t.overview : t.apiCredentials });
          if (!(await tab.isVisible())) await app.getByRole('button', { name: t.legacyAccountTokens }).click();
          await tab.click();
          await app
            .locator(`[role="tab"][aria-selected="true"]`)
            .filter({ hasText: view === 'overview' ? t.overview : t.apiCredentials })
            .waitFor();
          await tab.evaluate((element) => (element as HTMLElement).blur());
          await tab.page().mouse.move(0, 0);
          const viewFile = join(values.out, screenshotFile(page, step, viewport, view));
          await app.screenshot({ path: viewFile, animations: 'disabled' });
          written++;
        }
      }
      await context.close();
    }
  }
  console.log(`${written} screenshots in ${relative(process.cwd(), values.out) || '.'}/`);
} finally {
  await browser.close();
  await server.stop();
}
