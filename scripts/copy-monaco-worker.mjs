// Copies Monaco's self-contained editor worker into public/ so the editor runs its diffing and
// tokenising off the main thread, served by our own app (no CDN, any bundler).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const assets = 'node_modules/monaco-editor/min/vs/assets';
const worker = readdirSync(assets).find((f) => /^editor\.worker-.*\.js$/.test(f));
if (!worker) throw new Error(`Monaco editor worker not found in ${assets}`);
mkdirSync('public/monaco', { recursive: true });
copyFileSync(`${assets}/${worker}`, 'public/monaco/editor.worker.js');
