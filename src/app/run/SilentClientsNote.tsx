import { silentClientsNote } from '../../run/silentClients';
import { useDocumentStore } from '../../store/documentStore';

/**
 * Says which clients will send nothing (no connection, or no client at all). The run bar
 * shows it once the person plays, loaded then: it is not part of the first visit.
 */
export function SilentClientsNote() {
  const note = useDocumentStore((s) => silentClientsNote(s.doc));
  return note ? (
    <p className="run-note" role="status">
      {note}
    </p>
  ) : null;
}
