import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { keysOf, type KeyPress } from './key-input.js';

/**
 * Calls `onKeys` with every key of each chunk the terminal sends, in order. Ink's useInput hands a
 * run of keys over as one string and parses it as one key, so this listens to the raw chunks Ink
 * reads (the same event useInput itself listens to) and splits them. Without a TTY on stdin there
 * is no raw mode, so nothing is listened to (Ink would throw).
 */
export function useKeyPresses(onKeys: (keys: KeyPress[]) => void): void {
  const { isRawModeSupported, setRawMode, internal_eventEmitter: events } = useStdin();
  const handler = useRef(onKeys);
  handler.current = onKeys;
  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    const onInput = (chunk: string | Buffer) => {
      const keys = keysOf(String(chunk));
      if (keys.length > 0) handler.current(keys);
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
      setRawMode(false);
    };
  }, [isRawModeSupported, setRawMode, events]);
}
