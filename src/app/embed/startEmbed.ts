import type { FaultlineDocument } from '../../model';
import { createRunController, type RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { appBase, shareUrl } from '../share/shareUrls';

/** What the embed route needs, prepared before its first render. */
export interface EmbedSetup {
  controller: RunController;
  /** The editor's URL for the same document (no `?embed`; the theme kept). */
  openUrl: string;
  /** The editor for the same document in this tab, even on a phone (`?edit`; the theme kept). */
  editUrl: string;
}

/**
 * Prepares the embedded player: puts `doc` into the in-memory document store and starts
 * its run controller. Persistence is never booted on this route, so the host browser's
 * autosave is neither read nor written.
 */
export function startEmbed(
  doc: FaultlineDocument,
  fragment: string,
  location: { origin: string; pathname: string },
  theme: 'light' | 'dark' | null,
): EmbedSetup {
  useDocumentStore.getState().replaceDocument(doc);
  const base = appBase(location);
  return {
    controller: createRunController(),
    openUrl: shareUrl(theme ? `${base}?theme=${theme}` : base, fragment),
    editUrl: shareUrl(`${base}?edit${theme ? `&theme=${theme}` : ''}`, fragment),
  };
}
