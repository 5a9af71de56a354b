/**
 * Untrusted text (payload values, reasons quoting them) inside Markdown that GitHub renders: in a
 * code span only, so a mention notifies nobody and a link, image, HTML or reference stays text.
 */

/**
 * A CommonMark code span holding `value` verbatim: the fence is one backtick longer than the
 * longest run inside (so backticks in the value cannot close it), padded with a space where the
 * value starts or ends with a backtick or space (the one space each side CommonMark strips).
 * Line breaks and other control characters become visible `\xNN` (a blank line would end the
 * span's paragraph); longer than `max` characters is cut with `…`.
 */
export function codeSpan(value: string, max = 1024): string {
  let text = value.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  if (text.length > max) text = `${text.slice(0, max)}…`;
  if (!text) return '` `';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
