import { addLog } from './runLog';
import type { EngineContext } from './runState';

/** Ends the run at a guard rail (api.ts SimLimits), keeping its partial metrics. */
export function stopRun(ctx: EngineContext, which: string): void {
  const s = ctx.s;
  if (s.stopped === true) return;
  s.state = 'stopped';
  s.stopped = true;
  s.reason = `stopped: ${which}`;
  addLog(ctx, 'limit', '', `Run stopped at a safety limit: ${which}.`);
}
