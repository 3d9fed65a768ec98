import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { ScenarioInspector } from './ScenarioInspector';

/**
 * The inspector: the one selected node or edge with every parameter, the scenario when
 * nothing is selected, a count when several things are. Reads only the selected item, so
 * moving other nodes does not render it.
 */
export function Inspector() {
  const nodeIds = useSelectionStore((s) => s.nodeIds);
  const edgeIds = useSelectionStore((s) => s.edgeIds);
  // One item only: a node and an edge selected together (Shift+click) are a count.
  const node = useDocumentStore((s) =>
    nodeIds.length === 1 && edgeIds.length === 0 ? s.doc.nodes.find((n) => n.id === nodeIds[0]) : undefined,
  );
  const edge = useDocumentStore((s) =>
    nodeIds.length === 0 && edgeIds.length === 1 ? s.doc.edges.find((e) => e.id === edgeIds[0]) : undefined,
  );
  const ends = useDocumentStore((s) => {
    if (!edge) return '';
    const name = (id: string) => {
      const n = s.doc.nodes.find((x) => x.id === id);
      return n ? n.label || n.id : id;
    };
    return `${name(edge.source)}\u0000${name(edge.target)}`;
  });
  const title = useDocumentStore((s) => s.doc.title);
  const scenario = useDocumentStore((s) => s.doc.scenario);
  const count = nodeIds.length + edgeIds.length;

  if (node) return <NodeInspector node={node} />;
  if (edge) {
    const [from, to] = ends.split('\u0000');
    return <EdgeInspector edge={edge} from={from} to={to} />;
  }
  if (count > 1) {
    return (
      <section className="fl-inspector__item" aria-labelledby="inspector-heading">
        <h2 id="inspector-heading" className="fl-inspector__heading">
          <span className="fl-inspector__name">{count} items selected</span>
        </h2>
        <p className="fl-inspector__hint">Select one node or edge to edit its parameters.</p>
      </section>
    );
  }
  return <ScenarioInspector title={title} scenario={scenario} />;
}
