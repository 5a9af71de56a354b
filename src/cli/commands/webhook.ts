import { UserError } from '../../errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  summary: 'webhook (not implemented yet)',
  usage: 'sync webhook [options]',
  help: [],
  options: {},
  async run() {
    throw new UserError('not implemented yet');
  },
};
