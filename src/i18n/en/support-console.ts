/** CONSOLE_MESSAGES's en table (./support-console.ts). */
import type { ConsoleMessages } from '../zh/support-console.ts';

const en: ConsoleMessages = {
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
  scenarioOffer: (title: string) => `This example can start from the scenario "${title}".`,
  startFromScenario: 'Start from this scenario',
  cancel: 'Cancel',
  load: 'Load',
};

export default en;
