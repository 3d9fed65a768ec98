/** Stars out of three, drawn and named ("2 of 3 stars"). */
export function Stars({ stars }: { stars: number }) {
  return (
    <span className="fl-stars" role="img" aria-label={`${stars} of 3 stars`}>
      {'★'.repeat(stars)}
      <span className="fl-stars__empty">{'☆'.repeat(3 - stars)}</span>
    </span>
  );
}
