/** Which reader a file gets, by its name. */
export function formatOf(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdown|mkd|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}
