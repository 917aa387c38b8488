/** The help a request line with raw non-ASCII bytes gets: the curl command that sends it right. */
import { describe, expect, it } from 'vitest';
import { percentEncodeHelp } from '../../server/client-error.ts';

const ORIGIN = 'http://127.0.0.1:4321';

describe('percent-encoding help', () => {
  it('turns each query field into --data-urlencode and keeps the path', () => {
    const help = percentEncodeHelp('GET /partner/zh/guide.md?ask=如何重置&goal=a+b%20c HTTP/1.1', ORIGIN);
    expect(help).toContain(
      "curl -G --data-urlencode 'ask=如何重置' --data-urlencode 'goal=a b c' 'http://127.0.0.1:4321/partner/zh/guide.md'",
    );
    expect(help).toMatch(/percent-encode/i);
    // The example encoding uses the reader's own characters.
    expect(help).toContain('(如何重置 → %E5%A6%82%E4%BD%95%E9%87%8D%E7%BD%AE)');
  });

  it('encodes a raw path and offers the ask form when there is no query', () => {
    const help = percentEncodeHelp('GET /partner/zh/沙盒+1 HTTP/1.1', ORIGIN);
    expect(help).toContain(
      "curl -G --data-urlencode 'ask=<your question>' 'http://127.0.0.1:4321/partner/zh/%E6%B2%99%E7%9B%92+1'",
    );
  });

  it('quotes a question with an apostrophe for the shell', () => {
    expect(percentEncodeHelp("GET /x.md?ask=what's重置 HTTP/1.1", ORIGIN)).toContain(
      `--data-urlencode 'ask=what'\\''s重置'`,
    );
  });
});
