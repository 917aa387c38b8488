/**
 * The line under the try-request panel's curl command says why a terminal may not get what the
 * page gets: a copy another browser holds (a share link opened here) says so and what to do.
 */
import { expect, it } from 'vitest';
import { SUPPORT_MESSAGES } from '../../src/i18n/support.ts';
import { serverCopyNote } from '../../src/sandbox/elements/impact-try-request/curl-command.ts';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';

it.each(TRANSLATED_LOCALES)(
  'a copy refused because another browser holds it says so (%s); other refusals name the status',
  (locale) => {
    const s = SUPPORT_MESSAGES[locale];
    expect(serverCopyNote(s, { serverCopy: 'failed', refusedWith: 403 })).toBe(s.curlCopyHeldElsewhere);
    expect(serverCopyNote(s, { serverCopy: 'failed', refusedWith: 413 })).toBe(s.curlMirrorFailed(413));
    expect(serverCopyNote(s, { serverCopy: 'synced', refusedWith: 0 })).toBe(s.curlMirrored);
  },
);
