// Builds a webpack target for the tests unless its output is newer than every source it comes from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const SOURCES = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** `pane` → dist/ (npm run build); `preview` → dist/preview. Returns the output folder. */
export function buildOnce(target: 'pane' | 'preview'): string {
  const out = target === 'pane' ? join(ROOT, 'dist') : join(ROOT, 'dist', 'preview');
  const marker = join(out, target === 'pane' ? 'taskpane.js' : 'preview.js');
  // SSJ_REUSE_BUILD=1 takes the build there is (others editing src/ would otherwise rebuild it every run).
  const sources = Math.max(...SOURCES.map((name) => join(ROOT, name)).filter(existsSync).map(newestMtime)); // spread-ok: five paths
  if (existsSync(marker) && (process.env.SSJ_REUSE_BUILD === '1' || statSync(marker).mtimeMs > sources)) return out;
  const args = ['webpack', '--mode', 'production', ...(target === 'preview' ? ['--env', 'preview'] : [])];
  execFileSync('npx', args, { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  return out;
}
