/**
 * `ghsync replay --state FILE`: the checkpoint that lets a scheduled replay read only new pages and
 * never act twice on a GUID. It keeps
 * - `newestId`: the newest delivery id a completed run has looked at. The next run stops listing
 *   there (deliveries are listed newest first). It only moves when every GUID the run meant to
 *   redeliver or forward was handled, so one that failed is listed again next time.
 * - `guids`: the GUIDs already settled (redelivered or forwarded: when; seen `OK`: when delivered),
 *   dropped once older than the window (the next completed run's checkpoint is past them by then).
 * It is rewritten (temp file + rename, so a kill never leaves half a file) after each redelivery
 * or forward: a run killed midway and run again skips what it already did.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../runtime/errors.js';

export interface ReplayState {
  /** The hook this state belongs to (`repos/o/r/hooks/1` or `orgs/o/hooks/1`): one file per hook. */
  hook: string;
  newestId: number | null;
  /** GUID -> epoch ms when it was settled. */
  guids: Record<string, number>;
}

export async function loadReplayState(file: string, hook: string): Promise<ReplayState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { hook, newestId: null, guids: {} };
    throw new UserError(`cannot read the replay state ${file}: ${(err as Error).message}`);
  }
  let data: Partial<ReplayState>;
  try {
    data = JSON.parse(text) as Partial<ReplayState>;
  } catch {
    throw new UserError(`the replay state ${file} is not JSON: delete it to start over (the next run then reads the whole --since window)`);
  }
  if (data.hook !== hook) throw new UserError(`the replay state ${file} belongs to ${String(data.hook)}, not ${hook}: use one state file per hook`);
  const newestId = typeof data.newestId === 'number' && Number.isSafeInteger(data.newestId) ? data.newestId : null;
  const guids: Record<string, number> = {};
  for (const [guid, at] of Object.entries(data.guids ?? {})) if (typeof at === 'number') guids[guid] = at;
  return { hook, newestId, guids };
}

export async function saveReplayState(file: string, state: ReplayState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temp, file);
}

/** Forgets GUIDs delivered before the window: they can no longer be listed, so they need no memory. */
export function pruneReplayState(state: ReplayState, sinceMs: number): void {
  for (const [guid, at] of Object.entries(state.guids)) if (at < sinceMs) delete state.guids[guid];
}
