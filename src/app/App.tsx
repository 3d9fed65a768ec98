import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useState } from 'react';
import { Canvas, Palette } from '../canvas';
import { MessageOverlay, OverlayLegend } from '../canvas/overlay';
import { useDocumentStore } from '../store/documentStore';
import { loadEditing } from '../store/editing';
import { useUiStore } from '../store/uiStore';
import { ChallengeBarSlot, ChallengesButton, isChallengeLinkFragment } from './challenges/ChallengesEntry';
import { FileMenu } from './persistence/FileMenu';
import { usePersistenceStore } from './persistence/persistenceStore';
import { useFileDrop } from './persistence/useFileDrop';
import { usePersistence } from './persistence/usePersistence';
import { parseViewOptions } from './routes/viewOptions';
import { RunPanels } from './run';
import { StatusLine } from './StatusLine';
import { galleryOnFirstVisit } from './share/EditorLinkGate';
import { SharingTools } from './share/SharingTools';
import { StartupSignal, useAfterStartup } from './startup';
import { Toolbar } from './Toolbar';
import { useResolvedTheme } from './theme';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useFirstUse } from './useFirstUse';
import { InspectorToggle, Workspace } from './useInspectorDrawer';
import { useWindowTitle } from './useWindowTitle';

// The "?" dialog loads when first asked for (the first visit's size budget).
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));
// Persistence's notices and its confirm dialog load when there is first something to say
// or to ask (right away after a boot that found damaged data, say).
const PersistenceNotices = lazy(() =>
  import('./persistence/PersistenceNotices').then((m) => ({ default: m.PersistenceNotices })),
);
// The inspector (every parameter's field, from the schema) loads after startup: nothing is
// selected on a first visit, and the first diagram and Play do not need it. It edits
// through the checked edits at once, so it comes with them (store/editing.ts).
const Inspector = lazy(() =>
  loadEditing().then(() => import('../panels/inspector').then((m) => ({ default: m.Inspector }))),
);
// Lessons and presenter mode (src/app/lesson) come in their own chunk after startup (./startup.ts).
const LessonBar = lazy(() => import('./lesson').then((m) => ({ default: m.LessonBar })));
const LessonFocus = lazy(() => import('./lesson').then((m) => ({ default: m.LessonFocus })));
const PresentButton = lazy(() => import('./lesson').then((m) => ({ default: m.PresentButton })));
// The workshop room (src/app/room) after startup too; its connection code on first use.
const RoomButton = lazy(() => import('./room/RoomButton'));
// A presenter's link (`?present`) opens on the lesson, not on the gallery of a first visit.
// A challenge link opens the challenge, not the gallery.
const galleryOnStart = () =>
  galleryOnFirstVisit() &&
  !parseViewOptions(window.location.search).present &&
  !isChallengeLinkFragment(window.location.hash);

/**
 * Opening a scenario asks first unless the current diagram is an untouched built-in one.
 * The check compares with all 13 built-in documents: they load with the gallery, not on
 * the first visit, which needs only the example.
 */
const askBeforeReplace = async () => {
  const { isUntouchedBuiltIn } = await import('./gallery/untouched');
  return !isUntouchedBuiltIn(useDocumentStore.getState().doc);
};

/** The editor's shell, inside the React Flow provider so toolbar and shortcuts can drive the view. */
function Editor() {
  const theme = useResolvedTheme();
  useEditorShortcuts();
  useWindowTitle();
  // persistence: autosave and restore, so no edit is lost to a reload, a crash or another tab.
  usePersistence();
  const fileDrop = useFileDrop();
  const shortcutsUsed = useFirstUse(useUiStore((s) => s.shortcutsOpen));
  const noticesUsed = useFirstUse(usePersistenceStore((s) => s.notices.length > 0 || s.confirm !== null));
  const started = useAfterStartup();
  const [panelsExpanded, setPanelsExpanded] = useState(false);
  return (
    <div className="fl-app">
      {/* persistence: the file menu (New, Open, Save) lives in the toolbar. */}
      <Toolbar
        fileMenu={<FileMenu />}
        // share, export, scenarios and compare.
        extra={
          <>
            <SharingTools galleryOnStart={galleryOnStart()} askBeforeReplace={askBeforeReplace} />
            {/* challenges: the panel, challenge mode and its links (src/app/challenges). */}
            <ChallengesButton />
            <Suspense fallback={null}>{started ? <PresentButton /> : null}</Suspense>
            <Suspense fallback={null}>{started ? <RoomButton /> : null}</Suspense>
          </>
        }
      />
      <div className="fl-notices">
        {/* persistence: damaged autosave, storage full, another tab, safe mode. */}
        <Suspense fallback={null}>{noticesUsed ? <PersistenceNotices /> : null}</Suspense>
      </div>
      <Suspense fallback={null}>
        {/* lessons: "Step 2 of 4", the caption, Previous / Next; presenter keys and layout. */}
        {started ? <LessonBar /> : null}
      </Suspense>
      <ChallengeBarSlot />
      {/* Narrower windows: the inspector is a drawer beside the canvas (layout.css). */}
      <Workspace>
        <aside className="fl-sidebar fl-sidebar--left" aria-label="Palette">
          <Palette />
        </aside>
        <main className="fl-stage" aria-label="Diagram">
          <Canvas colorMode={theme} onForeignDragOver={fileDrop.onDragOver} onForeignDrop={fileDrop.onDrop}>
            {/* live view: the message overlay (src/canvas/overlay) goes here, inside React Flow. */}
            <MessageOverlay />
            <OverlayLegend />
            <Suspense fallback={null}>{started ? <LessonFocus /> : null}</Suspense>
          </Canvas>
          <StatusLine />
          <InspectorToggle />
        </main>
        <aside id="fl-inspector" className="fl-sidebar fl-sidebar--right fl-inspector" aria-label="Inspector">
          <Suspense fallback={null}>{started ? <Inspector /> : null}</Suspense>
        </aside>
      </Workspace>
      <section className="fl-bottom" aria-label="Simulation" data-expanded={panelsExpanded || undefined}>
        {/* Projectors and laptops: the panels are a strip under the canvas; this pulls it up. */}
        <button
          type="button"
          className="fl-button fl-bottom__expand"
          aria-expanded={panelsExpanded}
          onClick={() => setPanelsExpanded((e) => !e)}
        >
          {panelsExpanded ? 'Smaller panels' : 'Larger panels'}
        </button>
        {/* live view: run controls, timeline, charts, event log and summary go here. */}
        <RunPanels />
      </section>
      <Suspense fallback={null}>{shortcutsUsed ? <ShortcutsDialog /> : null}</Suspense>
    </div>
  );
}

/** The whole app: the editor (routes for play, embed, present and compare come with the live view). */
export function App() {
  return (
    <ReactFlowProvider>
      <StartupSignal />
      <Editor />
    </ReactFlowProvider>
  );
}
