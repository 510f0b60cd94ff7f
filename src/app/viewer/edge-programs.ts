/**
 * Sigma's edge programs (arrow and line), taught to hide the edges of hidden nodes on the GPU: each edge
 * also carries the numbers of its two nodes, and the vertex shader looks them up in a small texture of
 * node visibility. A filter that hides a node kind then costs one texture upload, not a redraw of every
 * edge that touches those nodes (sigma 3 keeps such edges in its buffers until each is processed again).
 * Edges are still hidden individually by their own `hidden` flag (relation, date, ... filters).
 */
import type Sigma from 'sigma';
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  type EdgeProgramType,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor, indexToColor } from 'sigma/utils';

/** Node visibility shared by the programs of one viewer: written by the viewer, uploaded at render. */
export interface NodeVisibility {
  /** 255 = shown, 0 = hidden; `TEXTURE_WIDTH` bytes a row. */
  data: Uint8Array;
  height: number;
  version: number;
  /** False when a program found no vertex texture unit: the viewer must then redraw those edges itself. */
  gpu: boolean;
}

const TEXTURE_WIDTH = 1024;
const TEXTURE_UNIT = 1;
const FLOAT = 0x1406;

export function createNodeVisibility(nodeCount: number): NodeVisibility {
  const height = Math.max(1, Math.ceil(nodeCount / TEXTURE_WIDTH));
  return { data: new Uint8Array(TEXTURE_WIDTH * height).fill(255), height, version: 1, gpu: true };
}

/** Copy a node mask (1 = shown) into the shared visibility. */
export function setNodeVisibility(vis: NodeVisibility, nodes: Uint8Array): void {
  for (let i = 0; i < nodes.length; i++) vis.data[i] = nodes[i] ? 255 : 0;
  vis.version++;
}

const HEADER = `
attribute vec2 a_ends;
uniform sampler2D u_nodeVisible;
uniform vec2 u_nodeTexSize;
float waslShown(float i) {
  if (i < 0.0) return 1.0;
  float row = floor(i / u_nodeTexSize.x);
  return texture2D(u_nodeVisible, vec2(i - row * u_nodeTexSize.x + 0.5, row + 0.5) / u_nodeTexSize).r;
}
`;
// Outside the clip volume: the whole triangle is dropped.
const HIDE = `  if (waslShown(a_ends.x) < 0.5 || waslShown(a_ends.y) < 0.5) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);\n`;

function injectShader(source: string): string {
  const main = source.indexOf('void main');
  const end = source.lastIndexOf('}');
  if (main < 0 || end < main) throw new Error('edge-programs: unexpected sigma vertex shader');
  return source.slice(0, main) + HEADER + source.slice(main, end) + HIDE + source.slice(end);
}

interface NodeData extends NodeDisplayData {
  nodeIndex?: number;
}

type ProgramInfo = { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };

function supportsVertexTextures(gl: WebGLRenderingContext): boolean {
  return (typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext) || gl.getParameter(gl.MAX_VERTEX_TEXTURE_IMAGE_UNITS) > 0;
}

