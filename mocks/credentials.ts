/**
 * Sandbox credentials: shaped like impact.com's (34-character Account SID starting with IR and
 * ending in 1; 32-character Auth Token of letters, digits and `.-~`) but recognisably fake.
 */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

const SID_PREFIX = 'IRSANDBOX';
const TOKEN_PREFIX = 'sandbox~';
const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const TOKEN_ALPHABET = `${ALPHANUMERIC}.-~`;

export const ACCOUNT_SID_PATTERN = /^IRSANDBOX[A-Za-z0-9]{24}1$/;
export const AUTH_TOKEN_PATTERN = /^sandbox~[A-Za-z0-9.~-]{24}$/;

/** Rejection sampling keeps every character equally likely (no modulo bias). */
function randomString(alphabet: string, length: number, randomBytes: RandomBytes): string {
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  while (result.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && result.length < length) result += alphabet[byte % alphabet.length];
    }
  }
  return result;
}

export function generateAccountSid(randomBytes: RandomBytes = cryptoRandomBytes): string {
  return `${SID_PREFIX}${randomString(ALPHANUMERIC, 24, randomBytes)}1`;
}

export function generateAuthToken(randomBytes: RandomBytes = cryptoRandomBytes): string {
  return `${TOKEN_PREFIX}${randomString(TOKEN_ALPHABET, 24, randomBytes)}`;
}

/**
 * Compares two secrets in time that depends only on the expected value's length, so a caller
 * cannot learn a token character by character from response times.
 */
export function constantTimeEqual(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length;
  for (let index = 0; index < expected.length; index++) {
    difference |= (given.charCodeAt(index % Math.max(given.length, 1)) || 0) ^ expected.charCodeAt(index);
  }
  return difference === 0;
}
