import type { Fault, FaultlineDocument } from '../model';
import type { SimOptions, Simulation } from '../sim/api';
import type { FromWorker, LiveFault, PlaybackSpeed, RunProgress, ToWorker } from '../sim/protocol';
import { RunCheckpoints } from './runCheckpoints';

/** Builds the engine for a document (sim/index.ts `createSimulation` in the worker). */
export type SimulationFactory = (doc: FaultlineDocument, options?: SimOptions) => Simulation;

export interface RunSessionOptions {
  /** Wall clock in ms (the worker passes performance.now; tests a fake clock). */
  clock: () => number;
  /** Simulated ms between checkpoints. */
  checkpointEveryMs?: number;
  maxCheckpoints?: number;
  /** Estimated bytes all checkpoints may hold together (checkpointSize.ts). */
  maxCheckpointBytes?: number;
  /** Wall ms between two frames posted while playing (~30 a second). */
  frameIntervalMs?: number;
  /** Wall ms between two metrics messages while playing. */
  metricsIntervalMs?: number;
  /**
   * The same two while running to the end. Each frame is an instant there, not motion to
   * animate, and every one the page draws takes a share of the cores the worker and V8's
   * compiler threads need: on two cores, a run to the end at ~30 frames a second took about
   * a tenth longer than with none (docs/performance.md, "Run to end in the browser").
   */
  endFrameIntervalMs?: number;
  endMetricsIntervalMs?: number;
  /** Most transfers one frame carries; beyond it the engine samples. */
  maxTransfers?: number;
  /** Wall ms of engine work one tick may do before it lets messages in. */
  tickBudgetMs?: number;
}

/** A live fault as fired: replayed at `atMs` whenever the run passes that time again. */
interface Injection {
  atMs: number;
  fault: LiveFault & { id: string };
}

/**
 * Simulated ms one slice of work may cover (the wall budget is checked between slices).
 * Slices adapt: a heavy diagram (10⁶ req/s, retry storms) can need seconds of wall time for
 * 100 ms of simulated time, which would starve the frames and trip the watchdog; a light one
 * would waste time in tiny slices. So a slice starts small, doubles while it is cheap and
 * shrinks when one takes too long.
 */
const SLICE_MAX_MS = 100;
const SLICE_MIN_MS = 0.01;
const SLICE_FIRST_MS = 2;
/** Wall ms a slice should take at most; past it the next slice is a quarter as long. */
const SLICE_WALL_BUDGET_MS = 20;
/** Longest wall gap one paced tick catches up on: a throttled background tab must not leap. */
const MAX_WALL_GAP_MS = 100;

/**
 * The worker's side of the protocol, as a plain class: the worker file only wires it to
 * postMessage and a timer, so tests drive it directly with the real engine.
 *
 * It paces the simulated clock by wall time (speed × real time; the engine has no clock of
 * its own), keeps checkpoints every simulated second, and answers a seek by restoring the
 * nearest checkpoint and replaying forward, so what is shown at t is the same however t was
 * reached. Live faults are remembered with their time and re-fired on replay.
 */
export class RunSession {
  private sim: Simulation | null = null;
  private doc: FaultlineDocument | null = null;
  private readonly checkpoints: RunCheckpoints;
  private injections: Injection[] = [];
  private playing = false;
  private speed: PlaybackSpeed = 1;
  private reachedMs = 0;
  private lastWallMs = 0;
  private lastFrameWallMs = Number.NEGATIVE_INFINITY;
  private lastFrameSimMs = 0;
  private lastMetricsWallMs = Number.NEGATIVE_INFINITY;
  private seriesSent = 0;
  private seriesRevisionSent = 0;
  private logSent = 0;
  private finishedSent = false;
  private sliceMs = SLICE_FIRST_MS;
  private readonly opts: Required<RunSessionOptions>;

  constructor(
    private readonly createSimulation: SimulationFactory,
    private readonly post: (message: FromWorker) => void,
    options: RunSessionOptions,
  ) {
    this.opts = {
      checkpointEveryMs: 1000,
      // A checkpoint of a 60-node diagram is 1–2 MB; 96 of them bound the worker's memory to
      // ~200 MB in the worst case while a 60 s lesson still keeps one per second.
      maxCheckpoints: 96,
      // …and whatever their number, the checkpoints of a large diagram (a 500-node one is
      // ~5 MB each) hold at most this much.
      maxCheckpointBytes: 128 * 1024 * 1024,
      frameIntervalMs: 33,
      metricsIntervalMs: 200,
      endFrameIntervalMs: 100,
      endMetricsIntervalMs: 400,
      maxTransfers: 2000,
      tickBudgetMs: 25,
      ...options,
    };
    this.checkpoints = new RunCheckpoints(
      this.opts.checkpointEveryMs,
      this.opts.maxCheckpoints,
      this.opts.maxCheckpointBytes,
    );
  }

