import { UserError } from '../../errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  summary: 'apply (not implemented yet)',
  usage: 'sync apply [options]',
  help: [],
  options: {},
  async run() {
    throw new UserError('not implemented yet');
  },
};
