import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { focusRing } from '../shared/focus-ring.styles.ts';
import { tokens } from '../shared/tokens.styles.ts';
import { menuButtonStyles } from './impact-menu-button.styles.ts';

export interface MenuItem {
  id: string;
  label: string;
}

/** Fired by `<impact-menu-button>` when an item is chosen. */
export class MenuSelectEvent extends CustomEvent<{ id: string }> {
  constructor(id: string) {
    super('impact-menu-select', { detail: { id }, bubbles: true, composed: true });
  }
}

/** Fired by `<impact-menu-button>` when its menu opens (by pointer or keyboard). */
export class MenuOpenEvent extends Event {
  constructor() {
    super('impact-menu-open', { bubbles: true, composed: true });
  }
}

/**
 * @summary A WAI-ARIA menu button: a button that opens a menu of actions.
 * @tag impact-menu-button
 *
 * Enter, Space or ArrowDown open the menu on its first item, ArrowUp on its last; arrows, Home
 * and End move; Enter or Space choose; Escape closes and returns focus to the button; Tab
 * closes. Button and menu live in one shadow tree so `aria-controls` resolves.
 *
 * @attr {string} label - The button's accessible name (and its text unless `icon-only`).
 * @attr {boolean} icon-only - Show only the icon; the label becomes the button's `aria-label`.
 * @attr {'start' | 'end'} align - Which edge of the button the menu lines up with.
 * @attr {boolean} on-dark - The button sits on a dark bar: a light hover background.
 * @fires {MenuOpenEvent} impact-menu-open - The menu opened.
 * @fires {MenuSelectEvent} impact-menu-select - An item was chosen; `event.detail.id` names it.
 * @csspart button - The button that opens the menu.
 * @csspart menu - The menu (`role="menu"`).
 * @csspart item - Each menu item.
 * @cssprop [--impact-color-accent=#1a56db] - Focus ring.
 * @cssprop [--impact-color-accent-surface=#e8f0fe] - Background of the item under the pointer or focus.
 * @cssprop [--impact-color-surface=#fff] - The menu's background.
 * @cssprop [--impact-color-text=#1d2433] - The menu's text.
 * @cssprop [--impact-color-border=#c9ced8] - The menu's border.
 * @cssprop [--impact-radius-medium=6px] - The button's corners.
 * @cssprop [--impact-radius-large=8px] - The menu's corners.
 */
export class ImpactMenuButton extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    label: {},
    items: { attribute: false },
    icon: { attribute: false },
    iconOnly: { type: Boolean, attribute: 'icon-only' },
    align: {},
    open: { state: true },
  };

  declare label: string;
  declare items: MenuItem[];
  declare icon: TemplateResult | null;
  declare iconOnly: boolean;
  declare align: 'start' | 'end';
  declare open: boolean;

  constructor() {
    super();
    this.label = '';
    this.items = [];
    this.icon = null;
    this.iconOnly = false;
    this.align = 'end';
    this.open = false;
  }

  private readonly onDocumentPointer = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.close(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointer);
  }

  private get menuItems(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button');
  }

  private async show(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    this.dispatchEvent(new MenuOpenEvent());
    await this.updateComplete;
    const items = this.menuItems;
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  /** Closes the menu and, unless told otherwise, puts focus back on the button. */
  close(returnFocus = true): void {
    this.open = false;
    if (returnFocus) this.button?.focus();
  }

  private onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      void this.show('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show('last');
    }
  }

  /** Enter and Space reach here as the button's own click, as do screen readers' activations. */
  private onButtonClick(): void {
    if (this.open) this.close();
    else void this.show('first');
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.menuItems;
    const focused = this.renderRoot.querySelector<HTMLElement>(':focus');
    const index = focused ? items.indexOf(focused) : -1;
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        this.close();
        break;
      case 'Tab':
        this.close(false);
        return;
      case 'Enter':
      case ' ':
        items[index]?.click();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private choose(item: MenuItem): void {
    this.close();
    this.dispatchEvent(new MenuSelectEvent(item.id));
  }

  override render() {
    return html`
      <button
        type="button"
        id="button"
        part="button"
        class=${this.iconOnly ? 'icon-only' : ''}
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${this.iconOnly ? this.label : nothing}
        @keydown=${this.onButtonKeydown}
        @click=${this.onButtonClick}
      >
        ${this.icon}${this.iconOnly ? nothing : html`<span>${this.label}</span>`}
      </button>
      <ul
        id="menu"
        part="menu"
        role="menu"
        aria-labelledby="button"
        class="align-${this.align}"
        ?hidden=${!this.open}
        @keydown=${this.onMenuKeydown}
      >
        ${this.items.map(
          (item) =>
            html`<li role="menuitem" part="item" tabindex="-1" @click=${() => this.choose(item)}>${item.label}</li>`,
        )}
      </ul>
    `;
  }

  static override styles = [tokens, focusRing, menuButtonStyles];
}

customElements.define('impact-menu-button', ImpactMenuButton);

declare global {
  interface HTMLElementTagNameMap {
    'impact-menu-button': ImpactMenuButton;
  }
  interface HTMLElementEventMap {
    'impact-menu-select': MenuSelectEvent;
    'impact-menu-open': MenuOpenEvent;
  }
}
