import type { DocumentError } from '../../model';
import {
  downloadDamagedData,
  downloadStored,
  keepAutosavePaused,
  keepMineAsCopy,
  loadStoredAnyway,
  loadTheirs,
  retrySaving,
  saveCopy,
  startEmpty,
  startFreshAndSave,
} from './actions';
import { ConfirmDialog } from './ConfirmDialog';
import { dismissNotice, type Notice, usePersistenceStore } from './persistenceStore';
import './persistence.css';

/** The field-level list; a single error is already quoted in the decoder's message. */
function ErrorList({ errors }: { errors: DocumentError[] }) {
  if (errors.length < 2) return null;
  return (
    <ul className="fl-persist-errors">
      {errors.slice(0, 12).map((e) => (
        // A field path with its message is unique within one document's errors.
        <li key={`${e.path}: ${e.message}`}>
          <code>{e.path}</code>: {e.message}
        </li>
      ))}
      {errors.length > 12 ? <li>…and {errors.length - 12} more</li> : null}
    </ul>
  );
}

function Button({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button type="button" className="fl-button" onClick={onClick}>
      {children}
    </button>
  );
}

function NoticeBody({ notice }: { notice: Notice }) {
  switch (notice.kind) {
    case 'damaged':
      if (notice.collapsed) {
        return (
          <>
            <p>Autosave is paused: the saved data in this browser was damaged and is kept as it was.</p>
            <div className="fl-persist-actions">
              <Button onClick={downloadDamagedData}>Download the damaged data</Button>
              <Button onClick={startFreshAndSave}>Start fresh and save</Button>
            </div>
          </>
        );
      }
      return (
        <>
          <p>
            <strong>Your saved diagram could not be opened.</strong> {notice.message}
          </p>
          <ErrorList errors={notice.errors} />
          {notice.refused ? (
            <p>
              It could not be copied aside in this browser (storage is full or blocked), so it is left
              untouched: download it first, then start fresh.
            </p>
          ) : null}
          <p>
            {notice.asideKey
              ? `Nothing was deleted: the data is kept in this browser (as “${notice.asideKey}”).`
              : 'Nothing was deleted: the data is left where it was.'}{' '}
            You are looking at the example; autosave is paused until you decide.
          </p>
          <div className="fl-persist-actions">
            <Button onClick={downloadDamagedData}>Download the damaged data</Button>
            <Button onClick={startFreshAndSave}>Start fresh and save</Button>
            <Button onClick={keepAutosavePaused}>Keep paused</Button>
          </div>
        </>
      );
    case 'not-saving':
      return (
        <>
          <p>
            <strong>Changes are not being saved in this browser</strong>{' '}
            {notice.failure === 'full'
              ? '(its storage is full).'
              : '(storage is blocked or unavailable here).'}{' '}
            Your work stays open in this tab; save a copy to keep it.
          </p>
          <div className="fl-persist-actions">
            <Button onClick={saveCopy}>Save a copy (JSON)</Button>
            <Button onClick={retrySaving}>Try again</Button>
          </div>
        </>
      );
    case 'conflict':
      return (
        <>
          <p>
            <strong>This diagram was changed in another tab.</strong> Autosave is paused here so neither
            version overwrites the other. “Keep mine as a copy” keeps this tab's version in File → Recent,
            then loads theirs.
          </p>
          <div className="fl-persist-actions">
            <Button onClick={loadTheirs}>Load theirs</Button>
            <Button onClick={keepMineAsCopy}>Keep mine as a copy</Button>
          </div>
        </>
      );
    case 'safe-mode':
      return (
        <>
          <p>
            <strong>Safe mode.</strong> Faultline did not finish starting last time, so your saved diagram was
            not opened (it may be what stopped it). It is kept; autosave is paused until you choose.
          </p>
          <div className="fl-persist-actions">
            <Button onClick={loadStoredAnyway}>Load it anyway</Button>
            <Button onClick={downloadStored}>Download it</Button>
            <Button onClick={startEmpty}>Start empty</Button>
          </div>
        </>
      );
    case 'file-error':
      return (
        <>
          <p>
            <strong>
              {notice.fileName === undefined
                ? 'Could not open the pasted text.'
                : `Could not open “${notice.fileName}”.`}
            </strong>{' '}
            {notice.message} The current diagram is unchanged.
          </p>
          <ErrorList errors={notice.errors} />
          <div className="fl-persist-actions">
            <Button onClick={() => dismissNotice('file-error')}>Dismiss</Button>
          </div>
        </>
      );
    case 'info':
      return (
        <>
          <p>{notice.text}</p>
          <div className="fl-persist-actions">
            <Button onClick={() => dismissNotice('info')}>Dismiss</Button>
          </div>
        </>
      );
  }
}

/** Errors interrupt (role "alert"); the rest is announced politely (role "status"). */
function isUrgent(notice: Notice): boolean {
  return notice.kind !== 'info' && !(notice.kind === 'damaged' && notice.collapsed);
}

/**
 * The notices of persistence (damaged autosave, storage not saving, another tab, safe mode,
 * a file that could not be opened), each with its buttons, and the confirm dialog.
 */
export function PersistenceNotices() {
  const notices = usePersistenceStore((s) => s.notices);
  return (
    <>
      {notices.length > 0 ? (
        <section className="fl-persist-notices" aria-label="Saving and files">
          {notices.map((n) => (
            <div
              key={n.kind}
              role={isUrgent(n) ? 'alert' : 'status'}
              className={`fl-persist-notice fl-persist-notice--${n.kind}`}
            >
              <NoticeBody notice={n} />
            </div>
          ))}
        </section>
      ) : null}
      <ConfirmDialog />
    </>
  );
}
