/** What every sandbox widget shares: a locale, its string table, and the page's one sandbox. */
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { SandboxController, sandboxStore } from '../../client-store.ts';
import { controls, widgetHost } from './controls.styles.ts';
import { focusRing } from './focus-ring.styles.ts';
import { tokens } from './tokens.styles.ts';
import { resolveLocale } from '../../../contract/locale.ts';
import { SANDBOX_MESSAGES, type SandboxMessages } from '../../../i18n/sandbox.ts';

export class SandboxWidget extends LitElement {
  // Lit merges subclasses' declarations with these.
  static override properties: PropertyDeclarations = {
    locale: {},
  };

  declare locale: string;

  protected readonly sandbox = new SandboxController(this);

  constructor() {
    super();
    this.locale = 'zh';
  }

  /** @internal The labels in the element's language. */
  get t(): SandboxMessages {
    return SANDBOX_MESSAGES[resolveLocale(this.locale)];
  }

  /**
   * Focus is nowhere useful: on the page body (its element was removed), or still inside a
   * closed dialog. Code that moves focus after an await or a queued event (a dialog's `close`)
   * checks this first, so it never takes focus back from where the user has moved since.
   */
  protected focusIsLost(): boolean {
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    const inside = (this.renderRoot as ShadowRoot).activeElement;
    return inside?.closest('dialog:not([open])') != null;
  }

  /** Shown until the shared sandbox has loaded, or why it could not start. */
  protected renderWaiting() {
    const t = this.t;
    return html`<p class="waiting" role="status">${sandboxStore.startError ? `${t.startFailed}${sandboxStore.startError}` : t.loading}</p>`;
  }
}

/** The common part of every widget's `static styles`. */
export const widgetStyles = [tokens, focusRing, controls, widgetHost];
