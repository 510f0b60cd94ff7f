/**
 * The import/export state of the page: one instance, shared by the panel and its dialogs. It loads
 * files through ./loader.ts and puts the result on screen only when the whole import succeeded: a failed
 * or cancelled import leaves the graph shown before as it was.
 */
import { exportGraph, type ExportFormat } from '../../lib/graph/export.ts';
import type { ImportFormat, ImportSummary } from '../../lib/graph/import.ts';
import type { AppState } from '../state.svelte.ts';
import { LoadError, loadFiles, loadUrl, type LoadProgress, type LoadResult, type MappingAnswer, type MappingRequest } from './loader.ts';

export interface ImportOutcome {
  name: string;
  format: ImportFormat;
  summary: ImportSummary;
  nodes: number;
  edges: number;
}

export class ImportController {
  busy = $state(false);
  progress = $state.raw<LoadProgress | null>(null);
  outcome = $state.raw<ImportOutcome | null>(null);
  /** The last failure (file problems, limits), phrased for a person in either language; null after a success. */
  error = $state.raw<LoadError | null>(null);
  cancelled = $state(false);
  merge = $state(false);
  /** A pending question for the column-mapping dialog. */
  mapping = $state.raw<{ request: MappingRequest; answer: (a: MappingAnswer | null) => void } | null>(null);
  private abort: AbortController | null = null;

  constructor(private readonly app: AppState) {}

  async importFiles(files: readonly File[]): Promise<void> {
    if (this.busy || !files.length) return;
    this.busy = true;
    this.error = null;
    this.cancelled = false;
    this.progress = { name: files.map((f) => f.name).join(' + '), rowsRead: 0, fraction: 0 };
    this.abort = new AbortController();
    performance.mark('wasl:import-start');
    try {
      const result = await loadFiles(files, {
        mergeInto: this.merge ? this.app.graph : null,
        signal: this.abort.signal,
        onProgress: (p) => (this.progress = p),
        askMapping: (request) => this.ask(request),
      });
      // The graph is built; drawing it starts in a task of its own (the UI thread breathes in between).
      performance.mark('wasl:import-built');
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.show(result);
    } catch (e) {
      if (e instanceof LoadError && e.kind === 'cancelled') this.cancelled = true;
      else this.error = e instanceof LoadError ? e : new LoadError('unreadable', { file: files.map((f) => f.name).join(' + '), detail: (e as Error).message });
    } finally {
      this.busy = false;
      this.progress = null;
      this.mapping = null;
      this.abort = null;
    }
  }

  /** Ask the mapping dialog (shown by the import panel). */
  private ask(request: MappingRequest): Promise<MappingAnswer | null> {
    return new Promise((answer) => (this.mapping = { request, answer }));
  }

  /**
   * Load a `?data=` link. As with a chosen file, a CSV header that is not recognised opens the mapping
   * dialog (`ask`: only where the import panel is on the page). The caller puts the graph on screen.
   */
  loadUrl(url: string, ask = true): Promise<LoadResult> {
    return loadUrl(url, ask ? { askMapping: (request) => this.ask(request) } : {}).finally(() => (this.mapping = null));
  }

  private show(result: LoadResult): void {
    const { graph } = result;
    if (!this.merge) this.app.setView({ kinds: null, relations: null, from: null, to: null, focus: null });
    this.app.setGraph(graph);
    this.outcome = { name: result.name, format: result.format, summary: result.summary, nodes: graph.order, edges: graph.size };
  }

  answerMapping(answer: MappingAnswer | null): void {
    const m = this.mapping;
    this.mapping = null;
    m?.answer(answer);
  }

  cancel(): void {
    this.answerMapping(null);
    this.abort?.abort();
  }

  /** Save the graph (or what the filters show) in one format. */
  download(format: ExportFormat, shownOnly: boolean): void {
    const graph = this.app.graph;
    if (!graph) return;
    const file = exportGraph(graph, format, shownOnly ? this.app.visibility : {});
    saveText(file.name, file.mime, file.text);
  }
}

/** Offer text as a file download. */
export function saveText(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
