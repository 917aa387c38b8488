/** GUIDED_MESSAGES's en table (./guided.ts). */
import type { GuidedMessages } from '../zh/guided.ts';

const en: GuidedMessages = {
  stepInSandbox: (step: number) => `Step ${step} in the sandbox`,
  step: (step: number) => `Step ${step}`,
  done: 'Done',
  notDone: 'Not done yet',
  showMe: 'Show me',
  needsStep: (step: number) => `Do step ${step} first.`,
  needsLegacyTokens: 'This step needs legacy tokens enabled first.',
  catchMeUp: 'Catch me up',
  catchingUp: 'Catching up…',
  caughtUp: (steps: string, settings: string, api: string, enable: string) =>
    `Done for you (${steps}): opened ${settings} → ${api} and selected ${enable}. Now it's your turn.`,
  stepRange: (first: number, last: number) => (first === last ? `step ${first}` : `steps ${first}–${last}`),
  alsoOnThisStep: 'Also on this step',
  progressLabel: 'Your progress',
  progressText: (done: number, total: number) => `${done} of ${total} steps done`,
  stepDone: (step: number) => `Step ${step} done.`,
  allDone: (total: number) => `All ${total} steps done.`,
};

export default en;
