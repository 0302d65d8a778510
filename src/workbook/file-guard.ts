// What must hold before a workbook on disk is replaced (Node only): no other ssj command is writing
// it (a lock file beside it), the file and its folder may be written, and no spreadsheet program has
// it open (its owner file beside it), since that program would overwrite our write when it saves.
import { randomBytes } from 'crypto';
import { readFileSync, unlinkSync, constants as fsConstants, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliMessages } from '../core/messages/cli';
import { fileMessages } from '../core/messages/files';
import { error, UserFacingError } from '../core/messages/problem';

/** A lock older than this is taken over even if its process seems alive (the pid was reused). */
const LOCK_MAX_AGE_MS = 10 * 60 * 1000;
/** A lock file without readable contents yet is being written by its owner; later, it is debris. */
const UNREADABLE_LOCK_GRACE_MS = 10 * 1000;

/** `.<name>.ssj-lock` beside the workbook. */
export function lockPathOf(file: string): string {
  const target = path.resolve(file);
  return path.join(path.dirname(target), `.${path.basename(target)}.ssj-lock`);
}

/**
 * The temp file a save writes beside `file` before renaming it over `file`: `.<name>.<token>.tmp`,
 * the token being that of the save's write lock, so that a temp file left by a process that died
 * while writing can be told apart as that process's.
 */
export function tempPathOf(file: string, token: string): string {
  const target = path.resolve(file);
  return path.join(path.dirname(target), `.${path.basename(target)}.${token}.tmp`);
}

/** The token in a temp file name of `file` (`.<name>.<hex>.tmp`; 12 hex digits in earlier versions), or undefined. */
function tempTokenOf(file: string, name: string): string | undefined {
  const prefix = `.${path.basename(path.resolve(file))}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return undefined;
  const token = name.slice(prefix.length, -'.tmp'.length);
  return /^(?:[0-9a-f]{12}|[0-9a-f]{24})$/.test(token) ? token : undefined;
}

interface LockInfo {
  pid?: number;
  host?: string;
  time?: string;
  token?: string;
}

/** Locks this process holds, by lock path → token: released on exit if a caller never got to it. */
const held = new Map<string, string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lock, token] of held) {
      try {
        if (parseLock(readFileSync(lock, 'utf8'))?.token === token) unlinkSync(lock);
      } catch {
        // Gone already, or not ours to remove.
      }
    }
  });
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const info = JSON.parse(text) as LockInfo;
    return typeof info === 'object' && info !== null ? info : undefined;
  } catch {
    return undefined;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function isStale(lock: string, info: LockInfo | undefined, ageMs: number): boolean {
  if (held.has(lock)) return false;
  if (!info || typeof info.pid !== 'number') return ageMs > UNREADABLE_LOCK_GRACE_MS;
  if (ageMs > LOCK_MAX_AGE_MS) return true;
  // Another computer's process cannot be asked (a shared folder): only age makes its lock stale.
  if (info.host !== undefined && info.host !== os.hostname()) return false;
  // Our own pid in a lock we do not hold is left from an earlier process that had this pid.
  return info.pid === process.pid || !processAlive(info.pid);
}

function lockProblem(file: string, cause: unknown): UserFacingError {
  const code = (cause as NodeJS.ErrnoException).code;
  const dir = path.dirname(path.resolve(file));
  if (code === 'ENOENT') return new UserFacingError([error('file.directory-missing', cliMessages.directoryMissing(dir))]);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new UserFacingError([error('file.folder-read-only', fileMessages.folderReadOnly(dir))]);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') return new UserFacingError([error('file.disk-full', fileMessages.diskFull(file))]);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new UserFacingError([error('file.write', cliMessages.fileWriteFailed(file, detail))]);
}

function busy(file: string, lock: string, info: LockInfo | undefined): UserFacingError {
  const since = info?.time ? new Date(info.time).toLocaleString('zh-CN', { hour12: false }) : undefined;
  return new UserFacingError([error('file.locked', fileMessages.lockedByAnother(file, info?.pid, since, lock))]);
}

/**
 * Moves a stale lock aside and removes it, unless what was moved is no longer the stale lock that
 * was read (another command took it over meanwhile): that one is put back, and the lock is busy.
 */
async function takeOver(lock: string, staleText: string): Promise<boolean> {
  const aside = `${lock}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(lock, aside);
  } catch {
    return true; // Gone already: try to create it again.
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) {
    await fs.link(aside, lock).catch(() => undefined);
    await fs.unlink(aside).catch(() => undefined);
    return false;
  }
  await fs.unlink(aside).catch(() => undefined);
  return true;
}

/** A stale lock that was taken over: whose it was, and when it was written. */
interface StaleLock {
  info: LockInfo | undefined;
  mtimeMs: number;
}

