// Starts the import worker (import-worker.ts). Plain JavaScript so that it starts the same under node
// (bin/naast.js), tsx and vitest: it registers tsx's loader in this thread, then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
