import { UserError } from '../../errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  summary: 'release (not implemented yet)',
  usage: 'sync release [options]',
  help: [],
  options: {},
  async run() {
    throw new UserError('not implemented yet');
  },
};
