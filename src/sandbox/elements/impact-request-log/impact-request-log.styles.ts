import { css } from 'lit';

export const requestLogStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    align-items: end;
  }
  .toolbar label {
    display: grid;
    gap: 0.15em;
    font-size: 0.9em;
    font-weight: 600;
    flex: 1 1 9em;
    min-width: 0;
  }
  .toolbar select {
    width: 100%;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
  }
  .count,
  .empty {
    margin: var(--_space-small) 0;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 26em;
    overflow: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  /* The "3 new — show" line floats over the list's top, so showing it moves no row. */
  .entries-box {
    position: relative;
  }
  .held {
    position: absolute;
    top: 0.4em;
    left: 50%;
    transform: translateX(-50%);
    z-index: 1;
    font-size: 0.88em;
    box-shadow: 0 4px 12px rgb(15 23 42 / 0.2);
  }
  .entry {
    display: flex;
    gap: var(--_space-small);
    padding: 0.45em var(--_space-medium);
    border-bottom: 1px solid var(--_color-border-subtle);
    font-size: 0.9em;
  }
  .entry:last-child {
    border-bottom: none;
  }
  .entry.action {
    background: var(--_color-surface-muted);
    padding-left: calc(var(--_space-medium) + 24px + var(--_space-small));
  }
  .entry.request:has(input:checked) {
    background: var(--_color-accent-surface);
  }
  .compare {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 24px;
    min-height: 24px;
    flex: none;
  }
  .details {
    display: grid;
    gap: 0.1em;
    min-width: 0;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.5em;
  }
  time,
  .client,
  .token {
    color: var(--_color-text-muted);
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .token {
    font-family: var(--_font-mono);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .action-text {
    font-weight: 600;
  }
  .status {
    display: inline-block;
    font-weight: 700;
    padding: 0 0.4em;
    border-radius: var(--_radius-small);
  }
  .status-2 {
    background: var(--_color-success-surface);
    color: var(--_color-success-text);
  }
  .status-4,
  .status-5 {
    background: var(--_color-danger-surface);
    color: var(--_color-danger-text);
  }
  .comparison {
    margin: var(--_space-small) 0;
    padding: var(--_space-small) var(--_space-medium);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-surface-muted);
  }
  .comparison-title {
    margin: 0 0 var(--_space-small);
  }
  /* A column too narrow for a word scrolls sideways rather than cut the word ("authorizatio n"). */
  .sides-scroll {
    overflow-x: auto;
  }
  .sides {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .sides th,
  .sides td {
    text-align: left;
    vertical-align: top;
    padding: 0.25em 0.4em;
    border-top: 1px solid var(--_color-border-subtle);
    overflow-wrap: normal;
  }
  .sides .mask {
    white-space: nowrap;
  }
  .sides thead th {
    border-top: none;
  }
  .sides th[scope='row'] {
    width: 4.5em;
    font-weight: 600;
  }
`;
