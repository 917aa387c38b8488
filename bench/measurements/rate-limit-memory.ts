/**
 * 6. Heap growth of the partner API's rate limiter when 100,000 Account SIDs each make one call
 * (a client minting SIDs): bounded by MAX_TRACKED_ACCOUNTS, it should stay flat.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRateLimiter, MAX_TRACKED_ACCOUNTS } from '../../mocks/rate-limit.ts';
import { progress } from '../lib/config.ts';
import { defineMeasurement } from '../lib/measurement.ts';

export interface RateLimitMemory {
  accounts: number;
  tracked: number;
  cap: number;
  heapGrowthBytes: number;
}

/** A full collection, without starting Node with --expose-gc. */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Several passes: one leaves garbage that finalizers and weak references free only later.
  return () => {
    for (let pass = 0; pass < 4; pass++) gc();
  };
}

export function measureRateLimitMemory(accounts = 100_000): RateLimitMemory {
  const collectGarbage = garbageCollector();
  const limiter = createRateLimiter(() => Date.now());
  // SID strings are made before the first reading, so only what the limiter keeps is counted.
  const sids = Array.from({ length: accounts }, (_, index) => `IRSANDBOX${String(index).padStart(24, '0')}1`);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (const sid of sids) limiter.take(sid);
  collectGarbage();
  const heapGrowthBytes = process.memoryUsage().heapUsed - before;
  // Used after the reading, so the SIDs themselves are not collected in between.
  return { accounts: sids.length, tracked: limiter.size, cap: MAX_TRACKED_ACCOUNTS, heapGrowthBytes };
}

export const rateLimitMemory = defineMeasurement({
  name: 'rateLimitMemory',
  title: 'Rate limiter memory',
  targets: {},

  async run() {
    progress('rate limiter: heap over 100,000 Account SIDs');
    return measureRateLimitMemory();
  },

  summary: (result) => ({ rateLimitMemory: result }),

  report: ({ accounts, tracked, cap, heapGrowthBytes }) => [
    `${accounts.toLocaleString('en')} Account SIDs, one call each: ${tracked.toLocaleString('en')} windows kept (cap ${cap.toLocaleString('en')}), heap growth ${(heapGrowthBytes / 1024).toFixed(1)} KB`,
  ],
});
