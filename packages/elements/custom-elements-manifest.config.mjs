// custom-elements.json from the elements' JSDoc (@summary @tagname @slot @event @csspart @cssproperty).

/** Keeps the manifest to what partners use: named club-… events, and real tags only. */
function publicSurface() {
  return {
    name: 'clubkit-public-surface',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events)
            declaration.events = declaration.events.filter(
              (e) => typeof e.name === 'string' && e.name.startsWith('club-'),
            );
          // The shared base class is not a tag of its own.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/testing/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicSurface()],
};
