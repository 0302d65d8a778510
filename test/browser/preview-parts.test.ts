// The preview's small parts that need no browser: the static server and what the formula bar writes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typedValue } from '../../src/preview/previewWorkbook';
import { startStaticServer, type StaticServer } from '../../src/preview/serve';

describe('the preview server', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'ssj-serve-'));
    root = join(base, 'site');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<p>预览</p>');
    writeFileSync(join(root, 'preview.js'), 'void 0;');
    writeFileSync(join(base, 'secret.txt'), 'outside the root');
    server = await startStaticServer(root, 0);
  });

  afterAll(async () => {
    await server.close();
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  test('serves index.html for / with a UTF-8 HTML type, on localhost', async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<p>预览</p>');
  });

  test('serves scripts as JavaScript', async () => {
    const response = await fetch(new URL('preview.js', server.url));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  test('answers 404 for missing files and for paths that climb out of the root', async () => {
    expect((await fetch(new URL('missing.js', server.url))).status).toBe(404);
    expect((await fetch(`${server.url}..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/secret.txt`)).status).toBe(404);
  });
});

describe('a value typed in the preview formula bar', () => {
  test('plain numbers become numbers', () => {
    expect(typedValue('42')).toBe(42);
    expect(typedValue('-3.5')).toBe(-3.5);
  });

  test('codes with leading zeros, IDs and text stay text', () => {
    expect(typedValue('007')).toBe('007');
    expect(typedValue('RY006,RY002')).toBe('RY006,RY002');
    expect(typedValue('91130534MA0FE26HXP')).toBe('91130534MA0FE26HXP');
  });

  test('an empty entry clears the cell', () => {
    expect(typedValue('   ')).toBeNull();
  });
});
