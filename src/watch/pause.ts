/**
 * A fault point for the kill tests: with SYNC_TEST_PAUSE=<point>, the process says so on stderr and
 * stops itself (SIGSTOP) at that point, so a test can SIGKILL it at exactly that moment without
 * sleeping or racing. Unset in normal use: a no-op.
 */
export function testPause(point: string): void {
  if (process.env.SYNC_TEST_PAUSE !== point) return;
  process.stderr.write(`ghsync-test: paused at ${point}\n`);
  process.kill(process.pid, 'SIGSTOP');
}
