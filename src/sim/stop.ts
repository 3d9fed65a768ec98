import { addLog } from './runLog';
import type { EngineContext } from './runState';

/** Ends the run at a guard rail (api.ts SimLimits), keeping its partial metrics. */
export function stopRun(ctx: EngineContext, which: string): void {
  const s = ctx.s;
  if (s.state === 'stopped') return;
  s.state = 'stopped';
  s.reason = `stopped: ${which}`;
  addLog(ctx, 'limit', '', `Run stopped at a safety limit: ${which}.`);
}
