/**
 * tsconfig.core.json resolves every UI library (React, React Flow, zustand, uPlot…) to this
 * file, so that importing one into the pure core fails to compile: the core project then
 * includes this file, whose one line is an error naming the rule.
 */
const rule: 'model, machines, sim and scenarios never import a UI library' = 'imported anyway';
export default rule;
