import type { GuideAction } from '../../../contract/guided.ts';

/**
 * Fired by `<impact-sandbox>` when the reader does something a guide step can ask for (the
 * action names: src/contract/guided.ts). Bubbles out of the shadow root, so a page (or the
 * guided-steps elements) can listen on `document`.
 */
export class SandboxActionEvent extends CustomEvent<{ action: GuideAction }> {
  constructor(action: GuideAction) {
    super('impact-sandbox-action', { detail: { action }, bubbles: true, composed: true });
  }
}
