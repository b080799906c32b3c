import { useEffect } from 'react';

/** Sets the tab title so officers with many tabs open (and screen readers) know the page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Một Cửa` : 'Một Cửa';
  }, [title]);
}
