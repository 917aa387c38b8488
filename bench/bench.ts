/**
 * Performance bench for the guide + sandbox (`npm run bench`):
 *   1. `astro build` wall time;
 *   2. JS shipped to the zh guide page (sizes read from dist/, raw / gzip -9 / brotli q11), split
 *      into "before the sandbox is needed" and "sandbox" (+ the service worker script), against
 *      the targets;
 *   3. what is inside the sandbox chunk (esbuild re-bundle of src/sandbox/app.ts with a metafile,
 *      with and without the `tldts` alias);
 *   4. time until the sandbox is interactive in headless Chromium (desktop: navigation → ready;
 *      phone: scroll into view → first widget ready), cold (fresh context) and warm (same context);
 *   5. the `?ask=` lookups: size of dist/ask-index.json (and of the site's worker dist/sandbox-sw.js),
 *      answer time of the engine in Node over the question set tests/ask/questions.ts (+ accuracy)
 *      and through the HTTP handler, and in Chromium the first question (index load included),
 *      a warm one, and a navigation to `?ask=`, all answered by the service worker.
 * Prints tables and writes bench/results/latest.json.
 *
 * Options (after `npm run bench --`):
 *   --runs N          astro build runs (default 1)
 *   --timing-runs N   browser runs per scenario (default 5)
 *   --no-build        measure the existing dist/ instead of building
 *   --port N          server port (default 4455, or a free one if 4455 is taken)
 *   --strict          exit 2 when a size/time target is OVER
 * Exit codes: 0 ok, 1 bench failure (or a request reached for an impact.com host, or an `?ask=` not
 * answered by the service worker), 2 OVER with --strict.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import type { Metafile } from 'esbuild';
import { createAskEngine } from '../src/ask/engine.ts';
import { createAskHandler } from '../src/ask/http.ts';
import type { AskIndexData, AskReply } from '../src/ask/types.ts';
import { ASK_INDEX_URL, SERVICE_WORKER_URL } from '../src/contract/index.ts';
import { formatRateLimitMemory, measureRateLimitMemory } from './rate-limit-memory.ts';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

// ---------------------------------------------------------------------------------------------
// Configuration

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const DIST = join(ROOT, 'dist');
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'latest.json');
const GUIDE_PATH =
  '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';
const WIDGET_SELECTOR = 'impact-sandbox, impact-try-request, impact-sandbox-controls';
const KB = 1024;
const TARGETS = {
  beforeSandboxGzip: 15 * KB,
  wholeSandboxGzip: 90 * KB,
  phoneScrollToReadyMs: 300,
  askIndexGzip: 30 * KB,
  askNodeP95Ms: 2,
};
/** The question set (written by the ask tests): `export const QUESTIONS: { question, language, expect? }[]`. */
const ASK_QUESTIONS_FILE = join(ROOT, 'tests', 'ask', 'questions.ts');
/** Timed passes over the question set in Node (after one warm-up pass). */
const ASK_NODE_PASSES = 50;
/**
 * cold: the first question in a fresh context; warm: a second one. navigation: a `?ask=` page load, the first English
 * question the worker answers; navigationAgain: a second English one (the navigation itself, the engine warm).
 */
const ASK_BROWSER_QUESTIONS = {
  cold: '如何启用旧版令牌？',
  warm: '如何重置只读令牌？',
  navigation: 'What is a legacy token?',
  navigationAgain: 'How do I reset the read-only token?',
};
const VIEWPORTS = {
  /** Short phone screen for the JS split: the first widget must be > 600 px (rootMargin) below the fold. */
  jsSplit: { width: 390, height: 600 },
  desktop: { width: 1400, height: 1000 },
  phone: { width: 390, height: 800 },
};
const PHONE_CONTEXT: BrowserContextOptions = { isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const READY_TIMEOUT_MS = 30_000;

class BenchError extends Error {}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      'timing-runs': { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  const positiveInt = (name: string, text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new BenchError(`--${name} must be a positive integer (got "${text}")`);
    return value;
  };
  return {
    help: values.help,
    buildRuns: positiveInt('runs', values.runs),
    timingRuns: positiveInt('timing-runs', values['timing-runs']),
    build: !values['no-build'],
    port: values.port === undefined ? undefined : positiveInt('port', values.port),
    strict: values.strict,
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const progress = (message: string) => process.stderr.write(`· ${message}\n`);

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function stats(values: number[]) {
  return {
    runs: values.map((value) => Math.round(value * 10) / 10),
    min: Math.min(...values),
    median: median(values),
    max: Math.max(...values),
  };
}

/** Nearest-rank percentile (p in 0..100). */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

function percentiles(values: number[]): Percentiles {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value)} ms`;
/** Milliseconds with the precision sub-millisecond figures need. */
const fineMs = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

function table(headers: string[], rows: string[][], rightAligned: number[] = []): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizesOf(content: Buffer | Uint8Array): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

function sumSizes(items: Sizes[]): Sizes {
  return items.reduce(
    (total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip, brotli: total.brotli + item.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Child processes: each runs in its own process group so that npx *and* what it starts can be
// stopped; whatever is still running when the bench exits is killed.

const children = new Set<ChildProcess>();

function startChild(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

async function stopChild(child: ChildProcess): Promise<void> {
  killGroup(child, 'SIGTERM');
  const stopped = await Promise.race([exited(child).then(() => true), sleep(3000).then(() => false)]);
  // npx may exit before its child: always sweep the group.
  killGroup(child, stopped ? 'SIGTERM' : 'SIGKILL');
  children.delete(child);
}

process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\nbench: ${signal}, stopping\n`);
    for (const child of children) killGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64 * KB);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}

// ---------------------------------------------------------------------------------------------
// 1. astro build

interface BuildRun {
  wallMs: number;
  /** What Astro itself reports ("N page(s) built in Xs"), when it says so. */
  astroReportedMs: number | null;
}

async function runBuild(): Promise<BuildRun> {
  const started = performance.now();
  const child = startChild('npx', ['astro', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = captureOutput(child);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', (exitCode) => done(exitCode));
  });
  const wallMs = performance.now() - started;
  children.delete(child);
  if (code !== 0) throw new BenchError(`"npx astro build" failed (exit ${code}). Last output:\n${tail(output())}`);
  const reported = /page\(s\) built in ([\d.]+)\s*(ms|s)\b/.exec(output());
  const astroReportedMs = reported ? Number(reported[1]) * (reported[2] === 's' ? 1000 : 1) : null;
  return { wallMs, astroReportedMs };
}

// ---------------------------------------------------------------------------------------------
// dist/ checks and URL → file mapping

function distFileFor(url: URL): string {
  const pathname = decodeURIComponent(url.pathname);
  let file = resolve(DIST, `.${pathname}`);
  if (file !== DIST && !file.startsWith(DIST + sep)) throw new BenchError(`URL ${url.href} maps outside dist/`);
  if (pathname.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!existsSync(file))
    throw new BenchError(`${url.pathname} was served but has no file in dist/ (looked for ${relative(ROOT, file)})`);
  return file;
}

function checkDist(): string {
  const guideFile = join(DIST, `.${GUIDE_PATH}`, 'index.html');
  if (!existsSync(DIST))
    throw new BenchError(`No dist/ at ${DIST}: run "npx astro build" (or the bench without --no-build).`);
  if (!existsSync(guideFile))
    throw new BenchError(`dist/ has no guide page (${relative(ROOT, guideFile)}): is the build complete?`);
  if (!existsSync(join(DIST, 'mockServiceWorker.js')))
    throw new BenchError('dist/mockServiceWorker.js is missing: the msw vite plugin did not emit it.');
  return guideFile;
}

