import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/canvas.css';
import './styles/inspector.css';
import { App } from './App';
import { bootPersistence, SafeBoundary } from './persistence';

// Decide what the editor opens (autosave, example or safe mode) before the first render.
bootPersistence();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <SafeBoundary>
      <App />
    </SafeBoundary>
  </StrictMode>,
);
