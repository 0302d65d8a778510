// webpack for the task pane (the Office template's layout: entries taskpane + commands into dist/)
// and, with `--env preview`, the browser preview into dist/preview (the pane plus ExcelJS, no Office).
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { WebpackError } = require('webpack');

const ROOT = __dirname;
const PANE_BUDGET = 1.5 * 1024 * 1024; // task pane JavaScript, minified, before gzip
const DEV_CERTS = path.join(os.homedir(), '.office-addin-dev-certs');

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    // Type-checking is `tsc --noEmit`; tsconfig.json targets Node (commonjs), the bundle wants ES modules.
    options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true } },
  },
};

// chinese-days ships ES modules as .js inside a package marked "type": "commonjs"; read them as ESM.
const chineseDaysRule = { test: /[\\/]chinese-days[\\/]dist[\\/]index\.es\.js$/, type: 'javascript/esm' };

const resolve = {
  extensions: ['.ts', '.tsx', '.js'],
  // seedrandom probes require('crypto') inside a try; the browser has Web Crypto instead.
  fallback: { crypto: false },
};

/** Fails the production build if ExcelJS slips into the task pane (it belongs to the preview only). */
class NoExcelJsInPane {
  apply(compiler) {
    compiler.hooks.compilation.tap('NoExcelJsInPane', (compilation) => {
      compilation.hooks.afterOptimizeChunkModules.tap('NoExcelJsInPane', (chunks) => {
        for (const chunk of chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource || module.rootModule?.resource || '';
            if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(resource)) {
              compilation.errors.push(new WebpackError(`ExcelJS must not be in the task pane bundle (chunk ${chunk.name}): ${resource}`));
              return;
            }
          }
        }
      });
    });
  }
}

/** Prints the JavaScript sizes and compares the task pane against its budget. */
class BundleSizeReport {
  constructor(title, production, budgetChunk) {
    this.title = title;
    this.production = production;
    this.budgetChunk = budgetChunk;
  }

  apply(compiler) {
    compiler.hooks.done.tap('BundleSizeReport', (stats) => {
      if (stats.hasErrors()) return;
      const assets = stats.toJson({ all: false, assets: true }).assets.filter((asset) => asset.name.endsWith('.js'));
      const outputPath = stats.compilation.outputOptions.path;
      const output = compiler.outputFileSystem; // memory under webpack serve, disk otherwise
      const gzipped = (name) => zlib.gzipSync(output.readFileSync(path.join(outputPath, name))).length;
      const kib = (bytes) => `${(bytes / 1024).toFixed(1).padStart(9)} KiB`;
      const lines = assets.map((asset) => `  ${asset.name.padEnd(20)} ${kib(asset.size)}   (gzip ${kib(gzipped(asset.name)).trim()})`);
      const kind = this.production ? 'minified, before gzip' : 'development build, not minified';
      console.log(`\n${this.title} (${kind}):\n${lines.join('\n')}`);
      if (this.budgetChunk && this.production) {
        const pane = assets.filter((asset) => asset.chunkNames?.includes(this.budgetChunk)).reduce((sum, a) => sum + a.size, 0);
        const verdict = pane <= PANE_BUDGET ? 'within' : 'OVER';
        console.log(`  ${this.budgetChunk} total ${(pane / 1024).toFixed(1)} KiB: ${verdict} the 1.5 MiB budget; ExcelJS absent (checked)\n`);
      }
    });
  }
}

function devServerOptions(port) {
  const certs = ['localhost.crt', 'localhost.key', 'ca.crt'].map((name) => path.join(DEV_CERTS, name));
  const haveCerts = certs.every((file) => fs.existsSync(file));
  // Excel needs https; without office-addin-dev-certs (they need admin rights) serve plain http on localhost.
  const server = haveCerts
    ? { type: 'https', options: { cert: certs[0], key: certs[1], ca: certs[2] } }
    : { type: 'http' };
  return { port, server, headers: { 'Access-Control-Allow-Origin': '*' }, static: false, hot: false };
}

function paneConfig(production) {
  return {
    name: 'taskpane',
    devtool: production ? false : 'source-map',
    // pane-worker: the use cases off the page's thread (src/taskpane/worker), started by host.ts.
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts', 'pane-worker': './src/taskpane/worker/pane-worker.ts' },
    output: { path: path.join(ROOT, 'dist'), filename: '[name].js', clean: { keep: /^(node|preview)/ } },
    resolve,
    module: { rules: [typescriptRule, chineseDaysRule] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
      new NoExcelJsInPane(),
      new BundleSizeReport('Task pane bundles', production, 'taskpane'),
    ],
    performance: { hints: production ? 'warning' : false, maxAssetSize: PANE_BUDGET, maxEntrypointSize: PANE_BUDGET },
    devServer: devServerOptions(Number(process.env.PORT || 3000)),
  };
}

function previewConfig(production) {
  const exceljsBrowser = path.join(ROOT, 'node_modules/exceljs/dist/exceljs.min.js');
  return {
    name: 'preview',
    devtool: production ? false : 'source-map',
    // preview-worker: holds the workbook (ExcelJS) and runs the pane's use cases on it.
    entry: { preview: './src/preview/index.tsx', 'preview-worker': './src/preview/preview-worker.ts' },
    output: { path: path.join(ROOT, 'dist/preview'), filename: '[name].js', clean: true },
    // ExcelJS's own browser bundle: no Node polyfills needed, and webpack need not parse it.
    resolve: { ...resolve, alias: { exceljs$: exceljsBrowser } },
    module: { rules: [typescriptRule, chineseDaysRule], noParse: [exceljsBrowser] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
      new BundleSizeReport('Preview bundle', production),
    ],
    performance: { hints: false },
    devServer: devServerOptions(Number(process.env.PORT || 3000)),
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return env.preview ? previewConfig(production) : paneConfig(production);
};
