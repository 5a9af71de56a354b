import { UserError } from '../../errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  summary: 'check (not implemented yet)',
  usage: 'sync check [options]',
  help: [],
  options: {},
  async run() {
    throw new UserError('not implemented yet');
  },
};
