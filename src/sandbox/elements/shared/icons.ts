import { html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ICON_SHAPES } from '../../../icons.ts';

// The shapes are this project's own constants, never user input, so unsafeSVG is safe here.
const icon = (shape: keyof typeof ICON_SHAPES, size: number) =>
  html`<svg viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false">${unsafeSVG(ICON_SHAPES[shape])}</svg>`;

export const personIcon = icon('person', 20);
export const kebabIcon = icon('kebab', 20);
export const eyeIcon = icon('eye', 16);
export const copyIcon = icon('copy', 16);
