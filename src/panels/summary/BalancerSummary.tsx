import type { Report } from '../../sim/report';

/**
 * The run summary's part on load balancers: per balancer, how many calls each backend was
 * sent, how often it was ejected and how many health checks it failed, and the calls failed
 * for want of a backend. Nothing when the diagram has no balancer.
 */
export function BalancerSummary({ report, label }: { report: Report; label: (id: string) => string }) {
  const balancers = Object.entries(report.balancers ?? {});
  if (balancers.length === 0) return null;
  return (
    <>
      {balancers.map(([id, b]) => (
        <table key={id}>
          <caption>
            Load balancer {label(id)}: {b.noBackend} calls failed with no backend
          </caption>
          <thead>
            <tr>
              <th scope="col">Backend</th>
              <th scope="col">Calls</th>
              <th scope="col">Ejections</th>
              <th scope="col">Failed checks</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(b.backends).map(([backend, x]) => (
              <tr key={backend}>
                <th scope="row">{label(backend)}</th>
                <td>{x.requests}</td>
                <td>{x.ejections}</td>
                <td>{x.healthCheckFailures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
