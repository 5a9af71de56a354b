import { UserError } from '../../errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  summary: 'dispatch (not implemented yet)',
  usage: 'sync dispatch [options]',
  help: [],
  options: {},
  async run() {
    throw new UserError('not implemented yet');
  },
};
