/**
 * The icons' shapes, drawn once: the source page's two images (a person for [用户资料], a
 * vertical kebab for 【更多】) and the widgets' eye and copy icons. Used by Icon.astro (the page)
 * and src/sandbox/elements/shared/icons.ts (the widgets), so the page shows what the widget shows.
 */
export const ICON_SHAPES = {
  person:
    '<circle cx="12" cy="8" r="4" fill="currentColor"/><path d="M4 20c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="currentColor"/>',
  kebab:
    '<circle cx="12" cy="5" r="2" fill="currentColor"/><circle cx="12" cy="12" r="2" fill="currentColor"/><circle cx="12" cy="19" r="2" fill="currentColor"/>',
  eye: '<path d="M12 5C6.5 5 2.7 9.2 1.5 12c1.2 2.8 5 7 10.5 7s9.3-4.2 10.5-7C21.3 9.2 17.5 5 12 5zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8z" fill="currentColor"/>',
  copy: '<path d="M8 3h10a2 2 0 0 1 2 2v12h-2V5H8zM4 7h10a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2zm0 2v11h10V9z" fill="currentColor"/>',
} as const;
