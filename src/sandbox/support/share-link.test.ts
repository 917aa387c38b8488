/** The share-link codec: what goes in comes out; anything truncated, altered or oversized is refused. */
import { describe, expect, it } from 'vitest';
import { MAX_SHARE_LINK_CHARS } from '../../contract/index.ts';
import { decodeShared, encodeShared, ShareLinkError, sharedInFragment, shareUrl } from './share-link.ts';

const STATE = { accountSid: `IRSANDBOX${'A'.repeat(24)}1`, log: [{ id: 1, note: 'ü, é and ~-._ characters' }] };

describe('share links', () => {
  it('round-trip through the fragment of a URL, in base64url only', async () => {
    const encoded = await encodeShared(STATE);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const link = shareUrl('http://127.0.0.1:4321/partner/sandbox?scenario=new#old', encoded);
    expect(new URL(link).hash).toBe(`#sandbox=${encoded}`);
    expect(await decodeShared(sharedInFragment(new URL(link).hash)!)).toEqual(STATE);
    expect(sharedInFragment('#menu-reference')).toBeNull();
  });

  it('refuses a truncated, altered, foreign or oversized value', async () => {
    const encoded = await encodeShared(STATE);
    await expect(decodeShared(encoded.slice(0, -6))).rejects.toBeInstanceOf(ShareLinkError);
    await expect(
      decodeShared(`${encoded.slice(0, 10)}${encoded[10] === 'A' ? 'B' : 'A'}${encoded.slice(11)}`),
    ).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShared('not a link!')).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShared('')).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShared('A'.repeat(MAX_SHARE_LINK_CHARS + 1))).rejects.toBeInstanceOf(ShareLinkError);
  });

  it('stops a small link that inflates to a huge text', async () => {
    const bomb = await encodeShared('0'.repeat(1_000_000));
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_CHARS);
    await expect(decodeShared(bomb)).rejects.toBeInstanceOf(ShareLinkError);
  });
});
