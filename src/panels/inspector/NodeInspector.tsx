import { LIMITS } from '../../model/limits';
import { type DiagramNode, nodeSchema } from '../../model/nodes';
import { useDocumentStore } from '../../store/documentStore';
import { deleteSelection } from '../../store/editorCommands';
import { ConnectForm } from './ConnectForm';
import { FieldGroups } from './FieldGroups';
import { NODE_FIELDS } from './fieldSpecs';
import { LazyTheory } from './LazyTheory';
import { LockedArea, useLockedFieldsOf } from './Locked';
import { TextField } from './TextField';
import { TrafficEditor } from './TrafficEditor';

/** Name and every parameter of one node. */
export function NodeInspector({ node }: { node: DiagramNode }) {
  const { updateNode, rename } = useDocumentStore.getState();
  const lockedWhy = useLockedFieldsOf(node.id);
  return (
    <section className="fl-inspector__item" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="fl-inspector__heading">
        <span className="fl-inspector__kind">{node.kind}</span>
        <span className="fl-inspector__name">{node.label || node.id}</span>
      </h2>
      <p className="fl-inspector__id">id {node.id}</p>
      <TextField
        key={`${node.id}/label`}
        label="Name"
        value={node.label}
        maxLength={LIMITS.labelLength}
        apply={(v) => rename(node.id, v)}
      />
      <ConnectForm node={node} />
      <FieldGroups
        itemKey={node.id}
        item={node as unknown as Record<string, unknown>}
        specs={NODE_FIELDS[node.kind]}
        schema={nodeSchema}
        update={(patch) => updateNode(node.id, patch)}
      />
      {node.kind === 'client' && (
        <LockedArea why={lockedWhy('traffic')}>
          <TrafficEditor node={node} />
        </LockedArea>
      )}
      {(node.kind === 'service' || node.kind === 'database') && <LazyTheory nodeId={node.id} />}
      <div className="fl-inspector__actions">
        <button type="button" className="fl-button fl-button--danger" onClick={() => deleteSelection()}>
          Delete {node.kind}
        </button>
      </div>
    </section>
  );
}
