/**
 * Astro writes each short address (REDIRECTS in src/site.ts) as a page whose meta refresh drops
 * the query and fragment, so on a plain static host `/?scenario=enabled` or `/partner/zh?ask=…`
 * would lose what it asks for (`npm start` answers 302 with the query itself). This adds one line
 * of script before the refresh that carries them along; the refresh stays for pages without script.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file Astro writes for a short address (`/` → index.html, `/partner` → partner/index.html). */
function redirectPageFile(distDir: string, from: string): string {
  return join(distDir, from, 'index.html');
}

function keepQueryScript(to: string): string {
  return `<script>location.replace(${JSON.stringify(to)}+location.search+location.hash)</script>`;
}

/** Rewrites the redirect pages of `redirects` in `distDir`; returns how many it changed. */
function keepQueryOnRedirectPages(distDir: string, redirects: Record<string, string>): number {
  let changed = 0;
  for (const [from, to] of Object.entries(redirects)) {
    const file = redirectPageFile(distDir, from);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const refresh = html.indexOf('<meta http-equiv="refresh"');
    if (refresh === -1 || html.includes('location.replace(')) continue;
    writeFileSync(file, `${html.slice(0, refresh)}${keepQueryScript(to)}${html.slice(refresh)}`);
    changed += 1;
  }
  return changed;
}

/** The Astro integration: before precompress, which must compress the rewritten pages. */
export function redirectPagesKeepQuery(redirects: Record<string, string>) {
  return {
    name: 'redirect-pages-keep-query',
    hooks: {
      'astro:build:done': ({ dir }: { dir: URL }) => {
        keepQueryOnRedirectPages(fileURLToPath(dir), redirects);
      },
    },
  };
}
