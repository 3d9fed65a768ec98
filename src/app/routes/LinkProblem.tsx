import '../share/share.css';

/**
 * A link that cannot be shown on a page without the editor (embed, compare): the
 * decoder's explanation and a way to the editor. Nothing is read or saved.
 */
export function LinkProblem({ message }: { message: string }) {
  return (
    <main className="fl-screen">
      <div className="fl-screen__card" role="alert">
        <h1>This link cannot be opened</h1>
        <p data-testid="link-error">{message}</p>
        <p>
          <a href={window.location.pathname} target="_blank" rel="noopener noreferrer">
            Open Faultline
          </a>
        </p>
      </div>
    </main>
  );
}
