import type { EventType } from '@/lib/domain/event';
import type { Locale } from '@/lib/i18n/messages';
import { legend, type LegendEntry } from '@/lib/timeline/legend';

/** A swatch drawn with the same style pieces as the chart's items (see globals.css, `.swatch`). */
function Swatch({ swatch }: { swatch: LegendEntry['swatch'] }) {
  const classes = [
    'swatch',
    `swatch-${swatch.precision}`,
    swatch.status.filled ? 'swatch-filled' : 'swatch-outlined',
    `swatch-outline-${swatch.status.outline}`,
    swatch.status.struck ? 'swatch-struck' : '',
  ].filter(Boolean);
  return <span aria-hidden="true" className={classes.join(' ')} style={{ '--ev-colour': swatch.colour } as React.CSSProperties} />;
}

/** What the chart's colours, shapes and outlines mean: the types in view, then dates, status and confidence. */
export default function Legend({ types, locale, heading }: { types: readonly EventType[]; locale: Locale; heading: string }) {
  return (
    <section aria-label={heading} className="legend flex flex-wrap gap-x-6 gap-y-1 border-t border-stone-200 px-3 py-2 text-xs text-stone-700" data-testid="legend">
      {legend(types).map((section) => (
        <div key={section.key} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="font-semibold">{section.heading[locale]}:</span>
          {section.entries.map((entry) => (
            <span key={entry.key} className="flex items-center gap-1" data-legend={entry.key}>
              <Swatch swatch={entry.swatch} />
              {entry.label[locale]}
            </span>
          ))}
        </div>
      ))}
    </section>
  );
}
