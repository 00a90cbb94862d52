// Entry of the classifier thread. Plain JavaScript, because a worker thread does not inherit the
// TypeScript loader of its parent in every runner (tsx, Vitest); tsx's API loads the TypeScript.
import { tsImport } from 'tsx/esm/api';

await tsImport('./thread-main.ts', import.meta.url);