// Sigma's program classes are typed loosely (abstract members, protected helpers): the subclass is built
// on `any` and handed back with sigma's own program type.
/* eslint-disable @typescript-eslint/no-explicit-any */
function withNodeVisibility(Base: any, vis: NodeVisibility): EdgeProgramType {
  // getDefinition runs inside the base constructor: the support check is passed through this variable.
  let gpu = true;
  return class extends Base {
    texture: WebGLTexture | null = null;
    textureGl: WebGLRenderingContext | null = null;
    uploaded = 0;
    readonly gpu: boolean;
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      gpu = supportsVertexTextures(gl);
      super(gl, pickingBuffer, renderer);
      this.gpu = gpu;
      if (!gpu) vis.gpu = false;
    }
    getDefinition() {
      const def = super.getDefinition();
      if (!gpu) return def;
      return {
        ...def,
        VERTEX_SHADER_SOURCE: injectShader(def.VERTEX_SHADER_SOURCE),
        UNIFORMS: [...def.UNIFORMS, 'u_nodeVisible', 'u_nodeTexSize'],
        ATTRIBUTES: [...def.ATTRIBUTES, { name: 'a_ends', size: 2, type: FLOAT }],
      };
    }
    // Sigma's own `process` also blanks edges whose ends are hidden: here only the edge's own flag counts,
    // so the edge is back as soon as its nodes are.
    process(edgeIndex: number, offset: number, source: NodeData, target: NodeData, data: EdgeDisplayData) {
      if (!this.gpu) return super.process(edgeIndex, offset, source, target, data);
      const i = offset * this.STRIDE;
      if (data.hidden) {
        this.array.fill(0, i, i + this.STRIDE);
        return;
      }
      this.processVisibleItem(indexToColor(edgeIndex), i, source, target, data);
    }
    processVisibleItem(edgeIndex: number, start: number, source: NodeData, target: NodeData, data: EdgeDisplayData) {
      super.processVisibleItem(edgeIndex, start, source, target, data);
      if (!this.gpu) return;
      this.array[start + this.STRIDE - 2] = source.nodeIndex ?? -1;
      this.array[start + this.STRIDE - 1] = target.nodeIndex ?? -1;
    }
    setUniforms(params: RenderParams, info: ProgramInfo) {
      super.setUniforms(params, info);
      if (!this.gpu) return;
      const gl = info.gl;
      gl.activeTexture(gl.TEXTURE0 + TEXTURE_UNIT);
      if (!this.texture) {
        this.texture = gl.createTexture();
        this.textureGl = gl;
        gl.bindTexture(gl.TEXTURE_2D, this.texture);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      } else gl.bindTexture(gl.TEXTURE_2D, this.texture);
      if (this.uploaded !== vis.version) {
        gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
        gl.texImage2D(gl.TEXTURE_2D, 0, gl.LUMINANCE, TEXTURE_WIDTH, vis.height, 0, gl.LUMINANCE, gl.UNSIGNED_BYTE, vis.data);
        this.uploaded = vis.version;
      }
      gl.uniform1i(info.uniformLocations.u_nodeVisible!, TEXTURE_UNIT);
      gl.uniform2f(info.uniformLocations.u_nodeTexSize!, TEXTURE_WIDTH, vis.height);
      gl.activeTexture(gl.TEXTURE0);
    }
    kill() {
      this.textureGl?.deleteTexture(this.texture);
      this.texture = null;
      super.kill();
    }
  } as unknown as EdgeProgramType;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Sigma's 1-pixel line (gl.LINES) for huge graphs. Unlike the instanced programs, it writes its attributes
 * once per vertex (two a edge), so with the node numbers added each vertex is x, y, colour, id, ends.
 */
class ThinLineProgram extends EdgeLineProgram {
  gpu = false;
  override processVisibleItem(edgeIndex: number, start: number, source: NodeData, target: NodeData, data: EdgeDisplayData) {
    if (!this.gpu) return super.processVisibleItem(edgeIndex, start, source, target, data);
    const a = this.array;
    const color = floatColor(data.color);
    for (const n of [source, target]) {
      a[start++] = n.x;
      a[start++] = n.y;
      a[start++] = color;
      a[start++] = edgeIndex;
      a[start++] = source.nodeIndex ?? -1;
      a[start++] = target.nodeIndex ?? -1;
    }
  }
}

/** `edgeProgramClasses` for sigma: the default arrow and line programs and the thin line, with node visibility. */
export function edgePrograms(vis: NodeVisibility): Record<string, EdgeProgramType> {
  return {
    arrow: createEdgeCompoundProgram([withNodeVisibility(createEdgeClampedProgram(), vis), withNodeVisibility(createEdgeArrowHeadProgram(), vis)]),
    line: withNodeVisibility(EdgeRectangleProgram, vis),
    // Huge graphs (display.ts THIN_EDGE_LIMIT): 1-pixel lines without arrow heads.
    thin: withNodeVisibility(ThinLineProgram, vis),
  };
}
