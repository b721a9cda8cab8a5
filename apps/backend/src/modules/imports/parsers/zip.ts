import { strFromU8, unzipSync } from 'fflate';
import { UnsupportedFileError } from './unsupported-file.error';

function damaged(err: unknown): UnsupportedFileError {
  const detail = err instanceof Error ? err.message : String(err);
  return new UnsupportedFileError(`The file looks like a zip archive (.xlsx/.docx) but cannot be opened: ${detail}`);
}

/** Names of the entries of a zip archive, without decompressing them. */
export function listZipEntries(buf: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(buf, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch (err) {
    throw damaged(err);
  }
  return names;
}

/** Decompresses the entries whose name passes `wanted` and returns them as UTF-8 text. */
export function readZipTextEntries(buf: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  try {
    const files = unzipSync(buf, { filter: (file) => wanted(file.name) });
    return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  } catch (err) {
    throw damaged(err);
  }
}
