/** The rules of the partner API's versions; the versions themselves are part of the contract. */
import { API_VERSIONS, type ApiVersion } from '../src/contract/index.ts';

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
