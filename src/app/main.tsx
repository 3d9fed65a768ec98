// First: the Trusted Types policy the simulation worker needs (before any Worker is made).
import './trustedTypes';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/canvas.css';
import './styles/palette.css';
import './styles/cache.css';
import './styles/inspector.css';
import './styles/balancer.css';
import { loadEditing } from '../store/editing';
import { watchPageLoad } from '../store/pageLoad';
import { App } from './App';
import { loadDecoder } from './decoder';
import { SafeBoundary } from './persistence/SafeBoundary';
import { autosaveStored, bootPersistence } from './persistence/session';
import { specialRoute } from './routes/specialRoute';
import { EditorLinkGate } from './share/EditorLinkGate';
import { hasSharedDiagram } from './share/sharedLink';
import { afterStartup } from './startup';

// `?embed` and `?compare` are pages of their own, chosen from the view options; they never
// read or write the autosave, so persistence is booted for the editor only.
const special = specialRoute(window.location);

/** Renders the page: the special route, or the editor once persistence has booted. */
function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      {special ?? (
        <SafeBoundary>
          {/* A shared link (#d=…) is pending until accepted; a broken one is explained. */}
          <EditorLinkGate>
            <App />
          </EditorLinkGate>
        </SafeBoundary>
      )}
    </StrictMode>,
  );
}

/** Boots persistence for the editor (it decides what the editor opens), then renders. */
function start(): void {
  // A struggling page (weak device, big diagram) updates its clock and badges less often.
  watchPageLoad();
  if (!special) {
    bootPersistence();
    // The checked edits (and zod) come once the first diagram is drawn; an edit before that
    // waits for them (../store/editing.ts). A failed fetch is retried by the first edit.
    afterStartup()
      .then(loadEditing)
      .catch(() => undefined);
    // The offline shell's service worker: fetched only once the first visit is interactive.
    afterStartup()
      .then(() => import('./pwa'))
      .then((pwa) => pwa.registerServiceWorker())
      .catch(() => undefined);
  }
  render();
}

if (hasSharedDiagram(window.location.hash) || (!special && autosaveStored())) {
  // The decoder (with fflate) is fetched before the first render only when there is
  // something to decode: a link (editor or embed) or an autosave; a first visit without a
  // link does without it. (Not a top-level await: chunks loaded later import from this one,
  // which must have finished.) If the fetch fails, boot goes on: the autosave is then kept
  // aside as unreadable and the link explained, nothing lost.
  loadDecoder()
    .catch(() => null)
    .then(start);
} else {
  start();
}
