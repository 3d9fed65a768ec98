/**
 * View options: how the app shows a document, from query parameters (docs/embedding.md).
 * They are kept apart from content, which lives in the fragment (`#d=…`).
 * Parsing is strict and total: unknown parameters and unknown values are ignored.
 */

export type Theme = 'light' | 'dark';

export interface ViewOptions {
  /** `?embed`: the read-only player for iframes. */
  embed: boolean;
  /** `?autoplay`: start the run at once. */
  autoplay: boolean;
  /** `?theme=dark|light`; null follows the system. */
  theme: Theme | null;
  /** `?step=N`: the lesson step to open at, counted from 1; null for none. */
  step: number | null;
  /** `?compare`: the side-by-side view. */
  compare: boolean;
  /** `?compare=<scenario id>,<scenario id>`: the two built-in scenarios to compare. */
  comparePair: [string, string] | null;
  /** `?present`: full-screen presenting of a lesson. */
  present: boolean;
  /**
   * `?embed&linked`: the player is one side of a comparison; the page that frames it
   * (same origin only) drives its clock, so it shows no time controls of its own.
   */
  linked: boolean;
  /**
   * `?edit`: the editor even on a narrow screen, where a shared link otherwise opens the
   * player (the player's "Edit" button adds it).
   */
  edit: boolean;
}

export const DEFAULT_VIEW_OPTIONS: ViewOptions = {
  embed: false,
  autoplay: false,
  theme: null,
  step: null,
  compare: false,
  comparePair: null,
  present: false,
  linked: false,
  edit: false,
};

/** Longest query string we look at: anything longer is not ours. */
const QUERY_CAP = 2000;
const MAX_STEP = 1000;

/** A flag is on when present with no value, empty, "1", "true" or "yes"; off for "0", "false", "no". */
function flag(value: string | null): boolean | null {
  if (value === null) return null;
  const v = value.toLowerCase();
  if (v === '' || v === '1' || v === 'true' || v === 'yes') return true;
  if (v === '0' || v === 'false' || v === 'no') return false;
  return null;
}

/** Reads the view options from a query string (`?embed&theme=dark`). Never throws. */
export function parseViewOptions(search: string): ViewOptions {
  const options = { ...DEFAULT_VIEW_OPTIONS };
  if (typeof search !== 'string' || search.length > QUERY_CAP) return options;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return options;
  }
  for (const key of ['embed', 'autoplay', 'compare', 'present', 'linked', 'edit'] as const) {
    const on = flag(params.get(key));
    if (on !== null) options[key] = on;
  }
  const pair = /^([A-Za-z0-9_-]{1,64}),([A-Za-z0-9_-]{1,64})$/.exec(params.get('compare') ?? '');
  if (pair) {
    options.compare = true;
    options.comparePair = [pair[1], pair[2]];
  }
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') options.theme = theme;
  const step = params.get('step');
  if (step !== null && /^[0-9]{1,4}$/.test(step)) {
    const n = Number(step);
    if (n >= 1 && n <= MAX_STEP) options.step = n;
  }
  return options;
}

/** The query string for `options` (only what differs from the defaults), with a leading "?" or empty. */
export function formatViewOptions(options: Partial<ViewOptions>): string {
  const parts: string[] = [];
  for (const key of ['embed', 'autoplay', 'compare', 'present', 'linked', 'edit'] as const) {
    if (key === 'compare' && options.comparePair) parts.push(`compare=${options.comparePair.join(',')}`);
    else if (options[key]) parts.push(key);
  }
  if (options.theme) parts.push(`theme=${options.theme}`);
  if (options.step) parts.push(`step=${options.step}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
