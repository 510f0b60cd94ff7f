// Worker entry for scripts/extract.ts --workers: registers tsx in the worker, then runs the
// worker branch of extract.ts (which checks isMainThread).
import { register } from 'tsx/esm/api';

register();
await import('./extract.ts');
