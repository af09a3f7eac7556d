// The entry point of a batch's worker threads: registers tsx, so that the TypeScript task loads on Node 20
// (where tsx does not reach worker threads by itself), then hands piscina the task.
import { register } from 'tsx/esm/api';

register();
const task = await import('./replicationTask.ts');

export default task.default;
