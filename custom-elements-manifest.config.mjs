/**
 * @custom-elements-manifest/analyzer's configuration: the site's Lit elements. `astro build`
 * writes the manifest to dist/custom-elements.json (build/custom-elements-manifest.mjs).
 */

/**
 * Lit's internal reactive state (`static properties = { open: { state: true } }`) is neither an
 * attribute nor API, but the analyzer's Lit support lists it as both: drop it.
 */
function litStateIsInternal() {
  return {
    name: 'lit-state-is-internal',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((entry) => entry.name === node.name.text);
      const properties = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!declaration || !properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const isState = (options) =>
        ts.isObjectLiteralExpression(options) &&
        options.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
      const states = new Set(
        properties.initializer.properties
          .filter((property) => ts.isPropertyAssignment(property) && isState(property.initializer))
          .map((property) => property.name.getText()),
      );
      declaration.attributes = declaration.attributes?.filter((attribute) => !states.has(attribute.fieldName));
      declaration.members = declaration.members?.filter((member) => !states.has(member.name));
    },
  };
}

/**
 * An event dispatched as an instance of its own class (`new MenuSelectEvent(id)`) is found by the
 * analyzer without its name, which only the element's `@fires` tag gives: keep the named entry.
 */
function namedEventsOnly() {
  return {
    name: 'named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
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
  plugins: [litStateIsInternal(), namedEventsOnly()],
};
