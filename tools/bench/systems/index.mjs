// The systems benchmarked, in table order: werkmatch (both ways to load) and the JS libraries.
import { werkmatchSystems } from './werkmatch.mjs';
import miniSearch from './minisearch.mjs';
import orama from './orama.mjs';
import flexSearch from './flexsearch.mjs';
import fuse from './fuse.mjs';

export const PEERS = [miniSearch, orama, flexSearch, fuse];

/** Every system; `werkmatchPkg` is `{ Engine, memory }` of the initialised package. */
export const allSystems = (werkmatchPkg) => [...werkmatchSystems(werkmatchPkg), ...PEERS];

export const SYSTEM_NAMES = ['werkmatch (JSON)', 'werkmatch (.wmx)', ...PEERS.map((s) => s.name)];
