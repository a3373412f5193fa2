import { buildServer } from '../../src/api/server.ts';
import type { AppInstance } from '../../src/api/types.ts';
import type { Engine } from '../../src/db/client.ts';
import { readyDatabase, type TestDatabase } from './db.ts';

export interface TestApp {
  app: AppInstance;
  test: TestDatabase;
  close(): Promise<void>;
}

/** The real server on a fresh, ready database; requests go through `app.inject`. */
export async function testApp(engine: Engine): Promise<TestApp> {
  const test = await readyDatabase(engine);
  const app = await buildServer({ db: test.db, webDir: '/nonexistent' });
  await app.ready();
  return {
    app,
    test,
    async close() {
      await app.close();
      await test.cleanup();
    },
  };
}
