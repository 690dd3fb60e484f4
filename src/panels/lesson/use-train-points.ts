import { useRef, useState } from 'react';
import { useTelemetry } from '../kit/use-telemetry';

/** How many training points the current data has (0 before the first data arrives); re-renders only when it changes. */
export function useTrainPoints(): number {
  const [count, setCount] = useState(0);
  const seen = useRef<unknown>(null);
  useTelemetry(({ data }) => {
    if (data === seen.current) return;
    seen.current = data;
    setCount(data?.trainX.length ?? 0);
  });
  return count;
}
