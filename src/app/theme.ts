import { useEffect, useSyncExternalStore } from 'react';
import { type ThemeChoice, useUiStore } from '../store/uiStore';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const mq = window.matchMedia?.(DARK_QUERY);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

const systemIsDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** The theme actually shown: the person's choice, or the system's when they chose "system". */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/**
 * The resolved theme, following system changes live, and applied to <html data-theme> so
 * the stylesheet (and React Flow's colorMode, passed by the caller) follow it.
 */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useUiStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribeToSystemTheme, systemIsDark, () => false);
  const theme = resolveTheme(choice, dark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
