/** Said in every "replace?" question: where the current diagram goes. */
export const KEEP_HINT = 'It is kept in File → Recent.';
