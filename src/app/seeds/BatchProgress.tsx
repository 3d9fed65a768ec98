import type { BatchState } from './useRunBatch';

/** A batch's progress bar and Cancel while it runs; what became of it afterwards. */
export function BatchProgress({
  batch,
  onCancel,
  noun,
}: {
  batch: BatchState;
  onCancel: () => void;
  noun: string;
}) {
  if (batch.status === 'idle') return null;
  const failed = batch.failed > 0 ? `, ${batch.failed} failed` : '';
  return (
    <div className="seeds-progress">
      {batch.status === 'running' ? (
        <>
          <progress aria-label={`${noun} done`} value={batch.done} max={batch.total} />
          <span role="status">
            {batch.done} of {batch.total} {noun}
            {failed}
          </span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <span role="status">
          {batch.status === 'cancelled'
            ? `Cancelled after ${batch.done} of ${batch.total} ${noun}${failed}.`
            : `${batch.total} ${noun} done${failed}.`}
        </span>
      )}
    </div>
  );
}
