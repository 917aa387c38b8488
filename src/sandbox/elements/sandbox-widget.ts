/** What every sandbox widget shares: a locale, its string table, and the page's one sandbox. */
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { SandboxController, sandboxStore } from '../client-store.ts';
import { controls, focusRing } from './styles.ts';
import { resolveLocale } from '../../contract/locale.ts';
import { SANDBOX_MESSAGES, type SandboxMessages } from '../../i18n/sandbox.ts';

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

  protected get t(): SandboxMessages {
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

export const widgetHost = css`
  :host {
    display: block;
    font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans SC', 'PingFang SC', sans-serif;
    color: #1d2433;
    line-height: 1.5;
  }
`;

/** The common part of every widget's `static styles`. */
export const widgetStyles = [focusRing, controls, widgetHost];
