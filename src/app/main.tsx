// First: the Trusted Types policy the simulation worker needs (before any Worker is made).
import './trustedTypes';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/canvas.css';
import './styles/palette.css';
import './styles/inspector.css';
import { App } from './App';
import { bootPersistence, SafeBoundary } from './persistence';
import { specialRoute } from './routes/specialRoute';
import { EditorLinkGate } from './share/EditorLinkGate';

// `?embed` and `?compare` are pages of their own, chosen from the view options; they never
// read or write the autosave, so persistence is booted for the editor only.
const special = specialRoute(window.location);

// Decide what the editor opens (autosave, example or safe mode) before the first render.
if (!special) bootPersistence();

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
