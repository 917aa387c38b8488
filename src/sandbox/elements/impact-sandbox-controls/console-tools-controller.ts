/**
 * The console's support tools as a controller the console attaches once this chunk has loaded
 * (src/sandbox/support/load-console-tools.ts loads it when the console comes near the viewport, or
 * at once when the address asks for a scenario or a shared sandbox): the scenario picker,
 * "copy share link", and the dialog that confirms loading either.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isScenarioName,
  MAX_SHARE_LINK_CHARS,
  resolveLocale,
  type SandboxView,
  type ScenarioName,
} from '../../../contract/index.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import type { ConsoleMessages } from '../../../i18n/support-console.ts';
import type { SandboxStore } from '../../client-store.ts';
import { Offers } from '../../support/offers.ts';
import { isUntouched } from '../../support/untouched.ts';
import { encodeShared, shareUrl } from '../../support/share-link.ts';
import { noticeText, renderOfferDialog, renderSupportTools, type SupportToolsHost } from './support-tools.ts';

export { Offers };

/** What the tools need from the console element. */
export interface ConsoleHost extends ReactiveControllerHost {
  readonly locale: string;
  readonly sandboxLabels: SandboxMessages;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Only the page's first console answers the address and draws the confirm dialog. */
  readonly presentsOffers: boolean;
  say(message: string, isError?: boolean): void;
  focusIfLost(selector: string): void;
}

export class ConsoleTools implements ReactiveController, SupportToolsHost {
  scenarioChoice: ScenarioName = 'enabled';
  /** The scenario load the picker last followed (each load makes a new Account SID). */
  private followed = '';
  shareLink = '';
  busy = false;
  private readonly host: ConsoleHost;
  private readonly store: SandboxStore;
  private readonly offers: Offers;
  private unsubscribe: (() => void) | null = null;

  constructor(host: ConsoleHost, store: SandboxStore, offers: Offers) {
    this.host = host;
    this.store = store;
    this.offers = offers;
    host.addController(this);
  }

  /** The tools' labels in the console's language (from the page's label chunk, src/sandbox/messages.ts). */
  get consoleLabels(): ConsoleMessages {
    return this.store.labels.get(resolveLocale(this.host.locale))!.console;
  }

  hostConnected(): void {
    this.unsubscribe = this.offers.subscribe(this.showNotice);
    if (this.offers.unseen) this.showNotice();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The confirm dialog is open exactly while there is an offer, in the presenting console. */
  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.offer');
    if (!dialog) return;
    const wanted = this.host.presentsOffers && this.offers.offer !== null;
    if (wanted && !dialog.open) dialog.showModal();
    else if (!wanted && dialog.open) dialog.close();
  }

  /**
   * The picker shows the scenario the sandbox was last loaded from, while nothing has changed it
   * since (the view says so, from the saved state): after a reload, in another tab, or when
   * another tab loads one. Each load moves it once; the reader's own pick stays until the next.
   */
  follow(view: SandboxView): void {
    if (!view.scenario) return;
    const load = `${view.account.sid} ${view.scenario}`;
    if (load === this.followed) return;
    this.followed = load;
    this.scenarioChoice = view.scenario;
  }

  private readonly showNotice = () => {
    if (!this.host.presentsOffers) return;
    const notice = this.offers.notice;
    this.offers.unseen = false;
    // The picker and its description show the scenario just loaded (from the address too), not the one before.
    if (notice?.kind === 'scenario-loaded') this.scenarioChoice = notice.scenario;
    if (notice)
      this.host.say(
        noticeText(this.consoleLabels, notice),
        notice.kind === 'unknown-scenario' || notice.kind === 'bad-share-link' || notice.kind === 'failed',
      );
    this.host.requestUpdate();
  };

  private async busyWith(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      await work();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  chooseScenario = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isScenarioName(value)) this.scenarioChoice = value;
    this.host.requestUpdate();
  };

  loadScenario = (): Promise<void> => this.busyWith(() => this.offers.offerScenario(this.scenarioChoice));

  acceptOffer = async (): Promise<void> => {
    await this.busyWith(() => this.offers.accept());
    this.host.focusIfLost('#scenario');
  };

  declineOffer = (): void => {
    this.offers.decline();
    this.host.focusIfLost('#scenario');
  };

  /**
   * The link for this page with the sandbox in its fragment. A long log makes a long link: then
   * it carries fewer of the newest log entries (the backend's default is its most), none at worst.
   */
  private async buildShareLink(): Promise<string> {
    const page = `${location.origin}${location.pathname}`;
    let link = shareUrl(page, await encodeShared(await this.store.readShared()));
    for (const logEntries of [15, 5, 0]) {
      if (link.length <= MAX_SHARE_LINK_CHARS) break;
      link = shareUrl(page, await encodeShared(await this.store.readShared(logEntries)));
    }
    return link;
  }

  copyShareLink = (): Promise<void> =>
    this.busyWith(async () => {
      const c = this.consoleLabels;
      try {
        const link = await this.buildShareLink();
        if (link.length > MAX_SHARE_LINK_CHARS) {
          this.shareLink = '';
          return this.host.say(c.shareTooLong(link.length, MAX_SHARE_LINK_CHARS), true);
        }
        this.shareLink = link;
        try {
          await navigator.clipboard.writeText(link);
          this.host.say(c.shareCopied(link.length));
        } catch {
          this.host.say(c.shareCopyFailed, true);
        }
      } catch (error) {
        this.host.say(
          `${this.host.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`,
          true,
        );
      }
    });

  render() {
    return renderSupportTools(this);
  }

  renderDialog(view: SandboxView) {
    return renderOfferDialog(this, this.offers.offer, isUntouched(view));
  }
}
