// custom-elements.json from the elements' JSDoc (@summary @slot @event @csspart @cssproperty).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/testing/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
