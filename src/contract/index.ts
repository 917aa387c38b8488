/**
 * The contract between the mock backend (mocks/), the UI (src/sandbox/, src/ask/) and the
 * server (server/): shared types, route paths, limits. Each side imports from here and never
 * from the other's insides.
 */
export * from './http.ts';
export * from './limits.ts';
export * from './locale.ts';
export * from './mask.ts';
export * from './one-of.ts';
export * from './routes.ts';
export * from './sandbox.ts';
export * from './support.ts';
export * from './worker.ts';
