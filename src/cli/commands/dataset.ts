/** `crosscheck dataset …`: verify, list conflicts, export and import. */
import { UsageError, type RawArgs } from '../args';
import type { Io } from '../main';

export async function runDataset(args: RawArgs, _io: Io): Promise<number> {
  throw new UsageError(`dataset ${args.positionals[0] ?? ''}: not available yet`);
}