/**
 * Removes the temp files of `file` that the owner of a stale lock left (it died while writing):
 * those named with that lock's token, and those older than that lock (left before it was taken).
 * Only files named as a save names its temp files for `file`; anything else is left alone. Runs
 * while holding the lock, so no live save of `file` can be writing one of them.
 */
async function removeLeftovers(file: string, stale: StaleLock): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const token = tempTokenOf(file, name);
    if (token === undefined) continue;
    const temp = path.join(dir, name);
    const stat = await fs.lstat(temp).catch(() => undefined);
    if (!stat?.isFile()) continue;
    if (token === stale.info?.token || stat.mtimeMs < stale.mtimeMs) await fs.unlink(temp).catch(() => undefined);
  }
}

export interface WriteLock {
  /** Removes the lock files this lock created; safe to call twice. */
  release(): Promise<void>;
  /** The token of each file's lock, by resolved path (it names the save's temp file). */
  readonly tokens: ReadonlyMap<string, string>;
}

interface OneLock {
  release(): Promise<void>;
  token: string;
}

async function lockOne(file: string): Promise<OneLock> {
  const lock = lockPathOf(file);
  const token = randomBytes(12).toString('hex');
  const text = JSON.stringify({ pid: process.pid, host: os.hostname(), time: new Date().toISOString(), token });
  let stale: StaleLock | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lock, text, { flag: 'wx' });
      held.set(lock, token);
      installExitHook();
      if (stale) await removeLeftovers(file, stale);
      return { release: () => releaseOne(lock, token), token };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw lockProblem(file, cause);
    }
    let existing: string;
    let mtimeMs: number;
    try {
      existing = await fs.readFile(lock, 'utf8');
      mtimeMs = (await fs.stat(lock)).mtimeMs;
    } catch {
      continue; // Released meanwhile.
    }
    const info = parseLock(existing);
    if (!isStale(lock, info, Date.now() - mtimeMs) || !(await takeOver(lock, existing))) throw busy(file, lock, info);
    stale = { info, mtimeMs };
  }
  throw busy(file, lock, parseLock(await fs.readFile(lock, 'utf8').catch(() => '')));
}

async function releaseOne(lock: string, token: string): Promise<void> {
  if (held.get(lock) !== token) return;
  held.delete(lock);
  const current = await fs.readFile(lock, 'utf8').catch(() => '');
  // A lock taken over meanwhile (ours was thought stale) is not ours to remove.
  if (parseLock(current)?.token === token) await fs.unlink(lock).catch(() => undefined);
}

/**
 * Takes the write lock of every file (each path once): a live lock of another ssj command refuses
 * with a Chinese message; a lock whose process has ended (or that is very old) is taken over, and
 * the temp files that process left beside the file are removed.
 */
export async function lockForWriting(files: readonly string[]): Promise<WriteLock> {
  const unique = [...new Set(files.map((file) => path.resolve(file)))];
  const locks: OneLock[] = [];
  const tokens = new Map<string, string>();
  const releaseAll = async () => {
    for (const lock of locks.splice(0).reverse()) await lock.release();
  };
  try {
    for (const file of unique) {
      const lock = await lockOne(file);
      locks.push(lock);
      tokens.set(file, lock.token);
    }
  } catch (cause) {
    await releaseAll();
    throw cause;
  }
  return { release: releaseAll, tokens };
}

/** The owner files Excel and WPS (`~$name`, `~$` for the first two characters of a long name) and LibreOffice (`.~lock.name#`) keep beside an open workbook. */
export function ownerFilesOf(file: string): string[] {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const name = path.basename(target);
  const names = new Set([`~$${name}`, `~$${name.slice(2)}`, `.~lock.${name}#`]);
  return [...names].map((owner) => path.join(dir, owner));
}

const exists = (file: string) => fs.lstat(file).then(() => true, () => false);

/**
 * Refuses (UserFacingError, nothing written) when `file` cannot or must not be replaced: its folder
 * is missing or not writable, the file is read-only, or a spreadsheet program has it open.
 */
export async function refuseUnsafeTarget(file: string): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  try {
    await fs.access(dir, fsConstants.W_OK | fsConstants.X_OK);
  } catch (cause) {
    throw lockProblem(file, cause);
  }
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isFile()) {
    // The mode bits too: root passes access(W_OK) on a file its owner made read-only.
    const readOnly = (stat.mode & 0o222) === 0 || (await fs.access(target, fsConstants.W_OK).then(() => false, () => true));
    if (readOnly) throw new UserFacingError([error('file.read-only', fileMessages.fileReadOnly(file))]);
  }
  for (const owner of ownerFilesOf(target)) {
    if (await exists(owner)) {
      throw new UserFacingError([error('file.open-elsewhere', fileMessages.openInOffice(file, path.basename(owner)))]);
    }
  }
}
