// Running the TypeScript sources in a child Node process (a save to kill, ExcelJS without the
// Node-only patches): a script prefix that transpiles each .ts file as it is required, as ts-jest
// does for the tests.
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

export const REQUIRE_TS = `
  const ts = require('typescript');
  require.extensions['.ts'] = (module, name) => module._compile(ts.transpileModule(require('fs').readFileSync(name, 'utf8'), {
    fileName: name, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText, name);
`;

/** The path of a source module, for require() in a child script. */
export const source = (relative: string): string => JSON.stringify(path.join(ROOT, 'src', relative));
