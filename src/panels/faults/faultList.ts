// The schema-free fault edits live with the other document edits (src/store/edits/faultList.ts);
// this path stays for the run controller's import until it points there.
export { appendFault } from '../../store/edits/faultList';
