import { useEffect } from 'react';

/** Runs `load` now and every `ms` while the component is shown (status panels that change by themselves). */
export function useRefresh(load: () => Promise<void>, ms: number): void {
  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), ms);
    return () => clearInterval(t);
  }, [load, ms]);
}
