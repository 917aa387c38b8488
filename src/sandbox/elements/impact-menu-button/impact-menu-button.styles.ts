import { css } from 'lit';

export const menuButtonStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--_radius-medium);
    padding: 0.35em 0.5em;
    cursor: pointer;
  }
  button:hover,
  button[aria-expanded='true'] {
    background: rgb(0 0 0 / 0.08);
  }
  :host([on-dark]) button:hover,
  :host([on-dark]) button[aria-expanded='true'] {
    background: rgb(255 255 255 / 0.15);
  }
  ul {
    position: absolute;
    top: calc(100% + 4px);
    z-index: 20;
    min-width: 11em;
    margin: 0;
    padding: 4px 0;
    list-style: none;
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    box-shadow: 0 8px 24px rgb(15 23 42 / 0.18);
  }
  ul[hidden] {
    display: none;
  }
  .align-end {
    right: 0;
  }
  .align-start {
    left: 0;
  }
  li {
    padding: 0.55em 1em;
    cursor: pointer;
    white-space: nowrap;
  }
  li:hover,
  li:focus {
    background: var(--_color-accent-surface);
    outline: none;
  }
  li:focus-visible {
    outline: 2px solid var(--_color-accent);
    outline-offset: -2px;
  }
  /* A touch screen: the button and each item at least 44×44 px (see shared/touch-targets.styles.ts). */
  @media (pointer: coarse) {
    button {
      box-sizing: border-box;
      min-height: 44px;
      min-width: 44px;
      justify-content: center;
    }
    li {
      box-sizing: border-box;
      min-height: 44px;
      display: flex;
      align-items: center;
    }
  }
`;
