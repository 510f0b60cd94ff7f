/**
 * Write a file from string pieces without joining them first: the graph file of a large corpus is
 * tens of MB, and as one string (two bytes a character once Arabic is in it) it is the largest single
 * allocation of the build. Pieces are gathered up to about 1 MB and written through one descriptor.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const FLUSH_AT = 1 << 20;

export function writeChunks(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    let buf: string[] = [];
    let size = 0;
    for (const c of chunks) {
      buf.push(c);
      size += c.length;
      if (size >= FLUSH_AT) {
        writeSync(fd, buf.join(''));
        buf = [];
        size = 0;
      }
    }
    if (size > 0) writeSync(fd, buf.join(''));
  } finally {
    closeSync(fd);
  }
}
