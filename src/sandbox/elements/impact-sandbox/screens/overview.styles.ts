import { css } from 'lit';

export const overviewStyles = css`
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em var(--_space-large);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  /* Nothing wider than the frame on a phone: the grid's column and the drop-down may shrink. */
  .field {
    margin-top: 0.8em;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-x-small);
    /* Wide enough for the longest version label ("12 (current · …)", short enough to fit a phone too) beside the arrow. */
    max-width: 28em;
  }
  .version-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    align-items: center;
  }
  .field label {
    font-weight: 600;
  }
  select {
    font: inherit;
    padding: 0.3em;
    max-width: 100%;
    min-width: 0;
  }
  @container (max-width: 420px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.4em;
    }
  }
`;
