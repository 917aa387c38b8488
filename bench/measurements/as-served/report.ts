/** The as-served section of the report (bench/measurements/as-served.ts). */
import { TRANSLATED_LOCALES as LOCALES } from '../../../src/contract/locale.ts';
import { kb, ms, table, targetTable, verdict } from '../../lib/format.ts';
import type { ReportContext } from '../../lib/measurement.ts';
import { KB } from '../../lib/sizes.ts';
import { describeProfile } from '../../lib/throttle.ts';
import { AS_SERVED_TARGETS, desktopReady, medianOf, type AsServed } from './figures.ts';
import { CLS_WINDOW_MS, type LoadSample } from './sample.ts';

type Pick = (sample: LoadSample) => number | null;

/** The run whose figure is the median (the lower one of an even count): its details are shown. */
function medianRun(samples: LoadSample[], pick: Pick): LoadSample | undefined {
  const ranked = samples.filter((sample) => pick(sample) !== null).sort((a, b) => pick(a)! - pick(b)!);
  return ranked[Math.floor((ranked.length - 1) / 2)];
}

const kind = (contentType: string) =>
  contentType === 'text/html'
    ? 'HTML'
    : /javascript/.test(contentType)
      ? 'JS'
      : contentType === 'text/css'
        ? 'CSS'
        : /json/.test(contentType)
          ? 'JSON'
          : 'other';

/** Bytes on the wire by a key of each response, largest first: "identity 265.1 KB, br 3.2 KB". */
function bytesBy(sample: LoadSample | undefined, key: (response: LoadSample['responses'][number]) => string): string {
  if (!sample) return '—';
  const totals = new Map<string, number>();
  for (const response of sample.responses)
    totals.set(key(response), (totals.get(key(response)) ?? 0) + response.wireBytes);
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ');
}

const ratio = (a: number | null, b: number | null) => (a !== null && b ? `${(a / b).toFixed(2)}×` : '—');
const clsText = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/** English first: the goals are the English guide's. */
const ORDER = [...LOCALES].sort();

