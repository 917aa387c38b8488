/** Property tests on the `?ask=` handler: any string in, a well-formed reply out, never a crash, nothing echoed live. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { createAskHandler } from '../../src/ask/http.ts';
import type { AskReply } from '../../src/ask/types.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { AskIndexData } from '../../src/ask/types.ts';
import { ZH_GUIDE_PATH } from '../../src/site.ts';
import { MAX_QUESTION_CHARS } from '../../src/contract/index.ts';
import { QUESTIONS } from '../ask/questions.ts';

let handle: ReturnType<typeof createAskHandler>;
let index: AskIndexData;
beforeAll(async () => {
  index = await buildIndexFromContent();
  handle = createAskHandler({ loadIndex: async () => index });
});

/** Questions built from the characters that matter: markup, markdown, CJK, whitespace, surrogates. */
const question = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '[',
        ']',
        '(',
        ')',
        '*',
        '_',
        '#',
        '`',
        '\\',
        '!',
        '|',
        '\n',
        '\r',
        '\t',
        ' ',
        '"',
        "'",
        '令牌',
        '重置',
        'token',
        'script',
        'javascript:',
        '<img src=x onerror=alert(1)>',
        '？',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
  fc.string({ minLength: MAX_QUESTION_CHARS - 10, maxLength: MAX_QUESTION_CHARS + 10 }),
);

/** Undoes inertMarkdown's escaping: what a markdown reader would display (its autolink breaks are invisible). */
const displayed = (line: string) =>
  line
    .replace(/\u2060/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const request = (text: string, json: boolean) =>
  new Request(`http://docs.test${ZH_GUIDE_PATH}.md?ask=${encodeURIComponent(text)}`, {
    headers: json ? { Accept: 'application/json' } : {},
  });

describe('ask handler properties', () => {
  it('markdown: a 200 (or a 400 past the length limit) whose first line shows the question, with no live markup from it', async () => {
    await fc.assert(
      fc.asyncProperty(question, async (text) => {
        const response = (await handle(request(text, false)))!;
        const trimmed = new URL(request(text, false).url).searchParams.get('ask')!.trim();
        expect(response.status).toBe([...trimmed].length > MAX_QUESTION_CHARS ? 400 : 200);
        expect(response.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
        expect(response.headers.get('X-Robots-Tag')).toBe('noindex');
        const body = await response.text();
        expect(body.length).toBeGreaterThan(0);
        if (response.status === 400) return;
        const usage = trimmed === '' || trimmed === '<question>';
        if (!usage) {
          const heading = body.split('\n')[0]!;
          expect(heading.startsWith('# ')).toBe(true);
          expect(displayed(heading.slice(2))).toBe(
            trimmed.replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, ' ').trim(),
          );
          // The echo is one line: no raw angle bracket, and no markdown link or emphasis can start in it.
          expect(heading).not.toMatch(/[<>]|(?<!\\)[[\]()*_`]/);
        }
        // Every raw "<" in the reply is one of the usage text's own placeholders.
        expect(body.replace(/<(question|问题|目标|goal)>/g, '')).not.toContain('<');
      }),
      { numRuns: 300 },
    );
    // 300 questions, half of them near the length limit (answered, not refused): seconds on a busy machine.
  }, 60_000);

  it('JSON: the documented shape, the question given back as plain data', async () => {
    await fc.assert(
      fc.asyncProperty(question, async (text) => {
        const response = (await handle(request(text, true)))!;
        expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
        const body = await response.json();
        const trimmed = new URL(request(text, true).url).searchParams.get('ask')!.trim();
        if (response.status === 400) {
          expect(typeof body.error).toBe('string');
          return;
        }
        const reply = body as AskReply;
        expect(typeof reply.answer).toBe('string');
        expect(typeof reply.answered).toBe('boolean');
        expect(Array.isArray(reply.followUps) && reply.followUps.every((item) => typeof item === 'string')).toBe(true);
        for (const excerpt of reply.excerpts)
          expect(Object.keys(excerpt).sort()).toEqual(['page', 'section', 'text', 'url']);
        for (const source of reply.sources) expect(Object.keys(source).sort()).toEqual(['title', 'url']);
        if (trimmed !== '' && trimmed !== '<question>') expect(reply.question).toBe(trimmed);
        // Refused or answered: never an answer without the excerpts it rests on.
        expect(reply.answered === reply.excerpts.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
    // 300 questions, half of them near the length limit (answered, not refused): seconds on a busy machine.
  }, 60_000);

  it('any path: the handler answers an unknown .md with "Page Not Found" and never crashes', async () => {
    // Besides random text, the segments that bend paths: dots, empty, an encoded slash, the site's own prefixes.
    const segment = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }).map((text) => encodeURIComponent(text)),
      fc.constantFrom('', '.', '..', '%2F', '%2E%2E', 'partner', 'zh', 'sandbox', 'en'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), async (segments) => {
        const path = `/${segments.join('/')}.md`;
        const response = await handle(new Request(`http://docs.test${path}`), { notFound: true });
        expect(response!.status).toBe(200);
        const body = await response!.text();
        expect(body).toMatch(/^# (Page Not Found|找不到页面)\n/);
        expect(body.replace(/<(question|问题)>/g, '')).not.toContain('<');
      }),
      { numRuns: 200 },
    );
  });

  it('a goal only ranks: with any goal, a question the content cannot answer stays refused and an answer keeps its excerpts', () => {
    const engine = createAskEngine(index);
    const contentWords = index.chunks
      .flatMap((chunk) => chunk.sentences.join(' ').split(/[\s，。：；、]+/))
      .filter(Boolean);
    const goal = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(fc.constantFrom(...contentWords), { maxLength: 8 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONS), goal, (testCase, goalText) => {
        const reply = engine.ask({
          question: testCase.question,
          goal: goalText,
          page: testCase.askedOn ?? ZH_GUIDE_PATH,
        });
        if (!testCase.expect) expect(reply.answered).toBe(false);
        expect(reply.answered === reply.excerpts.length > 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