interface HtmlScripts {
  external: string[];
  modulePreloads: string[];
  inline: string[];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function scriptsInHtml(html: string, pageUrl: string): HtmlScripts {
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

// ---------------------------------------------------------------------------------------------
// 3. What is inside the sandbox chunk (esbuild estimate)

interface PackageShare {
  name: string;
  bytes: number;
  share: number;
}

interface BundleFigures extends Sizes {
  packages: PackageShare[];
}

interface ChunkAnalysis {
  method: string;
  withAlias: BundleFigures;
  withoutAlias: BundleFigures;
  /** Bytes reachable from each package the app imports directly (shared deps count for each). */
  viaDirectDependency: PackageShare[];
  /** Packages only present without the alias. */
  removedByAlias: PackageShare[];
}

function packageOf(input: string): string {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const first = parts[at + 1] ?? '?';
    return first.startsWith('@') ? `${first}/${parts[at + 2] ?? ''}` : first;
  }
  const dir = parts.slice(0, -1).join('/');
  return `(app) ${dir || '.'}`;
}

function summariseBundle(metafile: Metafile, output: Uint8Array): BundleFigures {
  const [outputInfo] = Object.values(metafile.outputs);
  if (!outputInfo) throw new BenchError('esbuild produced no output');
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(outputInfo.inputs)) {
    const name = packageOf(input);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  const total = output.length;
  const packages = [...byPackage]
    .map(([name, bytes]) => ({ name, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);
  return { ...sizesOf(output), packages };
}

function bytesByDirectDependency(metafile: Metafile): PackageShare[] {
  const [outputInfo] = Object.values(metafile.outputs);
  if (!outputInfo) return [];
  const inOutput = (input: string) => outputInfo.inputs[input]?.bytesInOutput ?? 0;
  const isApp = (input: string) => !input.includes('node_modules/');
  const roots = new Map<string, Set<string>>();
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (!isApp(input)) continue;
    for (const imported of info.imports) {
      if (imported.external || isApp(imported.path)) continue;
      const name = packageOf(imported.path);
      if (!roots.has(name)) roots.set(name, new Set());
      roots.get(name)!.add(imported.path);
    }
  }
  const total = Object.values(outputInfo.inputs).reduce((sum, { bytesInOutput }) => sum + bytesInOutput, 0);
  return [...roots]
    .map(([name, starts]) => {
      const seen = new Set<string>();
      const queue = [...starts];
      while (queue.length) {
        const input = queue.pop()!;
        if (seen.has(input) || isApp(input)) continue;
        seen.add(input);
        for (const imported of metafile.inputs[input]?.imports ?? []) if (!imported.external) queue.push(imported.path);
      }
      const bytes = [...seen].reduce((sum, input) => sum + inOutput(input), 0);
      return { name, bytes, share: bytes / total };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

async function analyseSandboxChunk(): Promise<ChunkAnalysis> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new BenchError("esbuild is not installed (expected node_modules/esbuild from Astro's toolchain)");
  }
  const bundle = async (withAlias: boolean) => {
    const result = await esbuild.build({
      entryPoints: [join(ROOT, 'src/sandbox/app.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // What Vite resolves for a production browser build.
      conditions: ['module', 'browser', 'production'],
      define: {
        'process.env.NODE_ENV': '"production"',
        'import.meta.env.DEV': 'false',
        'import.meta.env.PROD': 'true',
      },
      alias: withAlias ? { tldts: join(ROOT, 'src/sandbox/tldts-lite.ts') } : {},
      legalComments: 'none',
      metafile: true,
      write: false,
      outdir: join(ROOT, 'bench', '.esbuild-out'),
      logLevel: 'silent',
    });
    const output = result.outputFiles?.find((file) => file.path.endsWith('.js'));
    const { metafile } = result;
    if (!output || !metafile) throw new BenchError('esbuild produced no JS output or metafile');
    return { figures: summariseBundle(metafile, output.contents), metafile };
  };
  const withAlias = await bundle(true);
  const withoutAlias = await bundle(false);
  const kept = new Set(withAlias.figures.packages.map((item) => item.name));
  return {
    method: `esbuild ${esbuild.version} re-bundle of src/sandbox/app.ts (minify, esm, browser/production conditions); the real build uses Vite ${viteVersion()} without sourcemaps`,
    withAlias: withAlias.figures,
    withoutAlias: withoutAlias.figures,
    viaDirectDependency: bytesByDirectDependency(withAlias.metafile),
    removedByAlias: withoutAlias.figures.packages.filter((item) => !kept.has(item.name)),
  };
}

function viteVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules/vite/package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------------------------------------
// Server

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

async function anyFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

async function startServer(requestedPort: number | undefined): Promise<RunningServer> {
  let port = requestedPort ?? 4455;
  if (!(await portIsFree(port))) {
    if (requestedPort !== undefined) throw new BenchError(`port ${port} is in use`);
    port = await anyFreePort();
  }
  const child = startChild('npx', ['node', 'server/serve.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  });
  const output = captureOutput(child);
  const state = { exit: '' };
  child.once('exit', (code, signal) => {
    state.exit = `exit ${code ?? signal}`;
  });
  child.once('error', (error) => {
    state.exit = error.message;
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const startedAt = Date.now();
  const deadline = startedAt + 30_000;
  for (;;) {
    if (state.exit) {
      children.delete(child);
      throw new BenchError(
        `the server (npx node server/serve.ts) stopped (${state.exit}) before answering:\n${tail(output())}`,
      );
    }
    // serve.ts logs its URLs once listening: waiting for that (as well as for an answer) makes
    // sure the answer comes from this server, not from something that grabbed the port meanwhile.
    const listening = output().includes(`127.0.0.1:${port}`) || Date.now() - startedAt > 10_000;
    try {
      if (listening) {
        const response = await fetch(`${origin}/api/sandbox/account`, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        if (response.status < 500) break;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new BenchError(`the server did not answer ${origin}/api/sandbox/account within 30 s:\n${tail(output())}`);
    }
    await sleep(150);
  }
  return { origin, stop };
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

const network = {
  /** Requests for impact.com hosts made by the site: blocked, and should stay at 0. */
  impactBlocked: [] as string[],
  /** The bench's own probe proving the block works. */
  probeBlocked: 0,
  otherExternal: new Set<string>(),
  pageErrors: [] as string[],
};
const PROBE_URL = 'https://www.impact.com/__bench_route_probe';

function isImpactHost(hostname: string): boolean {
  return hostname === 'impact.com' || hostname.endsWith('.impact.com');
}

/**
 * Measurement harness: on the real page the first widget sits ~600 px from the top, i.e. within
 * boot's 600 px rootMargin on any screen, so the sandbox always loads at once. To measure the
 * lazy path ("before the sandbox is needed", then scroll to a widget), this pushes the whole
 * page 5000 px down before boot runs. Nothing else changes.
 */
const PUSH_DOWN_PX = 5000;
function pushContentDown(pixels: number): void {
  if (window !== window.top) return;
  const apply = () => {
    if (!document.documentElement) return false;
    document.documentElement.style.setProperty('padding-top', `${pixels}px`, 'important');
    return true;
  };
  if (apply()) return;
  const observer = new MutationObserver(() => {
    if (apply()) observer.disconnect();
  });
  observer.observe(document, { childList: true });
}

async function newContext(browser: Browser, options: BrowserContextOptions, pushDown = false): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'allow' });
  // Note: any route disables Chromium's HTTP cache for the context (applies to all runs alike).
  await context.route(
    (url) => isImpactHost(url.hostname),
    async (route) => {
      const url = route.request().url();
      if (url === PROBE_URL) network.probeBlocked++;
      else network.impactBlocked.push(url);
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (
      /^https?:$/.test(url.protocol) &&
      url.hostname !== '127.0.0.1' &&
      url.hostname !== 'localhost' &&
      !isImpactHost(url.hostname)
    )
      network.otherExternal.add(url.origin);
  });
  context.on('page', (page) => page.on('pageerror', (error) => network.pageErrors.push(error.message)));
  await context.addInitScript(installRecorder);
  if (pushDown) await context.addInitScript(pushContentDown, PUSH_DOWN_PX);
  return context;
}

/** Proves the impact.com block works, from a page no service worker controls. */
async function routeSelfTest(browser: Browser): Promise<void> {
  const context = await newContext(browser, {});
  try {
    const page = await context.newPage();
    const probe = await page.evaluate(
      (url) =>
        fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
          () => 'answered',
          () => 'failed',
        ),
      PROBE_URL,
    );
    if (probe !== 'failed' || network.probeBlocked !== 1)
      throw new BenchError(`the impact.com route block did not work (probe ${probe}, blocked ${network.probeBlocked})`);
  } finally {
    await context.close();
  }
}

interface Recorder {
  waitingAt: number | null;
  readyAt: number | null;
  failedAt: number | null;
  /** Whether a service worker controlled the page when it started (i.e. a warm load). */
  controlledAtStart: boolean;
}

/** Runs in the page before its scripts: timestamps (performance.now()) of `data-sandbox` changes. */
function installRecorder(): void {
  if (window !== window.top) return;
  const recorder: Recorder = {
    waitingAt: null,
    readyAt: null,
    failedAt: null,
    controlledAtStart: Boolean(navigator.serviceWorker?.controller),
  };
  (window as unknown as { __bench: Recorder }).__bench = recorder;
  const check = () => {
    const state = document.documentElement?.dataset.sandbox;
    const now = performance.now();
    if (state === 'waiting' && recorder.waitingAt === null) recorder.waitingAt = now;
    if (state === 'ready' && recorder.readyAt === null) recorder.readyAt = now;
    if (state === 'failed' && recorder.failedAt === null) recorder.failedAt = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sandbox'] });
}

async function sandboxState(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dataset.sandbox ?? '(none)');
}

async function waitForSandbox(page: Page): Promise<void> {
  await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.sandbox ?? ''), null, {
    timeout: READY_TIMEOUT_MS,
    polling: 50,
  });
  if ((await sandboxState(page)) === 'failed') {
    const message = await page.evaluate(
      () => document.querySelector('impact-sandbox')?.shadowRoot?.textContent?.trim().slice(0, 300) ?? '',
    );
    throw new BenchError(`the sandbox failed to start (data-sandbox="failed"): ${message}`);
  }
}

/**
 * Opens the guide. A page already showing the guide navigates to it again with a query string:
 * a new history entry (no scroll restoration) reached straight from a controlled page, like an
 * in-site link (a same-tab visit, the way readers move through the site).
 */
async function openGuide(page: Page, origin: string, waitUntil: 'commit' | 'load'): Promise<void> {
  const again = page.url() !== 'about:blank';
  await page.goto(`${origin}${GUIDE_PATH}${again ? `?bench=${Date.now()}` : ''}`, { waitUntil });
}

// ---------------------------------------------------------------------------------------------
// 2. JS shipped to the guide page

interface JsFile extends Sizes {
  url: string;
  file: string;
}

interface JsReport {
  viewport: { width: number; height: number };
  /** top: y of the first widget in the harness; pushedBy: what the harness added (real y = top - pushedBy). */
  firstWidget: { tag: string; top: number; pushedBy: number } | null;
  /** False when the sandbox started loading before the scroll: the split is then meaningless. */
  splitValid: boolean;
  stateBeforeScroll: string;
  before: { files: JsFile[]; inlineScripts: Sizes | null; total: Sizes };
  sandbox: { files: JsFile[]; total: Sizes };
  serviceWorker: JsFile & { observedRegistration: boolean };
  wholeSandbox: Sizes;
  htmlCrossCheck: { htmlScripts: string[]; loadedButNotInHtml: string[]; inHtmlButNotLoaded: string[]; ok: boolean };
  foreignJs: string[];
}

function jsFile(url: string): JsFile {
  const file = distFileFor(new URL(url));
  return { url: new URL(url).pathname, file: relative(ROOT, file), ...sizesOf(readFileSync(file)) };
}

async function measureShippedJs(browser: Browser, origin: string, guideFile: string): Promise<JsReport> {
  const context = await newContext(browser, { viewport: VIEWPORTS.jsSplit, ...PHONE_CONTEXT }, true);
  try {
    const page = await context.newPage();
    const loaded: string[] = [];
    const foreign: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      const isJs =
        response.request().resourceType() === 'script' ||
        /\.m?js$/.test(url.pathname) ||
        /javascript|ecmascript/.test(response.headers()['content-type'] ?? '');
      if (!isJs) return;
      if (url.origin !== origin) foreign.push(url.href);
      else if (!loaded.includes(url.href)) loaded.push(url.href);
    });

    await openGuide(page, origin, 'load');
    await page.waitForLoadState('networkidle');
    await sleep(300);
    const firstWidget = await page.evaluate((selector) => {
      const element = document.querySelector(selector);
      const pushedBy = parseFloat(getComputedStyle(document.documentElement).paddingTop) || 0;
      return element
        ? { tag: element.localName, top: Math.round(element.getBoundingClientRect().top + window.scrollY), pushedBy }
        : null;
    }, WIDGET_SELECTOR);
    if (!firstWidget) throw new BenchError(`the guide page has no sandbox widget (${WIDGET_SELECTOR})`);
    const stateBeforeScroll = await sandboxState(page);
    const splitValid = stateBeforeScroll === 'waiting';
    if (!splitValid)
      progress(
        `WARNING: data-sandbox="${stateBeforeScroll}" before any scroll at ${VIEWPORTS.jsSplit.width}x${VIEWPORTS.jsSplit.height}: the sandbox loaded up front`,
      );
    const beforeUrls = [...loaded];

    await page.evaluate(
      (selector) => document.querySelector(selector)?.scrollIntoView({ block: 'start', behavior: 'instant' }),
      WIDGET_SELECTOR,
    );
    await waitForSandbox(page);
    await page.waitForLoadState('networkidle');
    await sleep(500);
    const sandboxUrls = loaded.filter((url) => !beforeUrls.includes(url));
    const registrations = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map(
        (registration) => (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ?? '',
      ),
    );
    const workerUrl = registrations.find((url) => url.startsWith(origin));
    // The site's worker (/sandbox-sw.js) pulls in MSW's worker with importScripts: count both.
    const workerParts = [jsFile(workerUrl ?? `${origin}/sandbox-sw.js`), jsFile(`${origin}/mockServiceWorker.js`)];
    const serviceWorker = {
      ...sumSizes(workerParts),
      url: workerParts.map((part) => part.url).join(' + '),
      file: workerParts.map((part) => part.file).join(' + '),
      observedRegistration: Boolean(workerUrl),
    };

    const pageUrl = `${origin}${GUIDE_PATH}`;
    const html = scriptsInHtml(readFileSync(guideFile, 'utf8'), pageUrl);
    const htmlScripts = [...new Set([...html.external, ...html.modulePreloads])];
    const beforeFiles = beforeUrls.map(jsFile);
    const inlineScripts = html.inline.length ? sizesOf(Buffer.from(html.inline.join('\n'))) : null;
    const sandboxFiles = sandboxUrls.filter((url) => url !== workerUrl).map(jsFile);
    const sandboxTotal = sumSizes(sandboxFiles);
    return {
      viewport: VIEWPORTS.jsSplit,
      firstWidget,
      splitValid,
      stateBeforeScroll,
      before: {
        files: beforeFiles,
        inlineScripts,
        total: sumSizes([...beforeFiles, ...(inlineScripts ? [inlineScripts] : [])]),
      },
      sandbox: { files: sandboxFiles, total: sandboxTotal },
      serviceWorker,
      wholeSandbox: sumSizes([sandboxTotal, serviceWorker]),
      htmlCrossCheck: {
        htmlScripts: htmlScripts.map((url) => new URL(url).pathname),
        loadedButNotInHtml: beforeUrls.filter((url) => !htmlScripts.includes(url)).map((url) => new URL(url).pathname),
        inHtmlButNotLoaded: htmlScripts.filter((url) => !beforeUrls.includes(url)).map((url) => new URL(url).pathname),
        ok: htmlScripts.every((url) => beforeUrls.includes(url)),
      },
      foreignJs: foreign,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Time to interactive

interface DesktopSample {
  readyMs: number;
  jsLoadedMs: number | null;
  firstApiRequestMs: number | null;
  controlledByWorker: boolean;
}

async function desktopSample(page: Page, origin: string): Promise<DesktopSample> {
  await openGuide(page, origin, 'commit');
  await waitForSandbox(page);
  return page.evaluate(() => {
    const recorder = (window as unknown as { __bench?: Recorder }).__bench;
    if (!recorder || recorder.readyAt === null) throw new Error('no ready timestamp recorded');
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const js = resources.filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname));
    const api = resources.filter((entry) => new URL(entry.name).pathname.startsWith('/api/sandbox'));
    return {
      readyMs: recorder.readyAt,
      jsLoadedMs: js.length ? Math.max(...js.map((entry) => entry.responseEnd)) : null,
      firstApiRequestMs: api.length ? Math.min(...api.map((entry) => entry.startTime)) : null,
      controlledByWorker: recorder.controlledAtStart,
    };
  });
}

interface PhoneSample {
  readyMs: number;
  jsLoadedMs: number | null;
  sandboxReadyMs: number | null;
  controlledByWorker: boolean;
  /** data-sandbox when the scroll happened ("waiting" = the lazy path was measured). */
  stateAtScroll: string;
}

/** Load, wait for network idle, scroll the first impact-sandbox into view, time until it is ready. */
async function phoneSample(page: Page, origin: string, lazy: boolean): Promise<PhoneSample> {
  await openGuide(page, origin, 'load');
  await page.waitForLoadState('networkidle');
  const stateAtScroll = await sandboxState(page);
  if (lazy && stateAtScroll !== 'waiting')
    throw new BenchError(
      `phone ${VIEWPORTS.phone.width}x${VIEWPORTS.phone.height}: data-sandbox="${stateAtScroll}" before the scroll even with the page pushed down: the lazy path cannot be measured`,
    );
  const sample = await page.evaluate(
    async ({ timeoutMs }) => {
      const element = document.querySelector('impact-sandbox');
      if (!element) throw new Error('no impact-sandbox on the page');
      const recorder = (window as unknown as { __bench?: Recorder }).__bench;
      const controlledByWorker = recorder?.controlledAtStart ?? false;
      const scrolledAt = performance.now();
      element.scrollIntoView({ block: 'start', behavior: 'instant' });
      const readyAt = await new Promise<number>((done, fail) => {
        const observers: MutationObserver[] = [];
        let finished = false;
        const finish = (outcome: () => void) => {
          if (finished) return;
          finished = true;
          clearInterval(poll);
          clearTimeout(timer);
          observers.forEach((observer) => observer.disconnect());
          outcome();
        };
        const check = () => {
          if (element.shadowRoot?.querySelector('[data-ready]')) {
            const now = performance.now();
            finish(() => done(now));
          } else if (document.documentElement.dataset.sandbox === 'failed')
            finish(() => fail(new Error('sandbox failed to start')));
        };
        void customElements.whenDefined(element.localName).then(() => {
          if (!element.shadowRoot) return;
          const observer = new MutationObserver(check);
          observer.observe(element.shadowRoot, { subtree: true, childList: true, attributes: true });
          observers.push(observer);
          check();
        });
        const poll = setInterval(check, 16);
        const timer = setTimeout(
          () => finish(() => fail(new Error(`impact-sandbox not ready ${timeoutMs} ms after scrolling`))),
          timeoutMs,
        );
        check();
      });
      const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (entry) => entry.startTime >= scrolledAt && /\.m?js$/.test(new URL(entry.name).pathname),
      );
      return {
        readyMs: readyAt - scrolledAt,
        jsLoadedMs: js.length ? Math.max(...js.map((entry) => entry.responseEnd)) - scrolledAt : null,
        sandboxReadyMs: recorder?.readyAt != null ? recorder.readyAt - scrolledAt : null,
        controlledByWorker,
      };
    },
    { timeoutMs: READY_TIMEOUT_MS },
  );
  return { ...sample, stateAtScroll };
}

interface TimingScenario<T> {
  cold: T[];
  warm: T[];
}

async function timeScenario<T extends { controlledByWorker: boolean }>(
  label: string,
  browser: Browser,
  options: BrowserContextOptions,
  runs: number,
  sample: (page: Page) => Promise<T>,
  pushDown = false,
): Promise<TimingScenario<T>> {
  const result: TimingScenario<T> = { cold: [], warm: [] };
  for (let run = 1; run <= runs; run++) {
    progress(`${label}: run ${run}/${runs}`);
    const context = await newContext(browser, options, pushDown);
    try {
      const page = await context.newPage();
      const cold = await sample(page);
      const warm = await sample(page);
      if (cold.controlledByWorker)
        throw new BenchError(`${label}: the "cold" page was already controlled by a service worker`);
      if (!warm.controlledByWorker)
        throw new BenchError(`${label}: the "warm" page was not controlled by the service worker`);
      result.cold.push(cold);
      result.warm.push(warm);
    } finally {
      await context.close();
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 5. The `?ask=` lookups

interface BenchQuestion {
  question: string;
  language: string;
  /** The page the question is asked on; the guide when omitted. */
  askedOn?: string;
  /** Absent: the content does not answer it, and the engine must refuse. */
  expect?: { fact: string; section: string };
}

/** Loads QUESTIONS from tests/ask/questions.ts (imported by path: the file is written separately). */
async function loadQuestions(): Promise<BenchQuestion[]> {
  if (!existsSync(ASK_QUESTIONS_FILE))
    throw new BenchError(`${relative(ROOT, ASK_QUESTIONS_FILE)} does not exist (yet)`);
  const loaded = (await import(pathToFileURL(ASK_QUESTIONS_FILE).href)) as { QUESTIONS?: unknown };
  const questions = loaded.QUESTIONS;
  if (!Array.isArray(questions) || questions.length === 0)
    throw new BenchError(`${relative(ROOT, ASK_QUESTIONS_FILE)} exports no non-empty QUESTIONS array`);
  questions.forEach((item: unknown, index) => {
    const candidate = item as Partial<BenchQuestion> | null;
    const expectation = candidate?.expect;
    if (
      typeof candidate?.question !== 'string' ||
      (candidate.askedOn !== undefined && typeof candidate.askedOn !== 'string') ||
      (expectation !== undefined && (typeof expectation?.fact !== 'string' || typeof expectation?.section !== 'string'))
    )
      throw new BenchError(
        `QUESTIONS[${index}] is not { question: string, language, askedOn?: string, expect?: { fact: string, section: string } }`,
      );
  });
  return questions as BenchQuestion[];
}

interface AskMiss {
  question: string;
  expected: string;
  got: string;
}

interface AskNodeReport {
  questionsFile: string;
  questions: number;
  /** Questions the set asks on another page than the guide (`askedOn`). */
  askedElsewhere: number;
  passes: number;
  /** readFileSync + JSON.parse of dist/ask-index.json, once. */
  indexParseMs: number;
  /** createAskEngine(data), once (cold: the first call in this process). */
  engineCreateMs: number;
  /** The very first question after creating the engine (cold JIT, Intl.Segmenter set-up, …). */
  firstAnswerMs: number;
  /** Every question of every timed pass, after the warm-up pass. */
  perAnswer: Percentiles;
  /** The questions with the highest median time over the timed passes. */
  slowest: { question: string; p50: number; max: number }[];
  /** os.loadavg()[0] when the timed passes started (a busy machine inflates p95/max). */
  loadAverage1m: number;
  accuracy: { correct: number; total: number; answerable: number; refusals: number; misses: AskMiss[] };
  /** createAskHandler: the first request (index read + parse + engine), then each question once. */
  http: { firstRequestMs: number; perRequest: Percentiles };
}

function judge(item: BenchQuestion, reply: AskReply): AskMiss | null {
  if (!item.expect)
    return reply.answered
      ? {
          question: item.question,
          expected: 'refusal',
          got: `answered: ${reply.answer.slice(0, 60).replace(/\s+/g, ' ')}…`,
        }
      : null;
  const { fact, section } = item.expect;
  const problems: string[] = [];
  if (!reply.answered) problems.push('refused');
  else {
    if (!reply.answer.includes(fact)) problems.push(`answer lacks "${fact}"`);
    if (!reply.excerpts.some((excerpt) => excerpt.section.startsWith(section)))
      problems.push(`sections [${reply.excerpts.map((excerpt) => excerpt.section).join(' | ')}]`);
  }
  return problems.length
    ? { question: item.question, expected: `"${fact}" in ${section}`, got: problems.join('; ') }
    : null;
}

async function measureAskInNode(questions: BenchQuestion[]): Promise<AskNodeReport> {
  const indexFile = join(DIST, ASK_INDEX_URL.slice(1));
  let started = performance.now();
  const data = JSON.parse(readFileSync(indexFile, 'utf8')) as AskIndexData;
  const indexParseMs = performance.now() - started;
  started = performance.now();
  const engine = createAskEngine(data);
  const engineCreateMs = performance.now() - started;

  const ask = (item: BenchQuestion) => engine.ask({ question: item.question, page: item.askedOn ?? GUIDE_PATH });
  started = performance.now();
  const firstReply = ask(questions[0]!);
  const firstAnswerMs = performance.now() - started;

  // Warm-up pass, which also gives the replies judged (the engine is deterministic).
  const replies = questions.map((item, index) => (index === 0 ? firstReply : ask(item)));
  const misses = questions
    .map((item, index) => judge(item, replies[index]!))
    .filter((miss): miss is AskMiss => miss !== null);
  const answerable = questions.filter((item) => item.expect).length;

  const loadAverage1m = loadavg()[0] ?? NaN;
  const times: number[] = [];
  const byQuestion = questions.map(() => [] as number[]);
  for (let pass = 0; pass < ASK_NODE_PASSES; pass++) {
    questions.forEach((item, index) => {
      const before = performance.now();
      ask(item);
      const elapsed = performance.now() - before;
      times.push(elapsed);
      byQuestion[index]!.push(elapsed);
    });
  }
  const slowest = questions
    .map((item, index) => ({
      question: item.question,
      p50: median(byQuestion[index]!),
      max: Math.max(...byQuestion[index]!),
    }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 3);

  const handle = createAskHandler({
    loadIndex: async () => JSON.parse(readFileSync(indexFile, 'utf8')) as AskIndexData,
  });
  const viaHttp = async (item: BenchQuestion): Promise<number> => {
    const path = `${item.askedOn ?? GUIDE_PATH}.md?ask=${encodeURIComponent(item.question)}`;
    const before = performance.now();
    const response = await handle(new Request(`http://bench.local${path}`));
    if (!response) throw new BenchError(`the ask handler declined ${path}`);
    await response.text();
    const elapsed = performance.now() - before;
    if (response.status !== 200) throw new BenchError(`the ask handler answered ${path} with HTTP ${response.status}`);
    return elapsed;
  };
  const firstRequestMs = await viaHttp(questions[0]!);
  const httpTimes: number[] = [];
  for (const item of questions) httpTimes.push(await viaHttp(item));

  return {
    questionsFile: relative(ROOT, ASK_QUESTIONS_FILE),
    questions: questions.length,
    askedElsewhere: questions.filter((item) => item.askedOn !== undefined && item.askedOn !== GUIDE_PATH).length,
    passes: ASK_NODE_PASSES,
    indexParseMs,
    engineCreateMs,
    firstAnswerMs,
    perAnswer: percentiles(times),
    slowest,
    loadAverage1m,
    accuracy: {
      correct: questions.length - misses.length,
      total: questions.length,
      answerable,
      refusals: questions.length - answerable,
      misses,
    },
    http: { firstRequestMs, perRequest: percentiles(httpTimes) },
  };
}

interface AskBrowserSample {
  /** fetch(`<guide>.md?ask=…`) → JSON parsed, the first question in a fresh context (the worker loads the index). */
  coldMs: number;
  /** The same for a second, different question. */
  warmMs: number;
  /** page.goto(`<guide>?ask=…`) → response committed, measured in Node; the first English question in this worker. */
  navigation: AskNavigation;
  /** The same for a second English question (the engine's English path warm). */
  navigationAgain: AskNavigation;
  /** Requests the service worker made for /ask-index.json before / during the first question. */
  indexRequestsBefore: number;
  indexRequestsDuring: number;
}

interface AskNavigation {
  /** page.goto → response (waitUntil: commit), measured in Node. */
  gotoMs: number;
  /** The page's Navigation Timing: startTime → responseStart (the worker's answer starts) and → responseEnd. */
  responseStartMs: number | null;
  responseEndMs: number | null;
}

interface AskBrowserReport {
  questions: typeof ASK_BROWSER_QUESTIONS;
  controller: string;
  samples: AskBrowserSample[];
}

async function askBrowserSample(browser: Browser, origin: string): Promise<AskBrowserSample & { controller: string }> {
  const context = await newContext(browser, { viewport: VIEWPORTS.desktop });
  try {
    let indexRequests = 0;
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === ASK_INDEX_URL) indexRequests++;
    });
    const page = await context.newPage();
    await openGuide(page, origin, 'commit');
    await waitForSandbox(page);
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
    if (!controller) throw new BenchError('ask: data-sandbox="ready" but no service worker controls the page');

    const askInPage = async (question: string) => {
      const result = await page.evaluate(
        async (url) => {
          const t0 = performance.now();
          const response = await fetch(url, { headers: { Accept: 'application/json' } });
          const reply = (await response.json()) as { answered?: boolean };
          const t1 = performance.now();
          return {
            ms: t1 - t0,
            status: response.status,
            servedBy: response.headers.get('X-Served-By'),
            answered: reply.answered === true,
          };
        },
        `${GUIDE_PATH}.md?ask=${encodeURIComponent(question)}`,
      );
      if (result.servedBy !== 'service-worker')
        throw new BenchError(
          `ask: "${question}" was not answered by the service worker (X-Served-By: ${result.servedBy ?? 'absent'}, HTTP ${result.status})`,
        );
      if (result.status !== 200) throw new BenchError(`ask: "${question}" got HTTP ${result.status}`);
      if (!result.answered) progress(`WARNING: ask: the browser reply to "${question}" has answered=false`);
      return result.ms;
    };
    const indexRequestsBefore = indexRequests;
    const coldMs = await askInPage(ASK_BROWSER_QUESTIONS.cold);
    const indexRequestsDuring = indexRequests - indexRequestsBefore;
    const warmMs = await askInPage(ASK_BROWSER_QUESTIONS.warm);

    const navigate = async (question: string): Promise<AskNavigation> => {
      const before = performance.now();
      const response = await page.goto(`${origin}${GUIDE_PATH}?ask=${encodeURIComponent(question)}`, {
        waitUntil: 'commit',
      });
      const gotoMs = performance.now() - before;
      if (!response) throw new BenchError(`ask: the navigation to ?ask=${question} got no response`);
      const servedBy = (await response.allHeaders())['x-served-by'];
      if (!response.fromServiceWorker() || servedBy !== 'service-worker')
        throw new BenchError(
          `ask: the navigation to ?ask=${question} was not answered by the service worker (fromServiceWorker ${response.fromServiceWorker()}, X-Served-By: ${servedBy ?? 'absent'})`,
        );
      if (response.status() !== 200)
        throw new BenchError(`ask: the navigation to ?ask=${question} got HTTP ${response.status()}`);
      await page.waitForLoadState('load');
      const timing = await page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry
          ? {
              responseStartMs: entry.responseStart - entry.startTime,
              responseEndMs: entry.responseEnd - entry.startTime,
            }
          : null;
      });
      return { gotoMs, responseStartMs: timing?.responseStartMs ?? null, responseEndMs: timing?.responseEndMs ?? null };
    };
    const navigation = await navigate(ASK_BROWSER_QUESTIONS.navigation);
    const navigationAgain = await navigate(ASK_BROWSER_QUESTIONS.navigationAgain);
    return { coldMs, warmMs, navigation, navigationAgain, indexRequestsBefore, indexRequestsDuring, controller };
  } finally {
    await context.close();
  }
}

async function measureAskInBrowser(browser: Browser, origin: string, runs: number): Promise<AskBrowserReport> {
  const samples: AskBrowserSample[] = [];
  let controller = '';
  for (let run = 1; run <= runs; run++) {
    progress(`ask in the browser: run ${run}/${runs}`);
    const { controller: scriptUrl, ...sample } = await askBrowserSample(browser, origin);
    controller = new URL(scriptUrl).pathname;
    if (sample.indexRequestsBefore > 0)
      progress(
        `WARNING: ask: ${ASK_INDEX_URL} was requested before the first question: the "first question" time does not include the index load`,
      );
    samples.push(sample);
  }
  return { questions: ASK_BROWSER_QUESTIONS, controller, samples };
}

interface AskSizes {
  index: Sizes & { file: string; chunks: number; pages: number };
  /** The site's worker as shipped (ask engine + handler), then MSW's worker it loads with importScripts. */
  serviceWorker: Sizes & { file: string; imports: (Sizes & { file: string })[]; total: Sizes };
}

interface AskReport extends AskSizes {
  node: AskNodeReport | { error: string };
  browser: AskBrowserReport;
}

function askFileSizes(url: string): Sizes & { file: string } {
  const file = join(DIST, url.slice(1));
  if (!existsSync(file)) throw new BenchError(`dist${url} is missing: does the build emit it?`);
  return { file: relative(ROOT, file), ...sizesOf(readFileSync(file)) };
}

function measureAskSizes(): AskSizes {
  const index = askFileSizes(ASK_INDEX_URL);
  const data = JSON.parse(readFileSync(join(ROOT, index.file), 'utf8')) as AskIndexData;
  const worker = askFileSizes(SERVICE_WORKER_URL);
  const source = readFileSync(join(ROOT, worker.file), 'utf8');
  const imported = [...source.matchAll(/importScripts\(\s*["'`]([^"'`]+)["'`]/g)]
    .map((match) => match[1]!)
    .filter((url) => url.startsWith('/'));
  const imports = [...new Set(imported)].map(askFileSizes);
  return {
    index: { ...index, chunks: data.chunks.length, pages: data.pages.length },
    serviceWorker: { ...worker, imports, total: sumSizes([worker, ...imports]) },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function printReport(results: Results): void {
  const out: string[] = [];
  const section = (title: string) => out.push('', `== ${title} ==`);

  section('1. astro build');
  if (results.build.length === 0) out.push('(skipped: --no-build, measuring the existing dist/)');
  else {
    out.push(
      table(
        ['run', 'wall: npx astro build (incl. npx/Node start)', 'astro-reported'],
        results.build.map((run, index) => [String(index + 1), ms(run.wallMs), ms(run.astroReportedMs)]),
        [1, 2],
      ),
    );
    if (results.build.length > 1) out.push(`median wall: ${ms(median(results.build.map((run) => run.wallMs)))}`);
  }

  const js = results.js;
  section(`2. JS shipped to the guide page (bytes of the dist/ files; gzip -9, brotli q11; 1 KB = 1024 B)`);
  const widget = js.firstWidget;
  if (widget) {
    const realTop = widget.top - widget.pushedBy;
    out.push(
      `Real layout: the first widget <${widget.tag}> is at y=${realTop}px, so boot (rootMargin 600px) loads the sandbox at page load on any screen ` +
        `taller than ${Math.max(0, realTop - 600)}px.`,
      `Split measured at ${js.viewport.width}x${js.viewport.height} with the page pushed ${widget.pushedBy}px down (harness), ` +
        `then scrolling to that widget; data-sandbox before the scroll: "${js.stateBeforeScroll}"${js.splitValid ? '' : '  ← WARNING: split invalid'}`,
    );
  }
  const row = (phase: string, name: string, size: Sizes) => [
    phase,
    name,
    String(size.raw),
    kb(size.raw),
    kb(size.gzip),
    kb(size.brotli),
  ];
  const rows: string[][] = [];
  js.before.files.forEach((file) => rows.push(row('before sandbox', file.url, file)));
  if (js.before.inlineScripts) rows.push(row('before sandbox', '(inline <script> in HTML)', js.before.inlineScripts));
  rows.push(row('', 'total before sandbox', js.before.total));
  js.sandbox.files.forEach((file) => rows.push(row('sandbox', file.url, file)));
  rows.push(row('', 'total sandbox chunks', js.sandbox.total));
  rows.push(row('service worker script', js.serviceWorker.url, js.serviceWorker));
  rows.push(row('', 'whole sandbox (chunks + worker)', js.wholeSandbox));
  out.push(table(['phase', 'file', 'bytes', 'raw', 'gzip', 'brotli'], rows, [2, 3, 4, 5]));
  const check = js.htmlCrossCheck;
  out.push(
    `HTML cross-check: <script src>/modulepreload in HTML = [${check.htmlScripts.join(', ')}] → ${check.ok ? 'all loaded before scroll (OK)' : `NOT loaded before scroll: ${check.inHtmlButNotLoaded.join(', ')}`}` +
      (check.loadedButNotInHtml.length
        ? `; also loaded up front (imported, not in HTML): ${check.loadedButNotInHtml.join(', ')}`
        : ''),
  );
  if (!js.serviceWorker.observedRegistration)
    out.push(
      'note: no service worker registration was observed; counted dist/sandbox-sw.js + dist/mockServiceWorker.js anyway',
    );
  if (js.foreignJs.length) out.push(`cross-origin JS: ${js.foreignJs.join(', ')}`);
  out.push(
    table(
      ['target', 'limit', 'measured', 'result'],
      [
        [
          'JS before the sandbox is needed (gzip)',
          `≤ ${kb(TARGETS.beforeSandboxGzip)}`,
          kb(js.before.total.gzip),
          verdict(results.verdicts.beforeSandbox),
        ],
        [
          'whole sandbox: chunks + service worker (gzip)',
          `≤ ${kb(TARGETS.wholeSandboxGzip)}`,
          kb(js.wholeSandbox.gzip),
          verdict(results.verdicts.wholeSandbox),
        ],
        [
          '  (sandbox chunks alone, for reference)',
          `≤ ${kb(TARGETS.wholeSandboxGzip)}`,
          kb(js.sandbox.total.gzip),
          verdict(js.sandbox.total.gzip <= TARGETS.wholeSandboxGzip),
        ],
      ],
      [2],
    ),
  );

  section('3. What is inside the sandbox chunk');
  const analysis = results.chunkAnalysis;
  if ('error' in analysis) out.push(`(skipped: ${analysis.error})`);
  else {
    out.push(analysis.method);
    const realChunk = js.sandbox.files.reduce<Sizes>((total, file) => sumSizes([total, file]), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
    out.push(
      table(
        ['bundle', 'raw', 'gzip', 'brotli'],
        [
          ['real build: sandbox chunks (dist/)', kb(realChunk.raw), kb(realChunk.gzip), kb(realChunk.brotli)],
          [
            'esbuild, with tldts → tldts-lite alias',
            kb(analysis.withAlias.raw),
            kb(analysis.withAlias.gzip),
            kb(analysis.withAlias.brotli),
          ],
          [
            'esbuild, without the alias (real tldts)',
            kb(analysis.withoutAlias.raw),
            kb(analysis.withoutAlias.gzip),
            kb(analysis.withoutAlias.brotli),
          ],
          [
            'saved by the alias',
            kb(analysis.withoutAlias.raw - analysis.withAlias.raw),
            kb(analysis.withoutAlias.gzip - analysis.withAlias.gzip),
            kb(analysis.withoutAlias.brotli - analysis.withAlias.brotli),
          ],
        ],
        [1, 2, 3],
      ),
    );
    if (analysis.removedByAlias.length)
      out.push(
        `only without the alias: ${analysis.removedByAlias.map((item) => `${item.name} ${kb(item.bytes)}`).join(', ')} (minified, before compression)`,
      );
    out.push('', 'Top 12 inputs by minified bytes in the output (with alias):');
    out.push(
      table(
        ['#', 'package', 'bytes', 'share'],
        analysis.withAlias.packages
          .slice(0, 12)
          .map((item, index) => [String(index + 1), item.name, kb(item.bytes), `${(item.share * 100).toFixed(1)}%`]),
        [0, 2, 3],
      ),
    );
    out.push('', 'By what the app imports directly (package + everything it pulls in; shared deps counted for each):');
    out.push(
      table(
        ['direct dependency', 'bytes', 'share'],
        analysis.viaDirectDependency.map((item) => [item.name, kb(item.bytes), `${(item.share * 100).toFixed(1)}%`]),
        [1, 2],
      ),
    );
  }

  section(
    `4. Time until the sandbox is interactive (headless Chromium ${results.environment.chromium}, median of ${results.options.timingRuns})`,
  );
  const timing = results.timing;
  const timingRow = (name: string, values: number[], limit?: number) => {
    if (values.length === 0) return [name, '—', '—', '—', '', ''];
    const summary = stats(values);
    return [
      name,
      ms(summary.min),
      ms(summary.median),
      ms(summary.max),
      limit === undefined ? '' : `≤ ${limit} ms`,
      limit === undefined ? '' : verdict(summary.median <= limit),
    ];
  };
  out.push(
    table(
      ['scenario', 'min', 'median', 'max', 'target', 'result'],
      [
        timingRow(
          'desktop 1400x1000 cold: navigation → data-sandbox=ready',
          timing.desktop.cold.map((s) => s.readyMs),
        ),
        timingRow('  of which: sandbox JS loaded', nonNull(timing.desktop.cold.map((s) => s.jsLoadedMs))),
        timingRow(
          '  of which: first /api/sandbox request (worker started)',
          nonNull(timing.desktop.cold.map((s) => s.firstApiRequestMs)),
        ),
        timingRow(
          'desktop 1400x1000 warm (worker installed): navigation → ready',
          timing.desktop.warm.map((s) => s.readyMs),
        ),
        timingRow(
          'phone 390x800 lazy path, cold: scroll → widget [data-ready]',
          timing.phone.cold.map((s) => s.readyMs),
          TARGETS.phoneScrollToReadyMs,
        ),
        timingRow('  of which: sandbox JS loaded', nonNull(timing.phone.cold.map((s) => s.jsLoadedMs))),
        timingRow(
          'phone 390x800 lazy path, warm: scroll → widget [data-ready]',
          timing.phone.warm.map((s) => s.readyMs),
          TARGETS.phoneScrollToReadyMs,
        ),
        timingRow(
          'phone 390x800 real layout, cold: scroll → widget [data-ready]',
          timing.phoneRealLayout.cold.map((s) => s.readyMs),
        ),
        timingRow(
          'phone 390x800 real layout, warm: scroll → widget [data-ready]',
          timing.phoneRealLayout.warm.map((s) => s.readyMs),
        ),
      ],
      [1, 2, 3],
    ),
  );
  out.push(
    'cold = fresh browser context (no service worker, empty storage); warm = next navigation to the guide from the cold page, same tab (worker installed and controlling).',
  );
  out.push(
    `lazy path = page pushed ${PUSH_DOWN_PX}px down so nothing loads before the scroll (what a widget far down a page costs); the target applies to it.`,
  );
  const realStates = [
    ...new Set([...timing.phoneRealLayout.cold, ...timing.phoneRealLayout.warm].map((s) => s.stateAtScroll)),
  ];
  out.push(
    `real layout = the page as shipped: data-sandbox at scroll time was ${realStates.map((state) => `"${state}"`).join('/')} (the sandbox had already loaded during page load).`,
  );
  out.push(
    "Every context has a route installed (impact.com block), which disables Chromium's HTTP cache: warm runs re-fetch JS from localhost.",
  );

  section('5. ?ask= lookups');
  const ask = results.ask;
  const sizeRow = (name: string, size: Sizes) => [name, String(size.raw), kb(size.raw), kb(size.gzip), kb(size.brotli)];
  out.push(
    table(
      ['file', 'bytes', 'raw', 'gzip', 'brotli'],
      [
        sizeRow(`${ask.index.file} (${ask.index.pages} pages, ${ask.index.chunks} passages)`, ask.index),
        sizeRow(`${ask.serviceWorker.file} (site worker: ask engine + handler)`, ask.serviceWorker),
        ...ask.serviceWorker.imports.map((file) => sizeRow(`  + ${file.file} (importScripts)`, file)),
        sizeRow('  worker total', ask.serviceWorker.total),
      ],
      [1, 2, 3, 4],
    ),
  );
  const node = ask.node;
  if ('error' in node) out.push(`Node: (skipped: ${node.error})`);
  else {
    out.push(
      '',
      `Node ${results.environment.node}: ${node.questionsFile}, ${node.questions} questions (${node.accuracy.answerable} answerable, ${node.accuracy.refusals} to refuse), asked on the zh guide (${node.askedElsewhere} on the page their askedOn names); 1 warm-up pass, then ${node.passes} timed passes`,
    );
    out.push(
      table(
        ['step', 'measured'],
        [
          ['read + JSON.parse dist/ask-index.json (once)', fineMs(node.indexParseMs)],
          ['createAskEngine(data) (once)', fineMs(node.engineCreateMs)],
          ['first answer after creation (cold JIT)', fineMs(node.firstAnswerMs)],
          ['HTTP handler: first request (index read + parse + engine + answer)', fineMs(node.http.firstRequestMs)],
        ],
        [1],
      ),
    );
    out.push(
      table(
        ['per answer', 'samples', 'p50', 'p95', 'max'],
        [
          [
            'engine.ask()',
            String(node.perAnswer.count),
            fineMs(node.perAnswer.p50),
            fineMs(node.perAnswer.p95),
            fineMs(node.perAnswer.max),
          ],
          [
            'HTTP handler: Request → await response.text() (markdown)',
            String(node.http.perRequest.count),
            fineMs(node.http.perRequest.p50),
            fineMs(node.http.perRequest.p95),
            fineMs(node.http.perRequest.max),
          ],
        ],
        [1, 2, 3, 4],
      ),
    );
    out.push(
      `slowest questions (median): ${node.slowest.map((item) => `"${item.question}" ${fineMs(item.p50)}`).join(', ')}; 1-min load average at the start: ${node.loadAverage1m.toFixed(2)} on ${results.environment.cpus} CPUs`,
    );
    out.push(`accuracy ${node.accuracy.correct}/${node.accuracy.total}`);
    for (const miss of node.accuracy.misses.slice(0, 10))
      out.push(`  miss: "${miss.question}" — expected ${miss.expected}; got ${miss.got}`);
    if (node.accuracy.misses.length > 10)
      out.push(`  … and ${node.accuracy.misses.length - 10} more (see ${relative(ROOT, RESULTS_FILE)})`);
  }
  const browserSamples = ask.browser.samples;
  out.push(
    '',
    `Chromium (${browserSamples.length} fresh contexts; desktop page, data-sandbox=ready, answered by ${ask.browser.controller} — X-Served-By: service-worker checked):`,
  );
  const askRow = (name: string, values: number[]) => {
    if (values.length === 0) return [name, '—', '—', '—'];
    const summary = stats(values);
    return [name, fineMs(summary.median), fineMs(summary.min), fineMs(summary.max)];
  };
  out.push(
    table(
      ['in the page', 'median', 'min', 'max'],
      [
        askRow(
          'first question, incl. index load: fetch .md?ask= → JSON',
          browserSamples.map((sample) => sample.coldMs),
        ),
        askRow(
          'next question (warm): fetch .md?ask= → JSON',
          browserSamples.map((sample) => sample.warmMs),
        ),
        ...(['navigation', 'navigationAgain'] as const).flatMap((key) => [
          askRow(
            `${key === 'navigation' ? 'navigation to ?ask= (1st English question)' : 'next navigation to ?ask= (English)'}: page.goto → response`,
            browserSamples.map((sample) => sample[key].gotoMs),
          ),
          askRow(
            '  Navigation Timing: start → responseStart',
            nonNull(browserSamples.map((sample) => sample[key].responseStartMs)),
          ),
          askRow(
            '  Navigation Timing: start → responseEnd',
            nonNull(browserSamples.map((sample) => sample[key].responseEndMs)),
          ),
        ]),
      ],
      [1, 2, 3],
    ),
  );
  const asked = ask.browser.questions;
  out.push(
    `questions: first "${asked.cold}", next "${asked.warm}"; navigations "${asked.navigation}", then "${asked.navigationAgain}".`,
    "first question = fetch → worker: /ask-index.json fetched (no HTTP cache: the bench's route) and parsed, createAskEngine, first answer (cold JIT) → JSON in the page.",
    'The first English question in a worker is slower than the next (the English path — glossary, translation — runs for the first time): compare the two navigations.',
  );
  const indexLoads = browserSamples.map((sample) => sample.indexRequestsDuring);
  const preloaded = browserSamples.filter((sample) => sample.indexRequestsBefore > 0).length;
  out.push(
    `${ASK_INDEX_URL} requests seen during the first question: ${indexLoads.join(', ')}` +
      (preloaded
        ? `  ← WARNING: requested before the first question in ${preloaded} run(s), so "first question" did not include it`
        : ' (none before it)'),
  );
  out.push(
    table(
      ['target', 'limit', 'measured', 'result'],
      [
        [
          'ask index dist/ask-index.json (gzip)',
          `≤ ${kb(TARGETS.askIndexGzip)}`,
          kb(ask.index.gzip),
          verdict(results.verdicts.askIndex),
        ],
        [
          'engine.ask() in Node, p95 per answer',
          `≤ ${TARGETS.askNodeP95Ms} ms`,
          'error' in node ? '—' : fineMs(node.perAnswer.p95),
          'error' in node ? 'NOT MEASURED' : verdict(results.verdicts.askNodeP95),
        ],
      ],
      [2],
    ),
  );

  section('Network');
  out.push(
    `requests for impact.com hosts (blocked): ${network.impactBlocked.length}${network.impactBlocked.length ? `  ← FAIL: ${[...new Set(network.impactBlocked)].slice(0, 5).join(', ')}` : '  (OK)'}`,
  );
  out.push(`route self-test: probe to ${PROBE_URL} blocked ${network.probeBlocked}x (OK)`);
  out.push(
    `other external origins requested: ${network.otherExternal.size ? [...network.otherExternal].join(', ') : 'none'}`,
  );
  if (network.pageErrors.length)
    out.push(`page errors (${network.pageErrors.length}): ${[...new Set(network.pageErrors)].slice(0, 5).join(' | ')}`);

  out.push('', `Results written to ${relative(ROOT, RESULTS_FILE)}`);
  console.log(out.join('\n'));
}

function nonNull(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

interface Results {
  date: string;
  options: ReturnType<typeof parseOptions>;
  environment: { node: string; chromium: string; platform: string; cpus: number };
  build: BuildRun[];
  js: JsReport;
  chunkAnalysis: ChunkAnalysis | { error: string };
  timing: {
    desktop: TimingScenario<DesktopSample>;
    phone: TimingScenario<PhoneSample>;
    phoneRealLayout: TimingScenario<PhoneSample>;
  };
  summary: Record<string, unknown>;
  ask: AskReport;
  verdicts: {
    beforeSandbox: boolean;
    wholeSandbox: boolean;
    phoneCold: boolean;
    phoneWarm: boolean;
    askIndex: boolean;
    askNodeP95: boolean;
    noImpactRequests: boolean;
  };
  network: { impactBlocked: string[]; probeBlocked: number; otherExternal: string[]; pageErrors: string[] };
  targets: typeof TARGETS;
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.help) {
    console.log('usage: npm run bench -- [--runs N] [--timing-runs N] [--no-build] [--port N] [--strict]');
    return 0;
  }
  const started = performance.now();

  const build: BuildRun[] = [];
  if (options.build) {
    for (let run = 1; run <= options.buildRuns; run++) {
      progress(`astro build ${run}/${options.buildRuns}`);
      build.push(await runBuild());
    }
  }
  const guideFile = checkDist();

  progress('analysing the sandbox chunk with esbuild');
  let chunkAnalysis: ChunkAnalysis | { error: string };
  try {
    chunkAnalysis = await analyseSandboxChunk();
  } catch (error) {
    chunkAnalysis = { error: error instanceof Error ? error.message : String(error) };
    progress(`WARNING: chunk analysis skipped: ${chunkAnalysis.error}`);
  }

  progress('ask: index sizes and answer times in Node');
  const askSizes = measureAskSizes();
  let askNode: AskNodeReport | { error: string };
  try {
    askNode = await measureAskInNode(await loadQuestions());
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    askNode = { error: error.message };
    progress(`WARNING: ask in Node skipped: ${askNode.error}`);
  }

  progress('rate limiter: heap over 100,000 Account SIDs');
  const rateLimitMemory = measureRateLimitMemory();

  progress('starting the server');
  const server = await startServer(options.port);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      ...chromiumLaunchOptions,
      // Second line of defence behind the route: impact.com never resolves.
      args: [
        ...chromiumLaunchOptions.args,
        '--host-resolver-rules=MAP impact.com ~NOTFOUND, MAP *.impact.com ~NOTFOUND',
      ],
    });
    const activeBrowser = browser;
    progress(`measuring JS (${server.origin})`);
    await routeSelfTest(activeBrowser);
    const js = await measureShippedJs(activeBrowser, server.origin, guideFile);

    const desktop = await timeScenario(
      'desktop',
      activeBrowser,
      { viewport: VIEWPORTS.desktop },
      options.timingRuns,
      (page) => desktopSample(page, server.origin),
    );
    const phoneContext = { viewport: VIEWPORTS.phone, ...PHONE_CONTEXT };
    const phone = await timeScenario(
      'phone lazy path',
      activeBrowser,
      phoneContext,
      options.timingRuns,
      (page) => phoneSample(page, server.origin, true),
      true,
    );
    const phoneRealLayout = await timeScenario(
      'phone real layout',
      activeBrowser,
      phoneContext,
      options.timingRuns,
      (page) => phoneSample(page, server.origin, false),
    );
    const askBrowser = await measureAskInBrowser(activeBrowser, server.origin, options.timingRuns);
    const ask: AskReport = { ...askSizes, node: askNode, browser: askBrowser };

    const verdicts = {
      beforeSandbox: js.splitValid && js.before.total.gzip <= TARGETS.beforeSandboxGzip,
      wholeSandbox: js.wholeSandbox.gzip <= TARGETS.wholeSandboxGzip,
      phoneCold: median(phone.cold.map((s) => s.readyMs)) <= TARGETS.phoneScrollToReadyMs,
      phoneWarm: median(phone.warm.map((s) => s.readyMs)) <= TARGETS.phoneScrollToReadyMs,
      askIndex: ask.index.gzip <= TARGETS.askIndexGzip,
      // Not measured (no question set) counts as not passing.
      askNodeP95: !('error' in askNode) && askNode.perAnswer.p95 <= TARGETS.askNodeP95Ms,
      noImpactRequests: network.impactBlocked.length === 0,
    };
    const results: Results = {
      date: new Date().toISOString(),
      options,
      environment: {
        node: process.version,
        chromium: activeBrowser.version(),
        platform: `${process.platform} ${process.arch}`,
        cpus: cpus().length,
      },
      build,
      js,
      chunkAnalysis,
      timing: { desktop, phone, phoneRealLayout },
      ask,
      summary: {
        buildWallMsMedian: build.length ? median(build.map((run) => run.wallMs)) : null,
        beforeSandboxGzip: js.before.total.gzip,
        sandboxChunksGzip: js.sandbox.total.gzip,
        serviceWorkerGzip: js.serviceWorker.gzip,
        wholeSandboxGzip: js.wholeSandbox.gzip,
        desktopColdReadyMs: stats(desktop.cold.map((s) => s.readyMs)),
        desktopWarmReadyMs: stats(desktop.warm.map((s) => s.readyMs)),
        phoneColdScrollToReadyMs: stats(phone.cold.map((s) => s.readyMs)),
        phoneWarmScrollToReadyMs: stats(phone.warm.map((s) => s.readyMs)),
        phoneRealLayoutColdScrollToReadyMs: stats(phoneRealLayout.cold.map((s) => s.readyMs)),
        phoneRealLayoutStatesAtScroll: [
          ...new Set([...phoneRealLayout.cold, ...phoneRealLayout.warm].map((s) => s.stateAtScroll)),
        ],
        askIndexGzip: ask.index.gzip,
        askServiceWorkerGzip: ask.serviceWorker.gzip,
        askNodeEngineCreateMs: 'error' in askNode ? null : askNode.engineCreateMs,
        askNodeP50Ms: 'error' in askNode ? null : askNode.perAnswer.p50,
        askNodeP95Ms: 'error' in askNode ? null : askNode.perAnswer.p95,
        askNodeMaxMs: 'error' in askNode ? null : askNode.perAnswer.max,
        askAccuracy: 'error' in askNode ? null : `${askNode.accuracy.correct}/${askNode.accuracy.total}`,
        askHttpP50Ms: 'error' in askNode ? null : askNode.http.perRequest.p50,
        askHttpP95Ms: 'error' in askNode ? null : askNode.http.perRequest.p95,
        askBrowserFirstQuestionMs: stats(askBrowser.samples.map((sample) => sample.coldMs)),
        askBrowserWarmQuestionMs: stats(askBrowser.samples.map((sample) => sample.warmMs)),
        askBrowserNavigationMs: stats(askBrowser.samples.map((sample) => sample.navigation.gotoMs)),
        askBrowserNextNavigationMs: stats(askBrowser.samples.map((sample) => sample.navigationAgain.gotoMs)),
        impactRequests: network.impactBlocked.length,
        rateLimitMemory,
        benchSeconds: 0,
      },
      verdicts,
      network: {
        impactBlocked: network.impactBlocked,
        probeBlocked: network.probeBlocked,
        otherExternal: [...network.otherExternal],
        pageErrors: network.pageErrors,
      },
      targets: TARGETS,
    };
    results.summary.benchSeconds = Math.round((performance.now() - started) / 100) / 10;
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    printReport(results);
    console.log(formatRateLimitMemory(rateLimitMemory));
    console.log(`Bench took ${results.summary.benchSeconds} s.`);

    if (!verdicts.noImpactRequests) {
      console.error('FAIL: the site requested impact.com hosts (blocked by the bench).');
      return 1;
    }
    const over =
      !verdicts.beforeSandbox ||
      !verdicts.wholeSandbox ||
      !verdicts.phoneCold ||
      !verdicts.phoneWarm ||
      !verdicts.askIndex ||
      !verdicts.askNodeP95;
    if (over && options.strict) {
      console.error('OVER target(s) with --strict.');
      return 2;
    }
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bench failed: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  },
);
