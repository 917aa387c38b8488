/** dist/: is the build there, which file a served URL came from, which scripts a page names. */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PSEUDO_LOCALE_SEGMENT } from '../../src/contract/locale.ts';
import { BenchError, DIST, GUIDE_PATH, ROOT } from './config.ts';

export function distFileFor(url: URL): string {
  const pathname = decodeURIComponent(url.pathname);
  let file = resolve(DIST, `.${pathname}`);
  if (file !== DIST && !file.startsWith(DIST + sep)) throw new BenchError(`URL ${url.href} maps outside dist/`);
  if (pathname.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!existsSync(file))
    throw new BenchError(`${url.pathname} was served but has no file in dist/ (looked for ${relative(ROOT, file)})`);
  return file;
}

/** Fails unless dist/ holds a complete build; returns the guide page's HTML file. */
export function checkDist(): string {
  const guideFile = join(DIST, `.${GUIDE_PATH}`, 'index.html');
  if (!existsSync(DIST))
    throw new BenchError(`No dist/ at ${DIST}: run "npx astro build" (or the bench without --no-build).`);
  if (!existsSync(guideFile))
    throw new BenchError(`dist/ has no guide page (${relative(ROOT, guideFile)}): is the build complete?`);
  // npm test leaves its own build in dist/, with the pseudo-locale's labels in the shared chunks
  // (about 0.5 KB more on the wire): not what readers get.
  if (existsSync(join(DIST, 'partner', PSEUDO_LOCALE_SEGMENT)))
    throw new BenchError(
      'dist/ is the e2e build (it has the pseudo-locale, from npm test): run the bench without --no-build, or "npx astro build" first.',
    );
  return guideFile;
}

export interface HtmlScripts {
  external: string[];
  modulePreloads: string[];
  inline: string[];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function scriptsInHtml(html: string, pageUrl: string): HtmlScripts {
  const result: HtmlScripts = { external: [], modulePreloads: [], inline: [] };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? '';
    const src = attribute(` ${attrs}`, 'src');
    const type = (attribute(` ${attrs}`, 'type') ?? '').toLowerCase();
    if (src) result.external.push(new URL(src, pageUrl).href);
    else if (['', 'module', 'text/javascript', 'application/javascript'].includes(type) && (match[2] ?? '').trim())
      result.inline.push(match[2]!);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(match[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attribute(match[0], 'as') ?? '').toLowerCase();
    const href = attribute(match[0], 'href');
    if (href && (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')))
      result.modulePreloads.push(new URL(href, pageUrl).href);
  }
  return result;
}
