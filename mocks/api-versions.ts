/** Partner API versions and their release dates (from the impact.com API changelog). */
export const API_VERSIONS = [
  { version: 11, released: '2018-05-30' },
  { version: 12, released: '2021-08-05' },
  { version: 13, released: '2022-02-01' },
  { version: 14, released: '2022-10-12' },
  { version: 15, released: '2025-03-01' },
  { version: 16, released: '2026-06-01' },
] as const;

export type ApiVersion = (typeof API_VERSIONS)[number]['version'];

/** "11, 12, 13, 14, 15, 16", for error messages. */
export const SUPPORTED_VERSIONS = API_VERSIONS.map((entry) => entry.version).join(', ');

/** The version a legacy token created in 2024 was configured with in the sandbox. */
export const INITIAL_API_VERSION: ApiVersion = 12;

export function isApiVersion(value: unknown): value is ApiVersion {
  return API_VERSIONS.some((entry) => entry.version === value);
}

/** Only newer versions are offered: a token's version can never go back. */
export function upgradeTargets(current: ApiVersion): ApiVersion[] {
  return API_VERSIONS.map((entry) => entry.version).filter((version) => version > current);
}
