#!/usr/bin/env node
// Entry point of the `naast` command. The sources are TypeScript, run through tsx's loader,
// so the CLI and server need no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
