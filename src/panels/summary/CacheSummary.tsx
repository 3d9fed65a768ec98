import type { Report } from '../../sim/report';

/**
 * The run summary's caches (only when the diagram has one): how often each answered by
 * itself, how many misses went to its backend or shared another's call, and what it holds.
 */
export function CacheSummary({ report, label }: { report: Report; label: (id: string) => string }) {
  const caches = Object.entries(report.caches ?? {});
  if (caches.length === 0) return null;
  return (
    <table>
      <caption>Per cache</caption>
      <thead>
        <tr>
          <th scope="col">Cache</th>
          <th scope="col">Hit ratio</th>
          <th scope="col">Hits</th>
          <th scope="col">Misses</th>
          <th scope="col">Coalesced</th>
          <th scope="col">Entries</th>
        </tr>
      </thead>
      <tbody>
        {caches.map(([id, c]) => (
          <tr key={id}>
            <th scope="row">{label(id)}</th>
            <td>{c.hits + c.misses === 0 ? '–' : `${(c.hitRatio * 100).toFixed(1)} %`}</td>
            <td>{c.hits}</td>
            <td>{c.misses}</td>
            <td>{c.coalesced}</td>
            <td>{c.entries}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
