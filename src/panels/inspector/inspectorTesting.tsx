import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * Test helper: waits until the inspector shows every field group (FieldGroups.tsx shows the
 * first group with the selection and the others after the next paint).
 */
export async function allFieldsShown(): Promise<void> {
  await waitFor(() => {
    if (document.querySelector('[data-fields-pending]')) throw new Error('fields still pending');
  });
}

/** Renders `ui` (an inspector) and waits until all its fields are shown. */
export async function renderInspector(ui: ReactElement): Promise<ReturnType<typeof render>> {
  const result = render(ui);
  await allFieldsShown();
  return result;
}