export function reportAsServed(result: AsServed, _context: ReportContext): string[] {
  const { locales, network, phone, desktop } = result;
  const columns = ORDER.flatMap((locale) => [
    { name: `${locale} phone`, samples: locales[locale].phone },
    { name: `${locale} desktop`, samples: locales[locale].desktop },
  ]);
  const row = (name: string, cell: (samples: LoadSample[]) => string) => [
    name,
    ...columns.map((column) => cell(column.samples)),
  ];
  const medianMs = (pick: Pick) => (samples: LoadSample[]) => ms(medianOf(samples, pick));
  const wire = (sample: LoadSample) => sample.downBytes;
  const out = [
    `phone: ${phone.device} (${JSON.stringify(phone.viewport)}, mobile UA), CPU ${phone.cpuSlowdown}× slower (CDP Emulation.setCPUThrottlingRate, on the page), ` +
      `${describeProfile(network)} through the throttling proxy (the service worker's fetches cross it too).`,
    `desktop: ${desktop.device}, no throttling (the proxy only counts). Each load: a new browser context (cold cache, no worker), no input for ${CLS_WINDOW_MS / 1000} s (or until 1 s after the widget is usable, if later), then until the network is quiet for 1 s.`,
    table(
      ['', ...columns.map((column) => column.name)],
      [
        row('bytes on the wire (headers included)', (samples) => {
          const value = medianOf(samples, wire);
          return value === null ? '—' : kb(value);
        }),
        row('  responses / connections (median run)', (samples) => {
          const sample = medianRun(samples, wire);
          return sample ? `${sample.responses.length} / ${sample.connections}` : '—';
        }),
        row(
          'first paint',
          medianMs((sample) => sample.firstPaintMs),
        ),
        row(
          'first contentful paint',
          medianMs((sample) => sample.firstContentfulPaintMs),
        ),
        row(
          'first widget usable',
          medianMs((sample) => sample.widgetUsableMs),
        ),
        row(
          'data-sandbox="ready" (whole sandbox)',
          medianMs((sample) => sample.sandboxReadyMs),
        ),
        row('then: click its control → next screen', (samples) => {
          const answered = samples.filter((sample) => sample.click?.answered).length;
          return `${ms(medianOf(samples, (sample) => sample.click?.ms ?? null))} (${answered}/${samples.length})`;
        }),
        row(`CLS (${CLS_WINDOW_MS / 1000} s+, no input)`, (samples) => clsText(medianOf(samples, (s) => s.cls))),
        row(
          '  window (median)',
          medianMs((sample) => sample.clsWindowMs),
        ),
      ],
      [1, 2, 3, 4],
    ),
    'The bytes by kind and by Content-Encoding (median run):',
    ...columns.map((column) => {
      const run = medianRun(column.samples, wire);
      return `  ${column.name}: ${bytesBy(run, (r) => kind(r.contentType))}; ${bytesBy(run, (r) => r.contentEncoding)}`;
    }),
    'first widget usable = navigation → the first impact-sandbox (step 1) is defined, shows [data-ready] and its marked control is enabled; ' +
      'the click (after the window, through Playwright) proves it answers. Accept-Encoding sent: ' +
      `${[...new Set(locales.en.phone.flatMap((sample) => sample.responses.map((r) => r.acceptEncoding)))].join(' | ') || '—'}.`,
  ];

  out.push('', `Reference: the same prose as a plain Astro page (bare layout, no widgets, no scripts), phone profile:`);
  out.push(
    table(
      ['page', 'guide: bytes', 'plain: bytes', 'ratio', 'guide: first paint', 'plain: first paint', 'ratio'],
      ORDER.map((locale) => {
        const { phone: guide, reference } = locales[locale];
        const paint: Pick = (sample) => sample.firstContentfulPaintMs;
        const [guideBytes, plainBytes] = [medianOf(guide, wire), medianOf(reference, wire)];
        const [guidePaint, plainPaint] = [medianOf(guide, paint), medianOf(reference, paint)];
        return [
          locale,
          guideBytes === null ? '—' : kb(guideBytes),
          plainBytes === null ? '—' : kb(plainBytes),
          ratio(guideBytes, plainBytes),
          ms(guidePaint),
          ms(plainPaint),
          ratio(guidePaint, plainPaint),
        ];
      }),
      [1, 2, 3, 4, 5, 6],
    ),
    `(first paint = first contentful paint; the plain site was built in ${(result.reference.buildMs / 1000).toFixed(1)} s` +
      `${result.reference.precompressed.length ? `, precompressed like dist/: ${result.reference.precompressed.join('; ')}` : ''}.)`,
  );

  const readyAt: Pick = (sample) => sample.sandboxReadyMs;
  out.push(
    '',
    'The worker floor: the plain page with an empty service worker registered from <head> (install → skipWaiting, ' +
      'activate → claim) and one fetch it answers, which sets data-sandbox="ready": the soonest a sandbox in a worker can be ready here.',
    table(
      [
        'page',
        'plain: first paint, desktop',
        'floor: ready, desktop',
        'guide: ready, desktop',
        'floor: ready, phone',
        'guide: ready, phone',
      ],
      ORDER.map((locale) => {
        const runs = locales[locale];
        return [
          locale,
          ms(medianOf(runs.referenceDesktop, (sample) => sample.firstContentfulPaintMs)),
          ms(medianOf(runs.floor.desktop, readyAt)),
          ms(medianOf(runs.desktop, readyAt)),
          ms(medianOf(runs.floor.phone, readyAt)),
          ms(medianOf(runs.phone, readyAt)),
        ];
      }),
      [1, 2, 3, 4, 5],
    ),
  );

  const detail = medianRun(locales.en.phone, wire);
  if (detail) {
    out.push('', 'Per response, English guide, phone (the median run), largest first:');
    const shortPath = (path: string) =>
      path.startsWith(result.guidePaths.en) ? `(guide)${path.slice(result.guidePaths.en.length)}` : path;
    out.push(
      table(
        ['path', 'fetched as', 'status', 'type', 'encoding', 'on the wire'],
        [...detail.responses]
          .sort((a, b) => b.wireBytes - a.wireBytes)
          .map((r) => [
            shortPath(r.path).slice(0, 70),
            r.destination,
            String(r.status),
            r.contentType,
            r.contentEncoding,
            kb(r.wireBytes),
          ]),
        [2, 5],
      ),
    );
    if (detail.unreadBytes) out.push(`note: ${detail.unreadBytes} bytes could not be read as HTTP responses`);
  }

  const shiftLines = ORDER.flatMap((locale) =>
    (['desktop', 'phone'] as const).flatMap((width) => {
      const run = medianRun(locales[locale][width], (sample) => sample.cls);
      if (!run || run.cls < 0.0005) return [];
      const shifts = run.largestShifts.map(
        (shift) => `${shift.value.toFixed(3)} at ${Math.round(shift.time)} ms (${shift.sources.join(', ') || '?'})`,
      );
      return [`  ${locale} ${width}: CLS ${run.cls.toFixed(3)}; largest shifts: ${shifts.join('; ')}`];
    }),
  );
  if (shiftLines.length) out.push('', 'What moved (the median-CLS run of each page):', ...shiftLines);

  if (result.against) out.push('', ...reportAgainst(result));

  const en = locales.en;
  const wireKb = (medianOf(en.phone, wire) ?? NaN) / KB;
  const usable = medianOf(en.phone, (sample) => sample.widgetUsableMs);
  const ready = medianOf(en.desktop, desktopReady);
  const worstCls = Math.max(
    ...LOCALES.flatMap((locale) =>
      [locales[locale].phone, locales[locale].desktop].map((s) => medianOf(s, (x) => x.cls) ?? 0),
    ),
  );
  out.push(
    '',
    targetTable([
      [
        'en phone: bytes on the wire',
        `≤ ${AS_SERVED_TARGETS.asServedWireKb} KB`,
        `${wireKb.toFixed(1)} KB`,
        verdict(wireKb <= AS_SERVED_TARGETS.asServedWireKb),
      ],
      [
        'en phone: first widget usable',
        `≤ ${AS_SERVED_TARGETS.firstWidgetUsableMs} ms`,
        ms(usable),
        verdict((usable ?? Infinity) <= AS_SERVED_TARGETS.firstWidgetUsableMs),
      ],
      [
        'en desktop: cold navigation → ready',
        `≤ ${AS_SERVED_TARGETS.desktopColdReadyMs} ms`,
        ms(ready),
        verdict((ready ?? Infinity) <= AS_SERVED_TARGETS.desktopColdReadyMs),
      ],
      [
        'CLS, worst page and width',
        `≤ ${AS_SERVED_TARGETS.layoutShiftMax}`,
        worstCls.toFixed(3),
        verdict(worstCls <= AS_SERVED_TARGETS.layoutShiftMax),
      ],
    ]),
  );
  return out;
}

