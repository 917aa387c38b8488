/**
 * The widgets' design tokens. A host page themes them by setting the public custom properties
 * (`--impact-<name>`) on any ancestor, `:root` included; unset, each falls back to its default
 * here. Inside a shadow root the styles read the private copy (`--_<name>`), so every default
 * is spelled once. The defaults keep WCAG AA contrast: text and muted text on the surfaces,
 * white on the accent, danger and brand colours, the status texts on their backgrounds.
 */
import { unsafeCSS } from 'lit';

const TOKEN_DEFAULTS = {
  'color-accent': '#1a56db',
  'color-on-accent': '#fff',
  'color-accent-surface': '#e8f0fe',
  'color-text': '#1d2433',
  'color-text-muted': '#4b5565',
  'color-surface': '#fff',
  'color-surface-muted': '#f6f8fa',
  'color-border': '#c9ced8',
  'color-border-subtle': '#eef0f4',
  'color-danger': '#b42318',
  'color-danger-surface': '#fef3f2',
  'color-danger-text': '#912018',
  'color-success': '#0e7c3a',
  'color-success-surface': '#ecfdf3',
  'color-success-text': '#05603a',
  'color-highlight': '#d97706',
  'color-highlight-surface': '#fef3c7',
  'color-brand': '#14213d',
  'color-on-brand': '#fff',
  'color-badge': '#fcd34d',
  'font-sans': "system-ui, -apple-system, 'Segoe UI', 'Noto Sans SC', 'PingFang SC', sans-serif",
  'font-mono': "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  'radius-small': '4px',
  'radius-medium': '6px',
  'radius-large': '8px',
  'radius-x-large': '10px',
  'space-x-small': '0.25em',
  'space-small': '0.5em',
  'space-medium': '0.75em',
  'space-large': '1em',
} as const;

// Built from the constants above (never from input), so unsafeCSS is safe here.
export const tokens = unsafeCSS(
  `:host{${Object.entries(TOKEN_DEFAULTS)
    .map(([name, value]) => `--_${name}:var(--impact-${name},${value})`)
    .join(';')}}`,
);
