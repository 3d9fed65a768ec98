import type { NodeKind } from '../../model';

/**
 * One small line icon per node kind, so the kind reads without colour: a monitor for a
 * client, a stacked box for a service, a message tray for a queue, a cylinder for a database,
 * a lightning bolt (a fast answer) for a cache, one line fanning out into three for a load
 * balancer.
 */
export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      className="fl-kind-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'client' && (
        <>
          <rect x="3" y="4" width="18" height="12" rx="2" />
          <path d="M8 20h8M12 16v4" />
        </>
      )}
      {kind === 'service' && (
        <>
          <path d="M12 3 20 7.5v9L12 21l-8-4.5v-9Z" />
          <path d="M4 7.5 12 12l8-4.5M12 12v9" />
        </>
      )}
      {kind === 'queue' && (
        <>
          <rect x="3" y="6" width="18" height="12" rx="2" />
          <path d="M8 6v12M13 6v12" />
          <path d="M16.5 10.5 18.5 12l-2 1.5" />
        </>
      )}
      {kind === 'database' && (
        <>
          <ellipse cx="12" cy="5.5" rx="7.5" ry="2.5" />
          <path d="M4.5 5.5v13c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-13" />
          <path d="M4.5 12c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5" />
        </>
      )}
      {kind === 'cache' && <path d="M13.5 2.5 5 13.5h6l-1.5 8 8.5-11h-6Z" />}
      {kind === 'balancer' && (
        <>
          <circle cx="5" cy="12" r="2" />
          <path d="M7 12h4M11 12 19 5M11 12h8M11 12l8 7" />
          <path d="M16.5 4.5 19 5l-.5 2.5M17 10.5l2 1.5-2 1.5M18.5 16.5l.5 2.5-2.5.5" />
        </>
      )}
    </svg>
  );
}
