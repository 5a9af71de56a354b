/**
 * Library messages were written for the actions ("set the 'manifest' input", "re-run the job");
 * on a laptop the same advice names the flag or the variable.
 */
export function cliWords(msg: string): string {
  return msg
    .replace(/set the "manifest" input, or create versions\.yml/g, 'pass --manifest FILE, or run "ghsync init"')
    .replace(/check the "token" input/g, 'check GITHUB_TOKEN')
    .replace(/set "token" \(GITHUB_TOKEN or GH_TOKEN on a laptop\)/g, 'set GITHUB_TOKEN or GH_TOKEN')
    .replace(/\(set the "head" input, or run on push \/ pull_request\)/g, '(pass --head REV)')
    .replace(/set the "([a-z-]+)" input/g, 'pass --$1')
    .replace(/input "([a-z-]+)"/g, '--$1')
    .replace(/re-run the job/g, 'run it again');
}
