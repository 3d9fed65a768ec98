/**
 * Every keyboard shortcut of the editor, as the shortcuts dialog lists them. Apart from
 * shortcuts.ts so that it loads with the dialog, not on the first visit.
 */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Space', action: 'Play or pause the run' },
  {
    keys: 'Shift + click, or Ctrl/⌘ + click',
    action: 'Add a node or edge to the selection (again: take it out)',
  },
  { keys: 'Shift + drag on the background', action: 'Select everything in a box' },
  { keys: 'Delete / Backspace', action: 'Delete the selection' },
  { keys: 'Ctrl/⌘ + Z', action: 'Undo' },
  { keys: 'Shift + Ctrl/⌘ + Z, Ctrl + Y', action: 'Redo' },
  { keys: 'Ctrl/⌘ + C', action: 'Copy the selected nodes' },
  { keys: 'Ctrl/⌘ + V', action: 'Paste' },
  { keys: 'Ctrl/⌘ + D', action: 'Duplicate the selection' },
  { keys: 'Ctrl/⌘ + A', action: 'Select everything' },
  { keys: 'F', action: 'Fit the diagram in view' },
  { keys: 'Arrow keys', action: 'Move the selected nodes' },
  { keys: 'Tab / Enter', action: 'Focus a node or edge, then select it' },
  { keys: 'F2, or double-click a node', action: 'Rename the selected node' },
  { keys: 'Shift + F10, or right-click', action: 'Faults menu for the selected node or edge' },
  { keys: 'Ctrl/⌘ + S', action: 'Save the diagram as a JSON file' },
  { keys: 'Ctrl/⌘ + O', action: 'Open a diagram file' },
  { keys: 'PageDown / →', action: 'Next lesson step (a presentation clicker works too)' },
  { keys: 'PageUp / ←', action: 'Previous lesson step' },
  { keys: 'Escape (presenting)', action: 'Leave presenter mode' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: 'Escape', action: 'Close this dialog' },
];
