import { type DiagramEdge, edgeSchema } from '../../model/edges';
import { LIMITS } from '../../model/limits';
import { useDocumentStore } from '../../store/documentStore';
import { deleteSelection, toggleEdge } from '../../store/editorCommands';
import { FieldGroups } from './FieldGroups';
import { EDGE_FIELDS } from './fieldSpecs';
import { TextField } from './TextField';

/** Name, kind switch and every parameter of one edge. */
export function EdgeInspector({ edge, from, to }: { edge: DiagramEdge; from: string; to: string }) {
  const { updateEdge, rename } = useDocumentStore.getState();
  const isRpc = edge.kind === 'rpc';
  // Only a client splits its traffic by weight (a service calls all its edges): elsewhere the
  // field would change nothing, so it is not shown.
  const fromClient = useDocumentStore(
    (s) => s.doc.nodes.find((n) => n.id === edge.source)?.kind === 'client',
  );
  const specs = fromClient
    ? EDGE_FIELDS[edge.kind]
    : EDGE_FIELDS[edge.kind].filter((f) => f.path[0] !== 'weight');
  return (
    <section className="fl-inspector__item" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="fl-inspector__heading">
        <span className="fl-inspector__kind">{isRpc ? 'RPC call' : 'async'}</span>
        <span className="fl-inspector__name">
          {from} → {to}
        </span>
      </h2>
      <p className="fl-inspector__id">id {edge.id}</p>
      <div className="fl-inspector__refactor">
        <p>
          {isRpc
            ? `${from} waits for ${to} to reply: when ${to} fails, so does ${from}.`
            : 'Messages go through a queue: the sender does not wait for the consumer.'}
        </p>
        <button type="button" className="fl-button fl-button--primary" onClick={() => toggleEdge(edge.id)}>
          {isRpc ? 'Make it async' : 'Make it RPC'}
        </button>
      </div>
      <TextField
        key={`${edge.id}/label`}
        label="Name"
        value={edge.label}
        maxLength={LIMITS.labelLength}
        apply={(v) => rename(edge.id, v)}
      />
      <FieldGroups
        itemKey={edge.id}
        item={edge as unknown as Record<string, unknown>}
        specs={specs}
        schema={edgeSchema}
        update={(patch) => updateEdge(edge.id, patch)}
      />
      <div className="fl-inspector__actions">
        <button type="button" className="fl-button fl-button--danger" onClick={() => deleteSelection()}>
          Delete edge
        </button>
      </div>
    </section>
  );
}
