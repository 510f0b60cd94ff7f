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

/**
 * `JSON.stringify(value, null, 1) + '\n'` in pieces for writeChunks: the containers of the first `depth`
 * levels are written here, each value below them is one piece (stringified on its own, its lines indented
 * to its place). The build report is ~12 MB of JSON, mostly its "missed" sentences: as one string, then
 * encoded as one buffer, it took ~60 MB of fresh memory, and on a VM each page first touched costs CPU
 * time (10,000-article build benchmark: ~26,000 of its ~105,000 page faults).
 */
export function* jsonChunks(value: unknown, depth = 2, indent = ''): Generator<string> {
  const inner = indent + ' ';
  // a value below `depth`, or anything but an array or a plain object (a Date, a Map: JSON.stringify's own rules)
  const proto = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (depth === 0 || !(Array.isArray(value) || proto === Object.prototype || proto === null)) {
    const s = JSON.stringify(value, null, 1);
    // (undefined only in an array, where JSON.stringify writes null; raw newlines occur in no JSON string)
    yield s === undefined ? 'null' : indent ? s.replaceAll('\n', '\n' + indent) : s;
  } else if (Array.isArray(value)) {
    if (value.length === 0) yield '[]';
    else {
      for (let i = 0; i < value.length; i++) {
        yield `${i ? ',' : '['}\n${inner}`;
        yield* jsonChunks(value[i], depth - 1, inner);
      }
      yield `\n${indent}]`;
    }
  } else {
    let first = true;
    for (const [k, v] of Object.entries(value as object)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // (skipped, as JSON.stringify does)
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
      first = false;
      yield* jsonChunks(v, depth - 1, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
  }
  if (!indent) yield '\n';
}
