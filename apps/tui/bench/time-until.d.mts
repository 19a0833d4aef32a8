export function timeUntil(command: string, marker: string, options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<number>;
