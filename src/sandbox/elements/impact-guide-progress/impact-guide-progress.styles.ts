import { css } from 'lit';

export const guideProgressStyles = css`
  .strip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em var(--_space-small);
    padding: 0.4em 0.8em;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-x-large);
    font-size: 0.92em;
  }
  .label {
    font-weight: 600;
  }
  progress {
    flex: 1 1 3em;
    max-width: 14em;
    height: 0.6em;
    appearance: none;
    border: none;
    border-radius: 999px;
    background: var(--_color-border-subtle);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_color-border-subtle);
  }
  progress::-webkit-progress-value {
    background: var(--_color-accent);
  }
  progress::-moz-progress-bar {
    background: var(--_color-accent);
  }
  .count {
    color: var(--_color-text-muted);
  }
`;
