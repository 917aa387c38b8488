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
  /* "Reset sandbox" joins the strip only where the console (and its own) is below the article. */
  .reset {
    display: none;
    margin-left: auto;
    padding: 0.2em 0.7em;
  }
  @media (max-width: 1000px) {
    .reset {
      display: inline-flex;
    }
  }
  /* A phone: one line (the bar is still labelled "Your progress" for screen readers). */
  @media (max-width: 600px) {
    .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
`;
