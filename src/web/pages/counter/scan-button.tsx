import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api.ts';
import type { UploadedScan } from './intake-types.ts';
import { acceptedScanTypes, formatSize, uploadScan } from './upload-scan.ts';

interface ScanButtonProps {
  /** What the scan is of, for the button's accessible name. */
  documentName: string;
  scan: UploadedScan | null;
  onChange: (scan: UploadedScan | null) => void;
  csrfToken: string;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * "Tải bản quét": opens the file chooser (Enter or Space on the button), uploads at once, and
 * shows the stored file or the server's refusal (type, size, unreadable) next to the line.
 */
export function ScanButton({ documentName, scan, onChange, csrfToken }: ScanButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const [focusRemove, setFocusRemove] = useState(false);
  // The upload button disappears once the scan is stored: keep the focus in the row.
  useEffect(() => {
    if (focusRemove && scan) removeRef.current?.focus();
    setFocusRemove(false);
  }, [focusRemove, scan]);
  const [isUploading, setUploading] = useState(false);
  const [error, setError] = useState('');

  async function handleFile(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setError('');
    try {
      onChange(await uploadScan(file, csrfToken));
      setFocusRemove(true);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <span className="scan">
      <input
        ref={input}
        type="file"
        accept={acceptedScanTypes}
        hidden
        tabIndex={-1}
        onChange={(event) => handleFile(event.target.files?.[0])}
      />
      {scan ? (
        <>
          <span className="scan-name" data-testid="scan-name">
            ✓ {scan.fileName} <span className="muted">{formatSize(scan.size)}</span>
          </span>
          <button
            ref={removeRef}
            type="button"
            className="button-quiet button-small"
            aria-label={`Gỡ bản quét: ${shorten(documentName)}`}
            onClick={() => onChange(null)}
          >
            Gỡ
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button-quiet button-small"
          aria-label={`Tải bản quét: ${shorten(documentName)}`}
          aria-busy={isUploading}
          disabled={isUploading}
          onClick={() => input.current?.click()}
        >
          {isUploading ? 'Đang tải…' : 'Tải bản quét'}
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
