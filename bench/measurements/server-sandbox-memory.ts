/**
 * 7. Heap growth of `npm start`'s copies of browsers' sandboxes when 100,000 different Account
 * SIDs are sent (a client minting SIDs): bounded by MAX_SERVER_COPIES, it should stay flat.
 * (Each sandbox's rate-limit window lives in its own state, so this is the only per-SID memory.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServerCopies, MAX_SERVER_COPIES } from '../../mocks/server-copies.ts';
import { createInitialState } from '../../mocks/state.ts';
import { progress } from '../lib/config.ts';
import { defineMeasurement } from '../lib/measurement.ts';

export interface ServerSandboxMemory {
  accounts: number;
  kept: number;
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

export function measureServerSandboxMemory(accounts = 100_000): ServerSandboxMemory {
  const collectGarbage = garbageCollector();
  const sandboxes = createServerCopies();
  const template = createInitialState();
  // SID strings are made before the first reading, so only what the server keeps is counted.
  const sids = Array.from({ length: accounts }, (_, index) => `IRSANDBOX${String(index).padStart(24, '0')}1`);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (const accountSid of sids) sandboxes.put({ ...template, accountSid });
  collectGarbage();
  const heapGrowthBytes = process.memoryUsage().heapUsed - before;
  // Used after the reading, so the SIDs themselves are not collected in between.
  return { accounts: sids.length, kept: sandboxes.size, cap: MAX_SERVER_COPIES, heapGrowthBytes };
}

export const serverSandboxMemory = defineMeasurement({
  name: 'serverSandboxMemory',
  title: "Server memory: browsers' sandboxes kept by Account SID",
  targets: {},

  async run() {
    progress('server sandboxes: heap over 100,000 Account SIDs');
    return measureServerSandboxMemory();
  },

  summary: (result) => ({ serverSandboxMemory: result }),

  report: ({ accounts, kept, cap, heapGrowthBytes }) => [
    `${accounts.toLocaleString('en')} Account SIDs, one copy each: ${kept.toLocaleString('en')} kept (cap ${cap.toLocaleString('en')}), heap growth ${(heapGrowthBytes / 1024).toFixed(1)} KB`,
  ],
});
