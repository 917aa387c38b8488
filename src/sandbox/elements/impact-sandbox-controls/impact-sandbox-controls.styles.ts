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
`;
