/**
 * A channel's history on disk, so a restart keeps it: one JSON line per event (`body` as base64),
 * appended and flushed (fdatasync) before the delivery is answered 2xx. Rewritten compacted (to a
 * temporary file, then renamed) at start and when trimmed events make up most of it. A torn last
 * line (a crash mid-write) is skipped on load.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RelayEvent } from './events.js';

const line = (e: RelayEvent) =>
  `${JSON.stringify({ id: e.id, timestamp: e.timestamp, headers: e.headers, query: e.query, body: e.body.toString('base64') })}\n`;

export class Journal {
  private handle?: FileHandle;
  /** Events in the file, kept or trimmed. */
  private lines = 0;

  private constructor(private readonly file: string) {}

  /** Opens (creating the folder) and reads what a previous run kept. */
  static async open(dir: string, channel: string): Promise<{ journal: Journal; events: RelayEvent[] }> {
    await mkdir(dir, { recursive: true });
    const journal = new Journal(join(dir, `${channel}.jsonl`));
    return { journal, events: await journal.load() };
  }

  private async load(): Promise<RelayEvent[]> {
    const events: RelayEvent[] = [];
    let input;
    try {
      input = createReadStream(this.file);
      for await (const text of createInterface({ input, crlfDelay: Infinity })) {
        try {
          const r = JSON.parse(text);
          events.push({ id: r.id, timestamp: r.timestamp, headers: r.headers, query: r.query ?? {}, body: Buffer.from(r.body, 'base64') });
        } catch {
          // A torn line from a crash mid-append: that delivery was never answered 2xx.
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return events;
  }

  /** Rewrites the file with exactly `events` (atomically), then appends from there. */
  async compact(events: RelayEvent[]): Promise<void> {
    await this.handle?.close();
    const temp = `${this.file}.tmp-${process.pid}`;
    await writeFile(temp, events.map(line).join(''));
    await rename(temp, this.file);
    this.lines = events.length;
    this.handle = await open(this.file, 'a');
  }

  /** Appends one event and flushes it to disk. */
  async append(e: RelayEvent): Promise<void> {
    this.handle ??= await open(this.file, 'a');
    await this.handle.appendFile(line(e));
    await this.handle.datasync();
    this.lines++;
  }

  /** Whether trimmed events make up most of the file (worth a compaction). */
  wasteful(kept: number): boolean {
    return this.lines > 2 * kept + 100;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
  }
}
