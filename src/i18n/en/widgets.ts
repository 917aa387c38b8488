/** The widgets' tables in en: one chunk, loaded by src/sandbox/messages.ts when a page in en needs them. */
export { default as sandbox } from './sandbox.ts';
export { default as guided } from './guided.ts';
export { default as support } from './support.ts';
export { default as console } from './support-console.ts';
export { default as panels } from './support-panels.ts';
