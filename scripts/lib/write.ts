/**
 * Write a file from string pieces without joining them first: the graph file of a large corpus is
 * tens of MB, and as one string (two bytes a character once Arabic is in it) it is the largest single
 * allocation of the build. Each piece is encoded as UTF-8 straight into one 4 MB buffer, written out
 * whenever the next piece might not fit (joining pieces into 1 MB strings first, then encoding those,
 * copied every character twice: ~15% more CPU time for the 39 MB graph of the build benchmark).
 * Pieces must be whole strings (no surrogate pair split between two of them), as JSON.stringify makes.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const BUFFER_BYTES = 1 << 22;
/** UTF-8 bytes of a UTF-16 code unit, at most (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

export function writeChunks(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    const buf = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    const flush = () => {
      for (let done = 0; done < used; ) done += writeSync(fd, buf, done, used - done);
      used = 0;
    };
    for (const c of chunks) {
      const most = c.length * MAX_BYTES_PER_UNIT;
      if (used + most > BUFFER_BYTES) flush();
      if (most > BUFFER_BYTES) writeSync(fd, c); // a piece larger than the buffer goes on its own
      else used += buf.write(c, used);
    }
    flush();
  } finally {
    closeSync(fd);
  }
}
