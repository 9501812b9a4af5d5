/**
 * npm run bench:extract [-- --n 10000 --seed 42]: throughput of extractArticle on synthetic articles recombined from
 * the seeds (sentences shuffled, names, places, months and years swapped from the lexicons), beside one regular-expression
 * pass over the same text (the practical floor).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../lib/extract';
import gazetteer from '../lib/extract/lexicon/gazetteer.json';
import type { ArticleInput } from '../lib/domain/event';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt('--n', 10_000);
let seed = opt('--seed', 42) >>> 0;
const rand = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const pick = <T,>(a: T[]): T => a[Math.floor(rand() * a.length)]!;

const dir = path.join(__dirname, '..', 'seeds');
const sentences = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.!؟])\s+|\n+/)).filter((s) => s.trim().length > 20);
const people = gazetteer.people.map((p) => p.ar[0]!);
const cities = gazetteer.cities.map((c) => c.ar[0]!);
const countries = gazetteer.countries.map((c) => c.ar[0]!);
const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون الثاني', 'آذار'];
const days = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'أمس', 'اليوم'];
const swapPeople = /لافروف|بوقادوم|تبون|بوتين|لعمامرة|ميدفيديف|بيليايف/g;
const swapCities = /موسكو|برلين|دمشق/g;
const swapCountries = /روسيا|ليبيا|سوريا|تركيا/g;
const swapMonths = /أكتوبر|أفريل|جويلية|يناير/g;
const swapDays = /الأربعاء|الثلاثاء|الأحد|أمس/g;

function article(i: number): ArticleInput {
  const k = 3 + Math.floor(rand() * 12);
  const parts: string[] = [];
  for (let j = 0; j < k; j++) {
    parts.push(pick(sentences)
      .replace(swapPeople, () => pick(people)).replace(swapCities, () => pick(cities)).replace(swapCountries, () => pick(countries))
      .replace(swapMonths, () => pick(months)).replace(swapDays, () => pick(days)).replace(/20\d\d/g, () => String(2010 + Math.floor(rand() * 15))));
  }
  const y = 2012 + Math.floor(rand() * 12), m = 1 + Math.floor(rand() * 12), d = 1 + Math.floor(rand() * 28);
  const monthOnly = rand() < 0.2;
  const value = monthOnly ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { id: `syn-${i}`, file: `syn-${i}.txt`, text: parts.join(rand() < 0.5 ? '\n' : ' '), published: { value, precision: monthOnly ? 'month' : 'day' } };
}

const arts = Array.from({ length: N }, (_, i) => article(i));
const bytes = arts.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0);
for (let i = 0; i < Math.min(200, N); i++) extractArticle(arts[i]!); // warm-up

const floor = /[\u0621-\u064a]+|\d+/g;
let t0 = process.hrtime.bigint();
let tokens = 0;
for (const a of arts) { floor.lastIndex = 0; while (floor.exec(a.text)) tokens++; }
const regexS = Number(process.hrtime.bigint() - t0) / 1e9;

t0 = process.hrtime.bigint();
let events = 0;
for (const a of arts) events += extractArticle(a).length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;

const mb = bytes / 1e6;
console.log(`articles: ${N} (${mb.toFixed(1)} MB UTF-8, ${events} events)`);
console.log(`extractArticle: ${(N / s).toFixed(0)} articles/s, ${(mb / s).toFixed(2)} MB/s (${s.toFixed(2)} s)`);
console.log(`regex floor:    ${(N / regexS).toFixed(0)} articles/s, ${(mb / regexS).toFixed(2)} MB/s (${regexS.toFixed(3)} s, ${tokens} tokens)`);
console.log(`target ≥ 5 MB/s: ${mb / s >= 5 ? 'met' : 'NOT met'}`);
