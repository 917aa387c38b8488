/**
 * The ask engine's chunk of the site's worker (built to /sandbox-sw-ask.js by astro.config.mjs):
 * the worker installs without it and loads it at the first question (src/ask/service-worker.ts).
 */
/// <reference lib="webworker" />
import { createAskHandler } from './http.ts';

(self as unknown as { impactAskHandler: typeof createAskHandler }).impactAskHandler = createAskHandler;
