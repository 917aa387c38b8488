/**
 * On a touch screen (a coarse pointer) every control in the widgets is at least 44×44 px, the
 * platforms' own guidance (WCAG's 24 px is the floor everywhere); a mouse keeps the compact look.
 * A radio or a checkbox is pressed through the label that wraps it, so the label gets the size.
 */
import { css } from 'lit';

export const touchTargets = css`
  /* :host first, so these win over the widgets' own compact sizes whatever their order. */
  @media (pointer: coarse) {
    :host :is(button, select, summary, [role='tab'], input:not([type='radio'], [type='checkbox'], [type='hidden'])) {
      box-sizing: border-box;
      min-height: 44px;
      min-width: 44px;
    }
    :host summary {
      min-height: 0;
      padding-block: max(0px, (44px - 1lh) / 2);
    }
    :host .linkish {
      display: inline-flex;
      align-items: center;
    }
    :host label:has(> input[type='radio'], > input[type='checkbox']) {
      box-sizing: border-box;
      min-height: 44px;
      min-width: 44px;
    }
  }
`;
