import { LIMITS } from '../../model/limits';
import { type Scenario, scenarioSchema } from '../../model/scenario';
import { useDocumentStore } from '../../store/documentStore';
import { Field } from './Field';
import { SCENARIO_FIELDS } from './fieldSpecs';
import { fieldProblem } from './fieldValue';
import { LockedArea, useLockedScenario } from './Locked';
import { TextField } from './TextField';

/** The diagram's own settings, shown when nothing is selected. */
export function ScenarioInspector({ title, scenario }: { title: string; scenario: Scenario }) {
  const { updateScenario, setTitle } = useDocumentStore.getState();
  const item = scenario as unknown as Record<string, unknown>;
  const locked = useLockedScenario();
  return (
    <section className="fl-inspector__item" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="fl-inspector__heading">
        <span className="fl-inspector__kind">diagram</span>
        <span className="fl-inspector__name">Scenario</span>
      </h2>
      <p className="fl-inspector__hint">Select a node or an edge to edit it.</p>
      <TextField label="Diagram title" value={title} maxLength={LIMITS.titleLength} apply={setTitle} />
      <fieldset className="fl-group">
        <legend className="fl-group__title">Run</legend>
        <LockedArea why={locked}>
          {SCENARIO_FIELDS.map((spec) => (
            <Field
              key={spec.path[0]}
              spec={spec}
              value={item[spec.path[0]]}
              problem={(v) => fieldProblem(scenarioSchema, item, spec.path, v)}
              apply={(v) => updateScenario({ [spec.path[0]]: v })}
            />
          ))}
        </LockedArea>
      </fieldset>
      <p className="fl-inspector__hint">
        {scenario.faults.length} fault{scenario.faults.length === 1 ? '' : 's'} in the timeline.
      </p>
    </section>
  );
}
