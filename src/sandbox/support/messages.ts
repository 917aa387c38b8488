/**
 * The support tools' string tables in the browser: only the locales in use are loaded, each its
 * own chunk, so a page carries its own language's strings and not the other's. app.ts loads the
 * page's locale before the first render; an element in another locale loads its own and redraws.
 */
import { resolveLocale, type Locale } from '../../contract/index.ts';
import type { PanelMessages } from '../../i18n/support-panels.ts';
import type { SupportMessages } from '../../i18n/support.ts';

export class LocaleTables<T> extends EventTarget {
  private readonly tables: Partial<Record<Locale, T>> = {};
  private readonly loading: Partial<Record<Locale, Promise<T>>> = {};
  private readonly loaders: Record<Locale, () => Promise<T>>;

  constructor(loaders: Record<Locale, () => Promise<T>>) {
    super();
    this.loaders = loaders;
  }

  load(locale: Locale): Promise<T> {
    return (this.loading[locale] ??= this.loaders[locale]().then((table) => {
      this.tables[locale] = table;
      this.dispatchEvent(new Event('change'));
      return table;
    }));
  }

  /** The table of an element's `locale` attribute, or null until it has loaded (asked for here). */
  get(value: string | null | undefined): T | null {
    const locale = resolveLocale(value);
    if (!this.tables[locale]) void this.load(locale);
    return this.tables[locale] ?? null;
  }
}

export const supportMessages = new LocaleTables<SupportMessages>({
  zh: () => import('../../i18n/support.zh.ts').then((module) => module.zh),
  en: () => import('../../i18n/support.en.ts').then((module) => module.en),
});

export const panelMessages = new LocaleTables<PanelMessages>({
  zh: () => import('../../i18n/support-panels.zh.ts').then((module) => module.zh),
  en: () => import('../../i18n/support-panels.en.ts').then((module) => module.en),
});

/** The page's language, from `<html lang>` (zh-CN → zh). */
export function pageLocale(): Locale {
  return resolveLocale(document.documentElement.lang.split('-')[0]);
}
