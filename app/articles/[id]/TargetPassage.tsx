'use client';

import { useEffect } from 'react';

/**
 * Marks the passage the address names (`#m-…`) and brings it into view. `:target` alone is not enough: after a
 * client-side navigation the browser never sets it. Every piece of text a mention covers names the mention's anchor
 * in `data-anchors`, so a passage split by overlapping mentions is marked whole.
 */
export default function TargetPassage() {
  useEffect(() => {
    const mark = () => {
      for (const element of document.querySelectorAll('.mention-target')) element.classList.remove('mention-target');
      const id = decodeURIComponent(globalThis.location.hash.slice(1));
      if (!id) return;
      const pieces = document.querySelectorAll(`[data-anchors~="${CSS.escape(id)}"]`);
      for (const piece of pieces) piece.classList.add('mention-target');
      pieces[0]?.scrollIntoView({ block: 'center' });
    };
    mark();
    globalThis.addEventListener('hashchange', mark);
    return () => globalThis.removeEventListener('hashchange', mark);
  }, []);
  return null;
}
