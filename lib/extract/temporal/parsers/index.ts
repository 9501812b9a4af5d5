import type { Parser } from '../hit';
import { decades } from './decades';
import { hijri } from './hijri';
import { monthDates } from './monthDates';
import { ranges } from './ranges';
import { seasons } from './seasons';
import { numericDates } from './numericDates';
import { periodParts } from './periodParts';
import { relativeDays } from './relativeDays';
import { relativeUnits } from './relativeUnits';
import { vague } from './vague';
import { weekdays } from './weekdays';

/** Every family of date expressions; adding one is adding it here. */
export const PARSERS: Parser[] = [monthDates, numericDates, relativeDays, weekdays, relativeUnits, periodParts, ranges, hijri, decades, seasons, vague];
