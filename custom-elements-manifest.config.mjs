/**
 * @custom-elements-manifest/analyzer's configuration: the site's Lit elements. `astro build`
 * writes the manifest to dist/custom-elements.json (build/custom-elements-manifest.mjs).
 */
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from './src/contract/locale.ts';

/**
 * Lit's internal reactive state (`static properties = { open: { state: true } }`) is neither an
 * attribute nor API, but the analyzer's Lit support lists it as both: drop it.
 */
/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function litStateIsInternal() {
  return {
    name: 'lit-state-is-internal',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const className = node.name.text;
      const found = moduleDoc.declarations?.find((entry) => entry.name === className);
      if (!found || found.kind !== 'class') return;
      // A Lit element's declaration: the analyzer's custom-element fields on a class.
      const declaration =
        /** @type {import('custom-elements-manifest/schema').ClassDeclaration & import('custom-elements-manifest/schema').CustomElement} */ (
          found
        );
      const properties = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      const initializer = properties && ts.isPropertyDeclaration(properties) ? properties.initializer : undefined;
      if (!initializer || !ts.isObjectLiteralExpression(initializer)) return;
      /** @param {Parameters<typeof ts.isObjectLiteralExpression>[0]} options */
      const isState = (options) =>
        ts.isObjectLiteralExpression(options) &&
        options.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
      const states = new Set(
        initializer.properties.flatMap((property) =>
          ts.isPropertyAssignment(property) && isState(property.initializer) ? [property.name.getText()] : [],
        ),
      );
      declaration.attributes = declaration.attributes?.filter((attribute) => !states.has(attribute.fieldName ?? ''));
      declaration.members = declaration.members?.filter((member) => !states.has(member.name));
    },
  };
}

/**
 * An event dispatched as an instance of its own class (`new MenuSelectEvent(id)`) is found by the
 * analyzer without its name, which only the element's `@fires` tag gives: keep the named entry.
 */
/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function namedEventsOnly() {
  return {
    name: 'named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if ('events' in declaration && declaration.events)
            declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * Every element's `locale` attribute takes the site's locales, which the locale records declare
 * (src/contract/locale.ts): the manifest says which, and the default, from them, so no element's
 * JSDoc lists them.
 */
/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function localesFromRecords() {
  const type = { text: TRANSLATED_LOCALES.map((code) => JSON.stringify(code)).join(' | ') };
  return {
    name: 'locales-from-records',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (!('attributes' in declaration)) continue;
          for (const attribute of declaration.attributes ?? [])
            if (attribute.name === 'locale')
              Object.assign(attribute, { type, default: JSON.stringify(DEFAULT_LOCALE) });
        }
    },
  };
}

export default {
  globs: [
    'src/sandbox/elements/*/impact-*.ts',
    'src/sandbox/elements/shared/sandbox-widget.ts',
    'src/ask/elements/impact-ask/impact-ask.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [litStateIsInternal(), namedEventsOnly(), localesFromRecords()],
};
