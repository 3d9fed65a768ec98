import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { fitViewOptions } from '../canvas/fitView';
import { useDocumentStore } from '../store/documentStore';
import { deleteSelection, redoEdit, undoEdit } from '../store/editorCommands';
import { useSelectionStore } from '../store/selectionStore';
import { type ThemeChoice, useUiStore } from '../store/uiStore';
import { ToolbarMore } from './ToolbarMore';
import { ToolIcon, type ToolIconName } from './ToolIcon';

function ToolButton(props: {
  icon: ToolIconName;
  label: string;
  hint: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="fl-tool"
      aria-label={props.label}
      title={`${props.label} (${props.hint})`}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      <ToolIcon name={props.icon} />
    </button>
  );
}

const THEMES: { value: ThemeChoice; label: string; icon: ToolIconName }[] = [
  { value: 'system', label: 'System theme', icon: 'monitor' },
  { value: 'light', label: 'Light theme', icon: 'sun' },
  { value: 'dark', label: 'Dark theme', icon: 'moon' },
];

function ThemeSwitch() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <fieldset className="fl-segmented fl-segmented--icons" aria-label="Theme">
      {THEMES.map((t) => (
        <button
          key={t.value}
          type="button"
          aria-pressed={theme === t.value}
          aria-label={t.label}
          title={t.label}
          onClick={() => setTheme(t.value)}
        >
          <ToolIcon name={t.icon} />
        </button>
      ))}
    </fieldset>
  );
}

/** Delete: the only toolbar button that reads the selection, so a click on a node renders it alone. */
function DeleteButton() {
  const hasSelection = useSelectionStore((s) => s.nodeIds.length + s.edgeIds.length > 0);
  return (
    <ToolButton
      icon="trash"
      label="Delete"
      hint="Delete"
      onClick={deleteSelection}
      disabled={!hasSelection}
    />
  );
}

/**
 * The top bar: the app's name and the diagram's title, the file menu (given by the
 * persistence module), the shortcuts and the theme (behind "More" on narrower windows),
 * edit and view buttons, then `extra` (sharing, presenting).
 */
export function Toolbar({ fileMenu, extra }: { fileMenu?: ReactNode; extra?: ReactNode }) {
  const { fitView, zoomIn, zoomOut } = useReactFlow();
  const title = useDocumentStore((s) => s.doc.title);
  const canUndo = useStore(useDocumentStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDocumentStore.temporal, (s) => s.futureStates.length > 0);
  const openShortcuts = useUiStore((s) => s.setShortcutsOpen);
  return (
    <header className="fl-toolbar">
      <div className="fl-brand">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="fl-brand__mark">
          <path
            d="M3 12h5l2-6 4 12 2-6h5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </svg>
        <h1 className="fl-brand__name">Faultline</h1>
        <span className="fl-brand__title" title={title}>
          {title}
        </span>
      </div>
      <ToolbarMore>
        <div className="fl-toolbar__group">{fileMenu}</div>
        <div className="fl-toolbar__group">
          <ToolButton
            icon="keyboard"
            label="Keyboard shortcuts"
            hint="?"
            onClick={() => openShortcuts(true)}
          />
          <ThemeSwitch />
        </div>
      </ToolbarMore>
      <div className="fl-toolbar__group" role="toolbar" aria-label="Edit">
        <ToolButton icon="undo" label="Undo" hint="Ctrl+Z" onClick={undoEdit} disabled={!canUndo} />
        <ToolButton icon="redo" label="Redo" hint="Shift+Ctrl+Z" onClick={redoEdit} disabled={!canRedo} />
        <DeleteButton />
      </div>
      <div className="fl-toolbar__group" role="toolbar" aria-label="View">
        <ToolButton
          icon="fit"
          label="Fit view"
          hint="F"
          onClick={() => void fitView({ ...fitViewOptions(), duration: 200 })}
        />
        <ToolButton icon="zoomIn" label="Zoom in" hint="+" onClick={() => void zoomIn({ duration: 150 })} />
        <ToolButton
          icon="zoomOut"
          label="Zoom out"
          hint="-"
          onClick={() => void zoomOut({ duration: 150 })}
        />
      </div>
      {extra}
    </header>
  );
}
