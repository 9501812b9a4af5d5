/** The paper a snapshot is printed on, as the page's form and its address say: A4 or Letter, landscape or portrait. */

export const PAPERS = ['a4', 'letter'] as const;
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Paper = (typeof PAPERS)[number];
export type Orientation = (typeof ORIENTATIONS)[number];

export interface PaperChoice {
  paper: Paper;
  orientation: Orientation;
}

/** Sheet sizes in millimetres, portrait. */
const SHEETS: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'letter' },
};

/** Page margins in millimetres: room at the top and bottom for the running head and foot. */
export const MARGINS = { top: 18, bottom: 16, side: 12 };

const PX_PER_MM = 96 / 25.4;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The paper of a request; A4 landscape unless the address says otherwise (unknown values fall back the same way). */
export function readPaper(params: Record<string, string | string[] | undefined>): PaperChoice {
  const paper = first(params.paper);
  const orientation = first(params.orientation);
  return {
    paper: (PAPERS as readonly string[]).includes(paper ?? '') ? (paper as Paper) : 'a4',
    orientation: (ORIENTATIONS as readonly string[]).includes(orientation ?? '') ? (orientation as Orientation) : 'landscape',
  };
}

/** The sheet as the page turns it, in millimetres. */
export function sheet(choice: PaperChoice): { width: number; height: number; css: string } {
  const { width, height, css } = SHEETS[choice.paper];
  return choice.orientation === 'landscape' ? { width: height, height: width, css } : { width, height, css };
}

/** How wide the printable area is, in CSS pixels: the chart is drawn at that width so its text prints at its size. */
export function printableWidthPx(choice: PaperChoice): number {
  return Math.floor((sheet(choice).width - 2 * MARGINS.side) * PX_PER_MM);
}

/** How tall the printable area is, in CSS pixels. */
export function printableHeightPx(choice: PaperChoice): number {
  return Math.floor((sheet(choice).height - MARGINS.top - MARGINS.bottom) * PX_PER_MM);
}