/** --against: the other checkout's figures from the same runs, next to this one's. */
function reportAgainst(result: AsServed): string[] {
  const against = result.against!;
  const figures: [string, Pick, (value: number) => string][] = [
    ['bytes on the wire', (sample) => sample.downBytes, kb],
    ['first contentful paint', (sample) => sample.firstContentfulPaintMs, ms],
    ['first widget usable', (sample) => sample.widgetUsableMs, ms],
    ['data-sandbox="ready"', (sample) => sample.sandboxReadyMs, ms],
    ['CLS', (sample) => sample.cls, (value) => value.toFixed(3)],
  ];
  const rows = ORDER.flatMap((locale) =>
    (['phone', 'desktop'] as const).flatMap((width) =>
      figures.map(([name, pick, format]) => {
        const [then, now] = [
          medianOf(against.locales[locale][width], pick),
          medianOf(result.locales[locale][width], pick),
        ];
        return [
          `${locale} ${width}: ${name}`,
          then === null ? '—' : format(then),
          now === null ? '—' : format(now),
          then !== null && now !== null && then !== 0
            ? `${now >= then ? '+' : ''}${((now / then - 1) * 100).toFixed(0)} %`
            : '',
        ];
      }),
    ),
  );
  return [
    `Side by side, same runs (interleaved): ${against.root} (${against.commit}) then, this checkout now:`,
    table(['', 'then', 'now', 'change'], rows, [1, 2, 3]),
  ];
}
