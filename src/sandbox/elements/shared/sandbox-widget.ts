/** What every sandbox widget shares: a locale, its string tables, and the page's one sandbox. */
import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SandboxStore, StorePart } from '../../client-store.ts';
import type { WidgetMessages } from '../../messages.ts';
import { StoreController } from '../../store-context.ts';
import { controls, widgetHost } from './controls.styles.ts';
import { focusRing } from './focus-ring.styles.ts';
import { tokens } from './tokens.styles.ts';
import { touchTargets } from './touch-targets.styles.ts';
import { DEFAULT_LOCALE, resolveLocale } from '../../../contract/locale.ts';
import type { GuidedMessages } from '../../../i18n/guided.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';

export class SandboxWidget extends LitElement {
  // Lit merges subclasses' declarations with these.
  static override properties: PropertyDeclarations = {
    locale: {},
  };

  declare locale: string;

  /** The parts of the page's store besides its view that an element draws from. */
  protected static storeParts: readonly StorePart[] = [];

  /** A large widget: out of view, it draws after the ones in view (src/sandbox/draw-queue.ts). */
  protected static drawsWhenNear = false;

  /** Until the widget may draw its first screen (only a `drawsWhenNear` widget waits). */
  private drawAllowed: Promise<void> | null = null;

  /** The page's one store (through @lit/context): a change to what the element draws from redraws it. */
  protected readonly sandbox = new StoreController(this, (this.constructor as typeof SandboxWidget).storeParts);

  constructor() {
    super();
    this.locale = DEFAULT_LOCALE;
  }

  /** The page's store; a widget is used only where one is provided (a page the sandbox runs on). */
  protected get store(): SandboxStore {
    const store = this.sandbox.store;
    if (!store) throw new Error(`<${this.localName}> has no sandbox store: provide one (src/sandbox/store-context.ts)`);
    return store;
  }

  /** @internal Every table in the element's language. */
  protected get messages(): WidgetMessages {
    const messages = this.sandbox.store?.labels.get(resolveLocale(this.locale));
    // Never reached from a render: scheduleUpdate waits for the tables.
    if (!messages) throw new Error(`the ${resolveLocale(this.locale)} labels have not loaded yet`);
    return messages;
  }

  /** The element's language has arrived (its labels may be read). */
  protected get labelsReady(): boolean {
    return this.sandbox.store?.labels.get(resolveLocale(this.locale)) !== undefined;
  }

  /** @internal The app's labels in the element's language. */
  get sandboxLabels(): SandboxMessages {
    return this.messages.sandbox;
  }

  /** @internal The guided steps' words in the element's language. */
  get guidedLabels(): GuidedMessages {
    return this.messages.guided;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if ((this.constructor as typeof SandboxWidget).drawsWhenNear && !this.hasUpdated)
      this.drawAllowed ??= this.sandbox.store?.drawQueue.whenNear(this) ?? null;
  }

  /**
   * Waits, before its first update, until the element may draw (`drawsWhenNear`), and for the
   * element's language (its own small chunk) before each update that would draw without it.
   * Lit keeps the changed properties meanwhile, so nothing is lost.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.drawAllowed) {
      await this.drawAllowed;
      this.drawAllowed = null;
    }
    const store = this.sandbox.store;
    if (store && !this.labelsReady) {
      try {
        await store.labels.load(resolveLocale(this.locale));
      } catch (error) {
        store.fail(error instanceof Error ? error.message : String(error));
      }
    }
    super.scheduleUpdate();
  }

  /**
   * The element shows its first real screen (not "Loading…"). Until then the page's CSS holds the
   * room that screen takes (`:not([data-drawn])`), so nothing below it moves when it draws.
   */
  protected get drawn(): boolean {
    return this.sandbox.view !== null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.toggleAttribute('data-drawn', this.drawn);
    if ((this.constructor as typeof SandboxWidget).drawsWhenNear) this.sandbox.store?.drawQueue.drewOne();
  }

  /** Without its labels (their chunk failed to load) the element stays blank; the page says why. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return this.labelsReady && super.shouldUpdate(changed);
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
    const t = this.sandboxLabels;
    const startError = this.sandbox.store?.startError;
    return html`<p class="waiting" role="status">${startError ? `${t.startFailed}${startError}` : t.loading}</p>`;
  }
}

/** The common part of every widget's `static styles`. */
export const widgetStyles = [tokens, focusRing, controls, widgetHost, touchTargets];
