/**
 * The one Accept rule (src/http/negotiate.ts) as both its users meet it: the partner API
 * offers XML (its default) and JSON, the `?ask=` replies markdown (their default) and JSON.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/http/negotiate.ts';

describe('negotiate: partner API (XML by default, or JSON)', () => {
  it.each([
    { accept: null, expected: 'xml' },
    { accept: '', expected: 'xml' },
    { accept: 'application/json', expected: 'json' },
    { accept: 'APPLICATION/JSON', expected: 'json' },
    { accept: 'application/json; charset=utf-8', expected: 'json' },
    { accept: 'text/html, application/json;q=0.9', expected: 'json' },
    { accept: 'application/json, */*', expected: 'json' },
    { accept: 'application/json, text/javascript, */*; q=0.01', expected: 'json' },
    { accept: '*/*', expected: 'xml' },
    { accept: 'application/*', expected: 'xml' },
    { accept: 'text/html', expected: 'xml' },
    { accept: 'application/xml', expected: 'xml' },
    { accept: 'text/xml, application/json;q=0.5', expected: 'xml' },
    // What q-values change: a weight below another type's now loses to it.
    { accept: 'application/json;q=0.1, application/xml', expected: 'xml' },
    { accept: 'application/json;q=0', expected: 'xml' },
    { accept: 'application/json;q=0, */*', expected: 'xml' },
    // Equal weights: the client's own order decides.
    { accept: 'application/xml, application/json', expected: 'xml' },
    { accept: 'application/json, application/xml', expected: 'json' },
    // A more specific range sets the weight: JSON is q=1 here, XML only 0.5.
    { accept: 'application/*;q=0.5, application/json', expected: 'json' },
    // Malformed ranges and weights are ignored, not guessed at.
    { accept: 'json, application/json;q=abc', expected: 'xml' },
    { accept: 'application/json;q=2', expected: 'xml' },
    { accept: 'application/json;q=', expected: 'xml' },
    { accept: ',,;, application/json', expected: 'json' },
  ] as const)('Accept: $accept → $expected', ({ accept, expected }) => {
    expect(negotiate(accept, ['xml', 'json'])).toBe(expected);
  });
});

describe('negotiate: ?ask= replies (markdown by default, or JSON)', () => {
  it.each([
    { accept: null, expected: 'markdown' },
    { accept: 'application/json', expected: 'json' },
    { accept: 'text/markdown, application/json;q=0.5', expected: 'markdown' },
    { accept: 'application/json, text/markdown', expected: 'json' },
    { accept: 'text/markdown, application/json', expected: 'markdown' },
    { accept: 'text/plain, application/json', expected: 'markdown' },
    { accept: 'text/*, application/json', expected: 'json' },
    // A browser's navigation: */* names both equally, so the default wins.
    { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', expected: 'markdown' },
    // What q-values change: named first, but with the lower weight.
    { accept: 'application/json;q=0.5, text/markdown', expected: 'markdown' },
  ] as const)('Accept: $accept → $expected', ({ accept, expected }) => {
    expect(negotiate(accept, ['markdown', 'json'])).toBe(expected);
  });
});
