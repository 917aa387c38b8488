import { byLocale } from '../contract/locale.ts';

/** Words a guide emphasises that are not controls of the app (a hint's lead, a section's name). */
export const GUIDE_EMPHASIS_NOT_UI = byLocale<ReadonlySet<string>>({
  zh: new Set(['注意：', '菜单参考']),
  en: new Set(['Note:', 'Menu reference']),
});
