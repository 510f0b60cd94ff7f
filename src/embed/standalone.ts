/** Entry of the standalone script `wasl-embed.js`: defines `window.Wasl = { connect, PROTOCOL_VERSION }`. */
export { connect, PROTOCOL_VERSION } from './client.ts';
