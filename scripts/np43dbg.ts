import { readFileSync } from 'node:fs';
import { analyse } from '../src/lib/extract/pipeline.ts';
