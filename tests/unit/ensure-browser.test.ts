/**
 * Before the tests start, `npm test` makes sure there is a Chromium: it finds one, or installs
 * Playwright's, or stops with one line that names the command to run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureChromium, INSTALL_COMMAND } from '../../scripts/ensure-browser.ts';

describe('ensureChromium', () => {
  it('a Chromium found: nothing installed, nothing said', () => {
    const said: string[] = [];
    let installs = 0;
    expect(
      ensureChromium({
        find: () => '/usr/bin/chromium',
        install: () => (installs++, true),
        log: (line) => said.push(line),
      }),
    ).toBe(true);
    expect([installs, said]).toEqual([0, []]);
  });

  it('none found: Playwright installs one, and the tests go on', () => {
    let installed = false;
    const ok = ensureChromium({
      find: () => (installed ? '/pw/chromium' : null),
      install: () => (installed = true),
      log: () => {},
    });
    expect(ok).toBe(true);
  });

  it('none found and the install fails: one last line names the command to run', () => {
    const said: string[] = [];
    expect(ensureChromium({ find: () => null, install: () => false, log: (line) => said.push(line) })).toBe(false);
    expect(said.at(-1)).toContain(`run \`${INSTALL_COMMAND}\``);
    expect(said.at(-1)).not.toContain('\n');
  });

  it('the script itself, with no browser anywhere and an install that fails, exits 1 saying what to run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-chromium-'));
    try {
      // An `npx` that fails as `npx playwright install chromium` does on a machine that cannot download.
      writeFileSync(join(dir, 'npx'), '#!/bin/sh\nexit 1\n');
      chmodSync(join(dir, 'npx'), 0o755);
      const run = spawnSync(process.execPath, [new URL('../../scripts/ensure-browser.ts', import.meta.url).pathname], {
        env: {
          ...process.env,
          PATH: `${dir}:${process.env.PATH}`,
          CHROMIUM_PATH: join(dir, 'no-such-chromium'),
          PLAYWRIGHT_BROWSERS_PATH: join(dir, 'browsers'),
        },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        `No Chromium for the tests: run \`${INSTALL_COMMAND}\` (or install Debian's chromium), then npm test again.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Starts a Node process: room for a busy 2-core machine.
  }, 30_000);
});
