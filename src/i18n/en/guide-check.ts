/** GUIDE_EMPHASIS_NOT_UI's en words (../guide-check.ts). */
const en: ReadonlySet<string> = new Set(['Note:', 'Menu reference']);

export default en;
