/** The engine's heavy parts on the extension host, loaded on first use (see engineLocal.ts). */
declare const require: (id: string) => unknown;

type EngineLocal = typeof import('./engineLocal');

let loaded: EngineLocal | undefined;

export function engineLocal(): EngineLocal {
  return (loaded ??= require('./engineLocal') as EngineLocal);
}

/** Unit tests run the sources unbundled, where there is no bundle to require: they provide the module. */
export function provideEngineLocal(m: EngineLocal): void {
  loaded = m;
}
