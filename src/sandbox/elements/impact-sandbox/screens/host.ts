/**
 * What a screen of `<impact-sandbox>` reads and does. The screens are plain render functions
 * into the element's one shadow root (tab ↔ panel, `aria-describedby` and dialog labels are id
 * references, which resolve only within one tree), given this interface (built by the element
 * over its navigation and its SandboxChanges controller), not the element.
 */
import type { GuideAction } from '../../../../contract/guided.ts';
import type { AccessLevel, ApiVersion } from '../../../../contract/index.ts';
import type { SandboxMessages } from '../../../../i18n/sandbox.ts';

export type Screen = 'home' | 'settings' | 'api' | 'token';
export type Tab = 'overview' | 'credentials';
export type PendingAction =
  { kind: 'reset'; level: AccessLevel } | { kind: 'upgrade'; from: ApiVersion; to: ApiVersion };

/** The controls a guide step can point at with the `highlight` attribute. */
export const HIGHLIGHTS = [
  'user-profile',
  'settings',
  'api',
  'enable-legacy-tokens',
  'token-card',
  'more',
  'overview',
  'api-credentials',
  'api-version',
] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];

/** The change side (changes.ts): the sandbox changes a screen starts and their dialogs. */
export interface SandboxChangesView {
  /** A change is on its way to the backend: controls that would start another wait. */
  readonly busy: boolean;
  readonly pending: PendingAction | null;
  /** The newer version chosen in the drop-down, not yet confirmed. */
  versionChoice: number | null;
  /** Revealed token *values*: a token that changes (a reset anywhere) starts masked again. */
  readonly revealed: ReadonlySet<string>;
  readonly copyMessage: string;
  levelLabel(level: AccessLevel): string;
  enable(): Promise<void>;
  openDialog(action: PendingAction, invoker: HTMLElement | null): void;
  askUpgrade(invoker: HTMLElement | null): void;
  toggleReveal(token: string): void;
  copy(text: string, what: string): Promise<void>;
  closeDialog(): void;
  confirmPending(): Promise<void>;
  onDialogClose(): void;
}

/** All a screen reads and calls: the element hands the screens this, never itself. */
export interface SandboxScreenHost extends SandboxChangesView {
  readonly sandboxLabels: SandboxMessages;
  /** The `locale` attribute as given; the screens resolve it for dates. */
  readonly locale: string;
  readonly tab: Tab;
  /** `highlighted` for the control marked "here" now, '' for the others. */
  mark(id: Highlight): string;
  /** Reports an action the reader did (an `impact-sandbox-action` event). */
  report(action: GuideAction): void;
  go(screen: Screen, tab?: Tab): void;
  selectTab(tab: Tab, focus: boolean): void;
}

/** The parts of the inner menu buttons, re-exported under the sandbox's own part names. */
export const MENU_BUTTON_PARTS = 'button: menu-button, menu: menu, item: menu-item';
