import { useQuery } from '@tanstack/react-query';
import { HttpError, useDataProvider } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

/** One aggregate of `/api/dashboard/…` (or any JSON GET of the leaders' view), cached by its path. */
export function useDashboard<T>(path: string | null) {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  return useQuery({
    queryKey: ['leaders', path],
    queryFn: () => dataProvider.request<T>('GET', path ?? ''),
    enabled: path !== null,
    staleTime: 30_000,
    // A refusal (another organization's scorecard: 404) is an answer, not a hiccup to retry.
    retry: (failures, error) => !(error instanceof HttpError && error.status < 500) && failures < 2,
  });
}
