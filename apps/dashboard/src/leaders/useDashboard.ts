import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

/** One aggregate of `/api/dashboard/…` (or any JSON GET of the leaders' view), cached by its path. */
export function useDashboard<T>(path: string | null) {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  return useQuery({
    queryKey: ['leaders', path],
    queryFn: () => dataProvider.request<T>('GET', path ?? ''),
    enabled: path !== null,
    staleTime: 30_000,
  });
}
