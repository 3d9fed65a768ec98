// The schema-free fault edits live with the other document edits (src/store/edits/faultList.ts);
// this path stays for the run controller's import.
export { appendFault, removeFault, withFaults } from '../../store/edits/faultList';
