/** Request bodies for writes: JSON or form-encoded (the partner API accepts both), size-capped. */
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from '../src/contract/index.ts';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readBody(request: Request): Promise<BodyResult> {
  const declaredLength = Number(request.headers.get('Content-Length') ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return tooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return tooLarge();
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  }
  if (type === 'application/json' || (type === '' && text.trim().startsWith('{'))) {
    if (text.trim() === '')
      return { ok: false, status: 400, message: 'The request body is empty: send a JSON object.' };
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { ok: false, status: 400, message: 'The request body must be a JSON object.' };
      }
      return { ok: true, value };
    } catch {
      return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
    }
  }
  if (type === '' && text.trim() === '') {
    return { ok: false, status: 400, message: 'The request body is empty: send a JSON object or form fields.' };
  }
  return {
    ok: false,
    status: 415,
    message: 'Unsupported Content-Type: send application/json or application/x-www-form-urlencoded.',
  };
}

function tooLarge(): BodyResult {
  return { ok: false, status: 413, message: BODY_TOO_LARGE_MESSAGE };
}