  /** Whether the session wants `tick` called again soon. */
  get isPlaying(): boolean {
    return this.playing;
  }

  /** Handles one message from the page. */
  receive(message: ToWorker): void {
    try {
      this.handle(message);
    } catch (e) {
      this.playing = false;
      this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private handle(message: ToWorker): void {
    if (message.type === 'load') {
      this.load(message.doc, []);
      return;
    }
    const sim = this.sim;
    if (!sim) throw new Error('no document loaded');
    switch (message.type) {
      case 'restart':
        this.load(sim.doc, this.injections);
        return;
      case 'play':
        this.playing = !this.isOver(sim);
        this.lastWallMs = this.opts.clock();
        break;
      case 'pause':
        this.playing = false;
        break;
      case 'speed':
        this.speed = message.speed;
        this.lastWallMs = this.opts.clock();
        break;
      case 'step':
        this.playing = false;
        this.advanceTo(
          sim,
          Math.min(sim.now() + Math.max(0, message.ms), sim.endMs()),
          Number.POSITIVE_INFINITY,
        );
        break;
      case 'seek':
        this.seek(sim, message.tMs);
        break;
      case 'injectFault':
        this.inject(sim, message.fault);
        return;
    }
    this.publish(true);
  }

  /**
   * Advances the clock by the wall time since the last tick (or to the end, in chunks).
   * Returns the wall ms until the next tick is wanted, or null when paused.
   */
  tick(): number | null {
    const sim = this.sim;
    if (!sim || !this.playing) return null;
    const wall = this.opts.clock();
    const gap = Math.min(MAX_WALL_GAP_MS, Math.max(0, wall - this.lastWallMs));
    this.lastWallMs = wall;
    // Running to the end, only the checkpoints the finished run keeps are taken (runCheckpoints.ts).
    if (this.speed === 'end') this.checkpoints.coarsenFor(sim.endMs());
    const target = this.speed === 'end' ? sim.endMs() : Math.min(sim.endMs(), sim.now() + gap * this.speed);
    this.advanceTo(sim, target, wall + this.opts.tickBudgetMs);
    if (this.isOver(sim)) this.playing = false;
    this.publish(false);
    if (!this.playing) return null;
    return this.speed === 'end' ? 0 : 16;
  }

  private load(doc: FaultlineDocument, injections: Injection[]): void {
    this.playing = false;
    this.sim = null;
    this.doc = doc;
    const sim = this.createSimulation(doc);
    this.sim = sim;
    this.injections = injections;
    this.checkpoints.clear();
    this.checkpoints.add(0, sim.checkpoint());
    this.sliceMs = SLICE_FIRST_MS;
    this.reachedMs = 0;
    this.resetSent();
    this.post({ type: 'loaded', progress: this.progress(sim), faults: sim.faults() });
    this.publish(true);
  }

  /**
   * Runs the engine up to `targetMs`, stopping at every checkpoint time to store one and at
   * every live fault's time to fire it, until the wall deadline passes.
   */
  private advanceTo(sim: Simulation, targetMs: number, deadlineWallMs: number): void {
    while (sim.now() < targetMs && !this.isOver(sim)) {
      const now = sim.now();
      let stop = Math.min(targetMs, now + this.sliceMs, this.checkpoints.nextDueAfter(now));
      for (const inj of this.injections) if (inj.atMs > now && inj.atMs < stop) stop = inj.atMs;
      const started = this.opts.clock();
      sim.runUntil(stop);
      this.adaptSlice(this.opts.clock() - started);
      this.fireInjectionsAt(sim);
      if (this.checkpoints.isDue(sim.now())) this.checkpoints.add(sim.now(), sim.checkpoint());
      this.reachedMs = Math.max(this.reachedMs, sim.now());
      if (this.opts.clock() >= deadlineWallMs) break;
    }
  }

  private adaptSlice(wallMs: number): void {
    if (wallMs > SLICE_WALL_BUDGET_MS) this.sliceMs = Math.max(SLICE_MIN_MS, this.sliceMs / 4);
    else if (wallMs < SLICE_WALL_BUDGET_MS / 4) this.sliceMs = Math.min(SLICE_MAX_MS, this.sliceMs * 2);
  }

  /** Fires the live faults due now that the engine does not have yet (a replay after a seek). */
  private fireInjectionsAt(sim: Simulation): void {
    const now = sim.now();
    for (const inj of this.injections) {
      if (inj.atMs !== now) continue;
      if (!sim.faults().some((f) => f.id === inj.fault.id)) sim.injectFault(inj.fault);
    }
  }

  private seek(sim: Simulation, tMs: number): void {
    const t = Math.max(0, Math.min(tMs, sim.endMs()));
    if (t < sim.now()) {
      const from = this.checkpoints.atOrBefore(t);
      if (!from) throw new Error('no checkpoint to go back to');
      sim.restore(from.checkpoint);
      this.fireInjectionsAt(sim);
      this.resetSent();
    }
    this.advanceTo(sim, t, Number.POSITIVE_INFINITY);
  }

  private inject(sim: Simulation, fault: LiveFault): void {
    const now = sim.now();
    // Firing at an earlier time than already reached changes the future: forget it.
    this.checkpoints.dropAfter(now);
    this.reachedMs = now;
    this.finishedSent = false;
    const written: Fault = sim.injectFault(fault);
    this.injections.push({ atMs: now, fault: { ...fault, id: written.id } });
    this.post({ type: 'faultInjected', fault: written, faults: sim.faults() });
    this.publish(true);
  }

  private isOver(sim: Simulation): boolean {
    const state = sim.status().state;
    return state === 'finished' || state === 'stopped' || sim.now() >= sim.endMs();
  }

  private resetSent(): void {
    this.seriesSent = 0;
    this.logSent = 0;
    this.finishedSent = false;
    this.lastFrameWallMs = Number.NEGATIVE_INFINITY;
    this.lastMetricsWallMs = Number.NEGATIVE_INFINITY;
  }

  private progress(sim: Simulation): RunProgress {
    return {
      tMs: sim.now(),
      reachedMs: this.reachedMs,
      endMs: sim.endMs(),
      status: sim.status(),
      playing: this.playing,
      speed: this.speed,
    };
  }

  /** Posts a frame and metrics when their interval has passed (or at once when `force`). */
  private publish(force: boolean): void {
    const sim = this.sim;
    if (!sim) return;
    const wall = this.opts.clock();
    const over = this.isOver(sim);
    const ending = this.playing && this.speed === 'end';
    const frameEvery = ending ? this.opts.endFrameIntervalMs : this.opts.frameIntervalMs;
    const metricsEvery = ending ? this.opts.endMetricsIntervalMs : this.opts.metricsIntervalMs;
    if (force || over || wall - this.lastFrameWallMs >= frameEvery) {
      this.lastFrameWallMs = wall;
      // While playing, the frame covers the interval since the previous one (the page animates
      // it); a still frame, or a run to the end (drawn frame by frame), is an instant.
      const now = sim.now();
      const animated = this.playing && !force && this.speed !== 'end';
      const sinceMs = animated ? Math.min(now, this.lastFrameSimMs) : now;
      this.lastFrameSimMs = now;
      const frame = sim.frame(this.opts.maxTransfers, sinceMs);
      this.post({ type: 'frame', frame, sinceMs, progress: this.progress(sim) });
    }
    if (force || over || wall - this.lastMetricsWallMs >= metricsEvery) {
      this.lastMetricsWallMs = wall;
      this.postMetrics(sim);
    }
    if (over && !this.finishedSent) {
      this.finishedSent = true;
      const { series: _sentAlready, ...report } = sim.report();
      this.post({ type: 'finished', progress: this.progress(sim), report });
    }
  }

  private postMetrics(sim: Simulation): void {
    // Thinning replaced the rows already sent with wider ones. The page thins what it holds
    // the same way (protocol.ts spliceSeries): of the c whole rows it has, the first
    // ⌊c / 2^k⌋ are then right after k thinnings, and only the rest is sent. After a seek
    // back (nothing sent yet, or an older revision) the series goes whole.
    const revision = sim.seriesRevision();
    const thinnings = revision - this.seriesRevisionSent;
    let thin = 0;
    if (thinnings > 0 && thinnings < 30 && this.seriesSent > 0) {
      thin = thinnings;
      this.seriesSent = Math.floor((this.seriesSent - 1) / 2 ** thinnings) + 1;
    } else if (thinnings !== 0) this.seriesSent = 0;
    this.seriesRevisionSent = revision;
    // The last row sent may have been a bucket still filling: send it again.
    const seriesFrom = Math.max(0, this.seriesSent - 1);
    const series = sim.series(seriesFrom);
    const log = sim.log(this.logSent);
    const logFrom = this.logSent;
    this.seriesSent = seriesFrom + series.length;
    this.logSent += log.length;
    this.post({
      type: 'metrics',
      progress: this.progress(sim),
      seriesFrom,
      series,
      ...(thin > 0 ? { thin } : {}),
      logFrom,
      log,
    });
  }

  /** The document loaded (for tests and the worker's error messages). */
  get document(): FaultlineDocument | null {
    return this.doc;
  }
}
