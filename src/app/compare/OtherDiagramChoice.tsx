import { useId, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { isCompareFragment } from '../../model/decode/compareLink';
import { checkFileSize } from '../../model/decode/decode';
import { loadDecoder } from '../decoder';

export interface OtherDiagramChoiceProps {
  onDiagram: (doc: FaultlineDocument) => void;
}

/**
 * Another diagram to compare with: a file (JSON, as Save writes it) or a pasted share link.
 * Both go through the one decoder, the file's size checked before it is read; a refusal is
 * shown in the decoder's words and nothing else changes.
 */
export function OtherDiagramChoice({ onDiagram }: OtherDiagramChoiceProps) {
  const fileId = useId();
  const linkId = useId();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) return setProblem(`${file.name}: ${tooLarge.message}`);
    try {
      const [decode, bytes] = await Promise.all([loadDecoder(), file.arrayBuffer()]);
      const r = decode(bytes, 'file');
      if (r.ok) onDiagram(r.doc);
      else setProblem(`${file.name}: ${r.message}`);
    } catch (e) {
      setProblem(`${file.name} could not be read (${String(e)}).`);
    }
  };

  const openLink = async () => {
    setProblem(null);
    const hash = link.indexOf('#');
    if (hash >= 0 && isCompareFragment(link.slice(hash).trim()))
      return setProblem('That is a comparison link, with two diagrams: paste the link of one diagram.');
    try {
      const decode = await loadDecoder();
      // "paste": a link or a diagram's JSON text, whichever was pasted.
      const r = decode(link, 'paste');
      if (r.ok) onDiagram(r.doc);
      else setProblem(r.message);
    } catch (e) {
      setProblem(`Faultline could not load the part that reads diagrams (${String(e)}). Try again.`);
    }
  };

  return (
    <div className="fl-compare-with__other">
      <div className="fl-field">
        <label htmlFor={fileId}>A diagram file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            void openFile(file);
          }}
        />
      </div>
      <form
        className="fl-field"
        onSubmit={(e) => {
          e.preventDefault();
          void openLink();
        }}
      >
        <label htmlFor={linkId}>Or a Faultline link</label>
        <div className="fl-row">
          <input
            id={linkId}
            type="text"
            value={link}
            placeholder="https://…#d=1.…"
            onChange={(e) => setLink(e.currentTarget.value)}
          />
          <button type="submit" className="fl-button" disabled={link.trim() === ''}>
            Compare with this link
          </button>
        </div>
      </form>
      {problem && (
        <p role="alert" className="fl-compare-with__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
