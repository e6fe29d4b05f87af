/** The engine's heavy parts on the extension host, loaded on first use (see engineLocal.ts). */
declare const require: (id: string) => unknown;

let loaded: typeof import('./engineLocal') | undefined;

export function engineLocal(): typeof import('./engineLocal') {
  return (loaded ??= require('./engineLocal') as typeof import('./engineLocal'));
}
