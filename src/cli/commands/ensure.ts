import { UserError } from '../../errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  summary: 'ensure (not implemented yet)',
  usage: 'sync ensure [options]',
  help: [],
  options: {},
  async run() {
    throw new UserError('not implemented yet');
  },
};
