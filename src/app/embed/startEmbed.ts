import type { FaultlineDocument } from '../../model';
import { createRunController, type RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { appBase, shareUrl } from '../share/shareUrls';
import { stepStartMs } from './lessonCaption';

/** The two addresses the player links to, for the same document. */
export interface EmbedLinks {
  /** The editor's URL for the same document (no `?embed`; the theme kept). */
  openUrl: string;
  /** The editor for the same document in this tab, even on a phone (`?edit`; the theme kept). */
  editUrl: string;
}

/** How the player opens: at a lesson step, playing or not. */
export interface EmbedStart {
  /** `?step=N`: open at lesson step N (counted from 1). */
  step: number | null;
  autoplay: boolean;
  /** Creates the simulation worker (the browser's module worker unless given). */
  createWorker?: () => Worker;
}

/** The player's links for `fragment` (`#d=…`), keeping the page's theme. */
export function embedLinks(
  fragment: string,
  location: { origin: string; pathname: string },
  theme: 'light' | 'dark' | null,
): EmbedLinks {
  const base = appBase(location);
  return {
    openUrl: shareUrl(theme ? `${base}?theme=${theme}` : base, fragment),
    editUrl: shareUrl(`${base}?edit${theme ? `&theme=${theme}` : ''}`, fragment),
  };
}

/**
 * Starts the embedded player: puts `doc` into the in-memory document store, starts its run
 * controller and sends it the opening commands (the lesson step, autoplay) exactly once.
 * The caller owns the controller and disposes it (worker and watchdog with it).
 * Persistence is never booted on this route, so the host browser's autosave is neither
 * read nor written.
 */
export function startEmbed(doc: FaultlineDocument, start: EmbedStart): RunController {
  useDocumentStore.getState().replaceDocument(doc);
  const controller = createRunController(start.createWorker);
  const startMs = stepStartMs(doc.lesson, start.step);
  // From the start, a step of that length lands exactly on the lesson step, paused.
  if (startMs !== null && startMs > 0) controller.send({ type: 'STEP', ms: startMs });
  if (start.autoplay) controller.send({ type: 'PLAY' });
  return controller;
}
