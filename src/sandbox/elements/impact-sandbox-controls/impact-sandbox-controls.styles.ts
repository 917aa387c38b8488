import { css } from 'lit';

export const sandboxControlsStyles = css`
  .status {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.8em;
    font-size: 0.9em;
    margin: 0 0 0.6em;
  }
  .status dt {
    font-weight: 600;
  }
  .status dd {
    margin: 0;
  }
  /* Keeps the tools' room while their chunk loads, so what is below does not jump. */
  .tools-pending {
    min-height: 12.4em;
  }
  .tools {
    display: grid;
    gap: var(--_space-small);
    margin-top: var(--_space-medium);
    padding-top: var(--_space-medium);
    border-top: 1px solid var(--_color-border-subtle);
  }
  .tool > label,
  .share-link {
    display: block;
    font-size: 0.9em;
    font-weight: 600;
  }
  .tool-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    align-items: center;
    margin-top: 0.2em;
  }
  .tool-row select {
    flex: 1 1 12em;
    min-width: 0;
  }
  .tool .note {
    margin: 0.3em 0 0;
  }
  .share-link {
    margin-top: var(--_space-small);
  }
  .share-link input {
    display: block;
    width: 100%;
    margin-top: 0.2em;
    font-family: var(--_font-mono);
    font-size: 0.85em;
  }
`;
