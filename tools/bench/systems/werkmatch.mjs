// werkmatch, two ways to load: from the vacancy JSON (`new Engine({vacancies, taxonomy, geo})`)
// and from a prebuilt index written by `werkmatch index` (`Engine.fromIndex(bytes)`). The
// package is passed in, initialised the way the runtime needs (initSync in Node, init() in
// the browser), with its WebAssembly memory.
import { LIMIT } from './common.mjs';

const rank = (engine, { profile }) => engine.rank(profile, { limit: LIMIT }).map((r) => ({ id: r.id, score: r.score }));

/** `pkg`: `{ Engine, memory }` (memory: the module's WebAssembly.Memory). */
export function werkmatchSystems({ Engine, memory }) {
  const wasmBytes = () => memory.buffer.byteLength;
  return [
    {
      name: 'werkmatch (JSON)',
      input: 'json',
      build: ({ vacancies, taxonomy, geo }) => new Engine({ vacancies, taxonomy, geo }),
      query: rank,
      wasmBytes,
    },
    {
      name: 'werkmatch (.wmx)',
      input: 'index',
      build: ({ index }) => Engine.fromIndex(index),
      query: rank,
      wasmBytes,
    },
  ];
}
