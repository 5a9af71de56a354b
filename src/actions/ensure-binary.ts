import { UserError } from '../errors.js';
import { runStep } from '../step.js';

await runStep(async () => {
  throw new UserError('ensure-binary: not implemented yet');
});
