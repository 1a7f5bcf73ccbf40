#!/usr/bin/env node
// Entry point of `npx trigger-studio`: loads the TypeScript CLI through tsx so the CLI runs the
// same lib/ code as the app, without a separate build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const main = new URL('../lib/cli/main.ts', import.meta.url);
const { run } = await import(fileURLToPath(main));
process.exitCode = await run(process.argv.slice(2));
