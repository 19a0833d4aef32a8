export async function runInteractive(): Promise<void> {
  throw new Error('not yet');
}
