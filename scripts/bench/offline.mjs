// Keeps a benchmark child off the network: every outgoing connection (fetch of a
// non-file URL, http/https/net/tls connect, dns lookup) throws and is counted, so a peer
// that quietly downloads dictionaries fails loudly instead of being timed with them.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

/** Installs the guard; the returned object's `attempts` counts blocked connections. */
export function guardNetwork() {
  const state = { attempts: 0 };
  const block = (what) =>
    function blocked() {
      state.attempts++;
      throw new Error(`network access is disabled in the benchmark (${what})`);
    };
  http.request = http.get = block('http');
  https.request = https.get = block('https');
  net.connect = net.createConnection = block('net');
  tls.connect = block('tls');
  dns.lookup = block('dns');
  syncBuiltinESMExports();
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('file:') || url.startsWith('data:')) return realFetch(input, init);
    state.attempts++;
    return Promise.reject(new Error(`network access is disabled in the benchmark (fetch ${url})`));
  };
  return state;
}
