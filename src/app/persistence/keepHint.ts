/** Said in every "replace?" question: where the current diagram goes. */
export const KEEP_HINT = 'It stays in File → Recent, from where you can open it again.';
