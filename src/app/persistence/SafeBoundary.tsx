import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reportRenderCrash } from './session';
import './persistence.css';

/**
 * What the crash screen's buttons do (src/app/persistence/actions.ts): fetched as soon as the
 * screen shows, so a page that never crashes does without it.
 */
const crashActions = () => import('./actions');

interface State {
  error: Error | null;
}

/**
 * Wraps the app: when rendering throws, shows "Something went wrong" with a way to keep the
 * diagram (download) and a way out (start empty) instead of a white screen. The edit that
 * crashed is never autosaved, and the boot marker turns a crash at start into safe mode.
 */
export class SafeBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    // Paused here, during render, so the unmount of the crashed tree cannot flush the bad edit.
    try {
      reportRenderCrash();
    } catch {
      // Persistence must not turn one error into two.
    }
    crashActions().catch(() => {
      // Fetched again when a button is pressed.
    });
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Faultline crashed while rendering', error, info.componentStack);
  }

  private readonly saveCopy = () => {
    void crashActions().then((a) => a.saveCopy());
  };

  private readonly startEmpty = () => {
    void crashActions().then((a) => {
      a.startEmpty();
      this.setState({ error: null });
    });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="fl-crash" role="alert" aria-labelledby="fl-crash-title">
        <h1 id="fl-crash-title">Something went wrong</h1>
        <p>
          Faultline could not show this diagram. Your last autosave is untouched: the change that failed was
          not saved.
        </p>
        <p className="fl-crash-detail">{error.message}</p>
        <div className="fl-persist-actions">
          <button type="button" className="fl-button" onClick={this.saveCopy}>
            Download this diagram
          </button>
          <button type="button" className="fl-button" onClick={this.startEmpty}>
            Start with an empty diagram
          </button>
        </div>
      </main>
    );
  }
}
