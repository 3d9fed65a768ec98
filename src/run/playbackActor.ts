import { type Actor, createActor } from 'xstate';
import { playbackMachine } from '../machines/playbackMachine';

/** The worker effects of the playback machine, provided by the run controller. */
export type PlaybackEffects = Parameters<typeof playbackMachine.provide>[0]['actions'];

/** A running playback actor. */
export type PlaybackActor = Actor<typeof playbackMachine>;

/**
 * Starts the playback machine with the run controller's effects. Its own module so that
 * xstate is fetched with it, on the first playback event, not on the first visit.
 */
export function startPlaybackActor(effects: PlaybackEffects): PlaybackActor {
  return createActor(playbackMachine.provide({ actions: effects })).start();
}
