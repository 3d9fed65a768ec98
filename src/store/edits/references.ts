import type { FaultlineDocument } from '../../model';

/**
 * The scenario and lesson after some nodes or edges are gone: faults and traffic changes
 * aimed at them are dropped, a lesson step loses its highlight; `renamed` ids are followed
 * instead (an edge replaced by its async version keeps its partition fault).
 */
export function fixReferences(
  doc: FaultlineDocument,
  removed: ReadonlySet<string>,
  renamed: ReadonlyMap<string, string> = new Map(),
): FaultlineDocument {
  const touches = (id: string) => removed.has(id) || renamed.has(id);
  const faultsTouched = doc.scenario.faults.some((f) => touches(f.target));
  const trafficTouched = doc.scenario.traffic.some((t) => touches(t.target));
  const lessonTouched = doc.lesson.some((s) => s.focus !== undefined && touches(s.focus));
  if (!faultsTouched && !trafficTouched && !lessonTouched) return doc;
  const scenario = {
    ...doc.scenario,
    faults: doc.scenario.faults
      .filter((f) => !removed.has(f.target))
      .map((f) => (renamed.has(f.target) ? { ...f, target: renamed.get(f.target)! } : f)),
    traffic: doc.scenario.traffic
      .filter((t) => !removed.has(t.target))
      .map((t) => (renamed.has(t.target) ? { ...t, target: renamed.get(t.target)! } : t)),
  };
  const lesson = doc.lesson.map((s) => {
    if (s.focus === undefined) return s;
    if (renamed.has(s.focus)) return { ...s, focus: renamed.get(s.focus)! };
    if (!removed.has(s.focus)) return s;
    const { focus: _gone, ...rest } = s;
    return rest;
  });
  return { ...doc, scenario, lesson };
}
