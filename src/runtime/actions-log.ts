import * as core from './runner.js';
import type { Log } from './log.js';

/** The Log of a step on the Actions runner. */
export const actionsLog: Log = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
