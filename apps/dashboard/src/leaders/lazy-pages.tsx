import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/** A page whose code (and charts) the browser fetches only when it is opened. */
function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

export const LazyLeadersBoard = lazyPage(() => import('./LeadersBoard'));
export const LazySpeechBoard = lazyPage(() => import('./SpeechBoardPage'));
export const LazyScorecard = lazyPage(() => import('./ScorecardPage'));
export const LazyBulletinList = lazyPage(() => import('./BulletinList').then((m) => ({ default: m.BulletinList })));
export const LazyBulletinShow = lazyPage(() => import('./BulletinShow').then((m) => ({ default: m.BulletinShow })));
