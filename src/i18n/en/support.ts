/** SUPPORT_MESSAGES's en table (./support.ts). */
import type { SupportMessages } from '../zh/support.ts';

const en: SupportMessages = {
  copyCommand: 'Copy command',
  showToken: 'Show token',
  commandCopied: 'Command copied (with the whole Auth Token).',
  commandCopyFailed: 'Could not copy; show the token and select the command instead.',
  curlMirrored:
    'In a terminal on the machine running npm start, this command gets the same status and body as the request on this page: the server keeps a copy of this sandbox.',
  curlMirroring: 'Copying this sandbox to the server…',
  curlServerUnreachable:
    'The server that keeps the copy of this sandbox for curl does not answer (is npm start still running?). Trying again; the copy is sent again once it answers.',
  curlNeedsServer:
    'curl needs npm start: this site comes from a static host, where no server keeps a copy of this sandbox, so the command cannot get what this page gets.',
  curlMirrorFailed: (status: number) =>
    `This sandbox could not be copied to the server (HTTP ${status}); curl may get a different answer.`,
  curlCopyHeldElsewhere:
    "Another browser keeps this Account SID's copy on the server (this sandbox came from its share link), so curl answers as that browser's sandbox, not as this page. Reset the sandbox here for an Account SID of its own.",
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

export default en;
