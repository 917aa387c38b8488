/** The support tools' strings in English (the shape is the Chinese table's). */
import type { SupportMessages } from './support.zh.ts';

export const en: SupportMessages = {
  scenarios: {
    new: { title: 'New account', description: 'Legacy tokens not enabled yet: start from step 1.' },
    enabled: { title: 'Tokens enabled', description: 'Legacy tokens enabled, nothing reset yet, API version 12.' },
    'after-read-write-reset': {
      title: 'Right after a Read/Write reset',
      description: 'The Read/Write Auth Token was just reset: the old value gets 401.',
    },
    'after-read-only-reset': {
      title: 'Right after a Read-Only reset',
      description: 'The Read-Only Auth Token was just reset: the old value gets 401.',
    },
    upgraded: {
      title: 'API version upgraded',
      description: 'Legacy tokens enabled and the API version upgraded to 15: campaigns carry DeeplinkDomains.',
    },
    'rate-limited': {
      title: 'Rate limited',
      description: "This hour's limit of 1,000 calls is used up: every API call gets 429.",
    },
  },
  scenarioPicker: 'Start from a scenario',
  loadScenario: 'Load scenario',
  scenarioLoaded: (title: string) => `Scenario "${title}" loaded.`,
  unknownScenario: (name: string, known: string) =>
    `There is no scenario named "${name}", so the sandbox was not changed. Scenarios: ${known}.`,
  confirmScenarioTitle: (title: string) => `Load the scenario "${title}"?`,
  confirmReplaces:
    'Your sandbox has changes of its own (something enabled, reset, upgraded or created); loading replaces them.',
  keptSandbox: 'Your sandbox was not changed.',
  copyShareLink: 'Copy share link',
  shareLink: 'Share link',
  shareIntro: 'The link carries the whole sandbox after its #, a part browsers never send to a server.',
  shareCopied: (chars: number) =>
    `Share link copied (${chars} characters). Opening it in another browser reproduces this sandbox.`,
  shareCopyFailed: 'Could not copy; select the link below instead.',
  shareTooLong: (chars: number, limit: number) =>
    `The share link would be ${chars} characters, over the limit of ${limit}. Clear the request log and try again.`,
  confirmShareTitle: 'Open the shared sandbox?',
  confirmShareBody: (sid: string) =>
    `This link carries the sandbox of Account SID ${sid}: its tokens, API version, reset times and request log.`,
  openShared: 'Open shared sandbox',
  shareLoaded: 'The shared sandbox is open.',
  badShareLink: 'This share link is damaged or incomplete, so nothing was loaded: your sandbox is unchanged.',
  cancel: 'Cancel',
  load: 'Load',
  copyCommand: 'Copy command',
  showToken: 'Show token',
  commandCopied: 'Command copied (with the whole Auth Token).',
  commandCopyFailed: 'Could not copy; show the token and select the command instead.',
  curlMirrored:
    'In a terminal on the machine running npm start, this command gets the same status and body as the request on this page: the server keeps a copy of this sandbox.',
  curlMirroring: 'Copying this sandbox to the server…',
  curlNeedsServer:
    'curl needs npm start: this site comes from a static host, where no server keeps a copy of this sandbox, so the command cannot get what this page gets.',
  curlMirrorFailed: (status: number) =>
    `This sandbox could not be copied to the server (HTTP ${status}); curl may get a different answer.`,
  curlSharedServer:
    "This page uses the server's shared sandbox, so the command gets the same answer on the machine running npm start.",
  why: 'Why: ',
  reasons: {
    ok: 'The request was authorized and answered.',
    'missing-credentials':
      'No credentials were sent: use HTTP Basic with the Account SID as the user name and the Auth Token as the password.',
    'malformed-credentials': 'The Authorization header is not valid HTTP Basic (Account SID:Auth Token).',
    'unknown-account': 'No sandbox account has this Account SID.',
    'tokens-not-enabled': 'Legacy tokens are not enabled for this account.',
    'revoked-token':
      'This Auth Token was reset and no longer passes authorization. Give the integration the new one from API Credentials.',
    'invalid-token': "This Auth Token is not one of this account's tokens.",
    'account-mismatch': 'The Account SID in the path is not the one in the credentials.',
    'rate-limited':
      "This Account SID's limit of 1,000 calls an hour is used up; try again after the time in Retry-After.",
    'unknown-version': 'The IR-Version asked for does not exist.',
    'unknown-resource': 'The partner API has no such resource.',
    'not-found': 'There is no item with this id.',
    'method-not-allowed': 'This address does not take this method (see the Allow header).',
    'read-only-token': 'A Read-Only token may read but not write: use the Read/Write token.',
    'invalid-fields': 'Some fields of the request body are invalid (see Errors).',
    'bad-body': 'The request body could not be read as JSON or form fields.',
    'body-too-large': 'The request body is over 64 KiB.',
    'unsupported-media-type': "The request body's Content-Type is neither JSON nor form fields.",
  },
  revokedTokenAt: (time: string) =>
    `This Auth Token was reset at ${time} and no longer passes authorization. Give the integration the new one from API Credentials.`,
};
