/**
 * The widgets' labels at run time. Each locale's tables are ordinary modules
 * (src/i18n/<locale>/widgets.ts), loaded with a dynamic import, so a page loads only its own
 * language. A widget renders once its locale's tables are here. The page's store keeps them
 * (src/sandbox/client-store.ts). A widget reads a table as `sandboxLabels`, `guidedLabels`,
 * `supportLabels`, `consoleLabels` or `panelLabels`; render code that aliases one uses the same
 * letter everywhere: t sandbox, g guided, s support, c console, p panels.
 */
import { localeRecord, type Locale, type TranslatedLocale } from '../contract/locale.ts';
import { pseudoTable } from '../i18n/pseudo.ts';
import type { GuidedMessages } from '../i18n/guided.ts';
import type { SandboxMessages } from '../i18n/sandbox.ts';
import type { ConsoleMessages } from '../i18n/support-console.ts';
import type { PanelMessages } from '../i18n/support-panels.ts';
import type { SupportMessages } from '../i18n/support.ts';

export interface WidgetMessages {
  sandbox: SandboxMessages;
  guided: GuidedMessages;
  support: SupportMessages;
  console: ConsoleMessages;
  panels: PanelMessages;
}

// One chunk per locale: a locale missing here is a type error.
const LOADERS: Record<TranslatedLocale, () => Promise<WidgetMessages>> = {
  zh: () => import('../i18n/zh/widgets.ts'),
  en: () => import('../i18n/en/widgets.ts'),
};

function importTables(locale: Locale): Promise<WidgetMessages> {
  const { pseudoOf } = localeRecord(locale);
  // The pseudo-locale (test builds only) is made from its source locale's tables. The variable is
  // a constant here (astro.config.mjs), so other builds drop this branch and src/i18n/pseudo.ts.
  if (import.meta.env.PUBLIC_PSEUDO_LOCALE === '1' && pseudoOf)
    return LOADERS[pseudoOf as TranslatedLocale]().then((tables) => pseudoTable({ ...tables }));
  return LOADERS[locale as TranslatedLocale]();
}

/** The labels of each locale the page uses: loaded once (a failed load may be tried again), then at hand. */
export class WidgetLabels {
  private readonly loaded = new Map<Locale, WidgetMessages>();
  private readonly loading = new Map<Locale, Promise<WidgetMessages>>();

  /** The locale's tables, if they have arrived. */
  get(locale: Locale): WidgetMessages | undefined {
    return this.loaded.get(locale);
  }

  load(locale: Locale): Promise<WidgetMessages> {
    let pending = this.loading.get(locale);
    if (!pending) {
      pending = importTables(locale).then(
        ({ sandbox, guided, support, console, panels }) => {
          const messages = { sandbox, guided, support, console, panels };
          this.loaded.set(locale, messages);
          return messages;
        },
        (error: unknown) => {
          this.loading.delete(locale);
          throw error;
        },
      );
      this.loading.set(locale, pending);
    }
    return pending;
  }

  /** Tables already at hand (element tests import them whole). */
  provide(locale: Locale, messages: WidgetMessages): void {
    this.loaded.set(locale, messages);
    this.loading.set(locale, Promise.resolve(messages));
  }
}
