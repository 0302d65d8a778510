// manifest.xml: well-formed, an Excel (Workbook) add-in that may write, and everything it names is built.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnce, ROOT } from './browser/build-once';

type Xml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
// xml2js (a strict SAX-based parser, installed with office-addin-manifest) ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require('xml2js') as { parseStringPromise(xml: string, options: object): Promise<Xml> };

const manifestText = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
let app: Xml;
let dist: string;

beforeAll(async () => {
  app = (await parseStringPromise(manifestText, { strict: true })).OfficeApp;
  dist = buildOnce('pane');
}, 300_000);

/** Every https://localhost:3000/… the manifest names, wherever it stands. */
function localUrls(): string[] {
  return [...new Set(manifestText.match(/https:\/\/localhost:3000\/[^"<\s]*/g) ?? [])];
}

describe('manifest.xml', () => {
  test('is well-formed XML (a strict parser accepts it and rejects a broken copy)', async () => {
    expect(app).toBeDefined();
    await expect(parseStringPromise(manifestText.replace('</Hosts>', ''), { strict: true })).rejects.toThrow();
  });

  test('is a task-pane add-in for Excel workbooks that may read and write the document', () => {
    expect(app.$['xsi:type']).toBe('TaskPaneApp');
    expect(app.Hosts[0].Host.map((host: Xml) => host.$.Name)).toEqual(['Workbook']);
    expect(app.Permissions[0]).toBe('ReadWriteDocument');
  });

  test('is named 双随机抽查助手 in zh-CN and opens taskpane.html', () => {
    expect(app.DefaultLocale[0]).toBe('zh-CN');
    expect(app.DisplayName[0].$.DefaultValue).toBe('双随机抽查助手');
    expect(app.DefaultSettings[0].SourceLocation[0].$.DefaultValue).toBe('https://localhost:3000/taskpane.html');
  });

  test('puts a ShowTaskpane button on the Home tab and a commands.html FunctionFile', () => {
    const overrides = app.VersionOverrides[0];
    const form = overrides.Hosts[0].Host[0].DesktopFormFactor[0];
    const urls = Object.fromEntries(overrides.Resources[0]['bt:Urls'][0]['bt:Url'].map((u: Xml) => [u.$.id, u.$.DefaultValue]));
    expect(urls[form.FunctionFile[0].$.resid]).toBe('https://localhost:3000/commands.html');
    const tab = form.ExtensionPoint[0].OfficeTab[0];
    expect(tab.$.id).toBe('TabHome');
    const action = tab.Group[0].Control[0].Action[0];
    expect(action.$['xsi:type']).toBe('ShowTaskpane');
    expect(urls[action.SourceLocation[0].$.resid]).toBe('https://localhost:3000/taskpane.html');
  });

  test('every resid it uses is defined in Resources', () => {
    const defined = new Set([...manifestText.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...manifestText.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  test('every icon and page it names exists in the production build', () => {
    const urls = localUrls();
    expect(urls).toEqual(expect.arrayContaining([
      'https://localhost:3000/taskpane.html', 'https://localhost:3000/commands.html', 'https://localhost:3000/assets/icon-80.png',
    ]));
    const missing = urls
      .map((url) => new URL(url).pathname.replace(/^\//, '') || 'taskpane.html')
      .filter((file) => !existsSync(join(dist, file)) || !statSync(join(dist, file)).isFile());
    expect(missing).toEqual([]);
  });
});

describe('production build', () => {
  test('taskpane.html loads office.js from the CDN; the preview never references it', () => {
    expect(readFileSync(join(dist, 'taskpane.html'), 'utf8')).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const preview = join(dist, 'preview', 'index.html');
    if (existsSync(preview)) expect(readFileSync(preview, 'utf8')).not.toContain('appsforoffice');
  });

  test('the task pane bundle is under 1.5 MiB minified and holds no ExcelJS', () => {
    const bundle = readFileSync(join(dist, 'taskpane.js'), 'utf8');
    expect(bundle.length).toBeLessThan(1.5 * 1024 * 1024);
    // A string only ExcelJS carries (the part it writes); the preview's worker, which bundles ExcelJS, has it.
    const marker = 'xl/sharedStrings.xml';
    expect(bundle).not.toContain(marker);
    const previewWorker = join(dist, 'preview', 'preview-worker.js');
    if (existsSync(previewWorker)) expect(readFileSync(previewWorker, 'utf8')).toContain(marker);
  });
});
