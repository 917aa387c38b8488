/**
 * The "here" mark on the control a guide step points at: a tinted background and a dot at its
 * corner. Deliberately no outline and no box-shadow ring, so it never passes for the focus ring
 * (which "Show me" puts on the same control).
 */
import { css } from 'lit';

export const highlightStyles = css`
  .highlighted {
    position: relative;
    border-radius: var(--_radius-medium);
    background-color: var(--_color-highlight-surface);
  }
  /* A primary button takes the tint too, with its text in the accent (white would not read on it). */
  .btn.highlighted:not(:disabled) {
    color: var(--_color-accent);
  }
  .linkish.highlighted,
  [role='tab'].highlighted {
    padding-inline: 0.4em;
  }
  .field.highlighted {
    padding: var(--_space-small);
  }
  /* The icon of the user profile menu is white on the dark bar: dark on the tint. */
  impact-menu-button.highlighted::part(button) {
    color: var(--_color-text);
  }
  .highlighted::after {
    content: '';
    position: absolute;
    top: -0.3em;
    right: -0.3em;
    width: 0.8em;
    height: 0.8em;
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_color-highlight);
    border: 2px solid var(--_color-surface);
    pointer-events: none;
    animation: beacon 1.4s ease-in-out 3;
    /* Held until the reader can see it (in-view.ts). */
    animation-play-state: paused;
  }
  :host([data-in-view]) .highlighted::after {
    animation-play-state: running;
  }
  @keyframes beacon {
    50% {
      transform: scale(1.4);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .highlighted::after {
      animation: none;
    }
  }
`;
