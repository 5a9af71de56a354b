import { UserError } from '../errors.js';
import { runStep } from '../step.js';

await runStep(async () => {
  throw new UserError('dispatch-cousins: not implemented yet');
});
