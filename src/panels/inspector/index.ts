/** The inspector panel: parameters of the selected node or edge, or the scenario settings. */

export { EDGE_FIELDS, type FieldSpec, GROUPS, NODE_FIELDS, SCENARIO_FIELDS } from './fieldSpecs';
export { Inspector } from './Inspector';
