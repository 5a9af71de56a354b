/**
 * The delivery keys (GUIDs and signed-body keys) whose dispatch landed, kept in `--state-dir` so the
 * de-duplication survives a restart.
 *
 * Why: a relay source resends from its checkpoint after a restart, and the checkpoint only moves
 * past an event once that event and every earlier one are settled. Events after the checkpoint may
 * already have been dispatched (a later dispatch landed while an earlier one was pending), and
 * without this file they would be dispatched a second time.
 *
 * One key per line, appended (a SIGKILL can at worst leave a torn last line, which is skipped).
 * Bounded: once the file holds twice `capacity` lines it is rewritten (atomically) with the newest
 * `capacity`, the same window the in-memory de-duplication keeps.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { appendFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILE = 'dispatched-deliveries';
/** A GUID-like delivery id or `body:<sha256 hex>`: anything else is a torn or foreign line. */
const KEY = /^[A-Za-z0-9_.:-]{1,200}$/;

export class LandedKeys {
  private readonly file: string;
  private lines: string[];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    dir: string,
    private readonly capacity: number,
  ) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, FILE);
    let text = '';
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const all = text.split('\n');
    // The last piece is '' after a whole line, or a torn line: either way not a key.
    all.pop();
    this.lines = all.filter((l) => KEY.test(l)).slice(-capacity);
    // A torn tail would glue itself to the next append: rewrite the file without it first.
    if (text && !text.endsWith('\n')) {
      const temp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(temp, this.lines.map((l) => `${l}\n`).join(''));
      renameSync(temp, this.file);
    }
  }

  /** The keys remembered from earlier runs, oldest first. */
  keys(): readonly string[] {
    return this.lines;
  }

  /** Records keys as landed; resolves once they are on disk (writes are serialized). */
  add(keys: string[]): Promise<void> {
    const fresh = keys.filter((k) => KEY.test(k));
    if (!fresh.length) return this.writing;
    this.lines.push(...fresh);
    const written = this.writing.then(async () => {
      if (this.lines.length < 2 * this.capacity) return appendFile(this.file, `${fresh.join('\n')}\n`);
      this.lines = this.lines.slice(-this.capacity);
      const temp = `${this.file}.tmp-${process.pid}`;
      await writeFile(temp, `${this.lines.join('\n')}\n`);
      await rename(temp, this.file);
    });
    // A failed write is the caller's to log; the next one still runs.
    this.writing = written.catch(() => undefined);
    return written;
  }
}
