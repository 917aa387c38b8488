/** `npm run ask:held-out`: the held-out fixtures' test alone (tests/ask/held-out.test.ts), totals only. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/ask/held-out.test.ts'], environment: 'node', testTimeout: 60_000 },
});
