/** Room for the tick marks and the gap between them and the labels, in CSS pixels. */
export const TICKS_AND_GAP = 15;
/** The least room a y axis gets, so charts with short labels line up. */
export const MIN_AXIS_SIZE = 36;

/**
 * The width a y axis needs for its labels: the widest label measured, plus the ticks and
 * a gap. A fixed width cut "2,000" to ".000" once a chart's values reached thousands.
 */
export function axisSize(
  labels: readonly string[] | null | undefined,
  measure: (text: string) => number,
): number {
  const widest = Math.max(0, ...(labels ?? []).map(measure));
  return Math.max(MIN_AXIS_SIZE, Math.ceil(widest + TICKS_AND_GAP));
}
