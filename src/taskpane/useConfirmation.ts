// A confirmation dialog's state, armed once per opening: however often its button is clicked (a
// double click, a second click landing on the closing dialog after the work is done), one
// confirmation gives one draw or one void.
import { useCallback, useRef, useState } from 'react';

export function useConfirmation() {
  const [confirming, setConfirming] = useState(false);
  const armed = useRef(false);
  const open = useCallback(() => {
    armed.current = true;
    setConfirming(true);
  }, []);
  const close = useCallback(() => {
    armed.current = false;
    setConfirming(false);
  }, []);
  /** True for the first confirming click of an opening, set synchronously; false for any later one. */
  const take = useCallback((): boolean => {
    const first = armed.current;
    armed.current = false;
    return first;
  }, []);
  return { confirming, open, close, take };
}
