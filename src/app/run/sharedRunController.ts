import { createRunController, type RunController } from '../../run/runController';
import { afterStartup } from '../startup';

// The page's singleton lives here, not in src/run/: it waits for the editor's startup
// phases (src/app/startup.ts), which are the app's, and src/run/ must not import app/.
let shared: RunController | null = null;

/**
 * The page's one run controller, created on first use; it starts its Web Worker after
 * startup (src/app/startup.ts) or on the first playback event, whichever comes first.
 */
export function runController(): RunController {
  if (!shared) shared = createRunController(undefined, afterStartup());
  return shared;
}
