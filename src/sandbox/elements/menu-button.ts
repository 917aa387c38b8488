/**
 * WAI-ARIA menu button: Enter, Space or ArrowDown open the menu on its first item, ArrowUp on
 * its last; arrows, Home and End move; Escape closes and returns focus to the button; Tab
 * closes. Button and menu live in one shadow tree so aria-controls resolves.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { focusRing } from './styles.ts';

export interface MenuItem {
  id: string;
  label: string;
}

export class SandboxMenuButton extends LitElement {
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
    await this.updateComplete;
    const items = this.menuItems;
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

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
    const index = items.indexOf(this.renderRoot.querySelector(':focus') as HTMLElement);
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
    this.dispatchEvent(new CustomEvent('menu-select', { detail: { id: item.id }, bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <button
        type="button"
        id="button"
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
        role="menu"
        aria-labelledby="button"
        class="align-${this.align}"
        ?hidden=${!this.open}
        @keydown=${this.onMenuKeydown}
      >
        ${this.items.map(
          (item) => html`<li role="menuitem" tabindex="-1" @click=${() => this.choose(item)}>${item.label}</li>`,
        )}
      </ul>
    `;
  }

  static override styles = [
    focusRing,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.35em;
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid transparent;
        border-radius: 6px;
        padding: 0.35em 0.5em;
        cursor: pointer;
      }
      button:hover,
      button[aria-expanded='true'] {
        background: rgb(0 0 0 / 0.08);
      }
      :host([on-dark]) button:hover,
      :host([on-dark]) button[aria-expanded='true'] {
        background: rgb(255 255 255 / 0.15);
      }
      ul {
        position: absolute;
        top: calc(100% + 4px);
        z-index: 20;
        min-width: 11em;
        margin: 0;
        padding: 4px 0;
        list-style: none;
        background: #fff;
        color: #1d2433;
        border: 1px solid #c9ced8;
        border-radius: 8px;
        box-shadow: 0 8px 24px rgb(15 23 42 / 0.18);
      }
      ul[hidden] {
        display: none;
      }
      .align-end {
        right: 0;
      }
      .align-start {
        left: 0;
      }
      li {
        padding: 0.55em 1em;
        cursor: pointer;
        white-space: nowrap;
      }
      li:hover,
      li:focus {
        background: #e8f0fe;
        outline: none;
      }
      li:focus-visible {
        outline: 2px solid #1a56db;
        outline-offset: -2px;
      }
    `,
  ];
}

customElements.define('sbx-menu-button', SandboxMenuButton);

declare global {
  interface HTMLElementTagNameMap {
    'sbx-menu-button': SandboxMenuButton;
  }
}
