// Language detection throughput: the whole detection stage (document language, sentence evidence,
// foreign passages) on articles and on headlines written here, never on evaluation data.
// Call `benchLanguage()` from bench/run.ts, or run alone: `npx tsx bench/language.ts`.
import { pathToFileURL } from 'node:url';
import { detectLanguage } from '../pipeline/language/detect.js';
import { analyzeLanguages } from '../pipeline/language/segments.js';

const PARAGRAPHS: Record<string, string> = {
  fr: "Le conseil régional a adopté jeudi un plan de soutien aux agriculteurs touchés par la sécheresse. Les aides seront versées avant la fin de l'année, a précisé la présidente de la région, qui promet un bilan au printemps.",
  en: 'The regional council on Thursday adopted a support plan for farmers hit by the drought. The payments will be made before the end of the year, the head of the region said, promising a review in the spring.',
  es: 'El consejo regional aprobó el jueves un plan de apoyo a los agricultores afectados por la sequía. Las ayudas se pagarán antes de fin de año, precisó la presidenta de la región, que promete un balance en primavera.',
  pt: 'O conselho regional aprovou na quinta-feira um plano de apoio aos agricultores atingidos pela seca. Os apoios serão pagos antes do fim do ano, precisou a presidente da região, que promete um balanço na primavera.',
  it: "Il consiglio regionale ha approvato giovedì un piano di sostegno agli agricoltori colpiti dalla siccità. Gli aiuti saranno versati entro la fine dell'anno, ha precisato la presidente della regione.",
  de: 'Der Regionalrat hat am Donnerstag einen Hilfsplan für die von der Dürre betroffenen Landwirte beschlossen. Die Hilfen werden vor Jahresende ausgezahlt, sagte die Präsidentin der Region.',
  nl: 'De regioraad heeft donderdag een steunplan aangenomen voor boeren die door de droogte zijn getroffen. De steun wordt voor het einde van het jaar uitbetaald, aldus de voorzitster van de regio.',
  ar: 'اعتمد المجلس الجهوي يوم الخميس خطة لدعم المزارعين المتضررين من الجفاف. وستصرف المساعدات قبل نهاية العام، بحسب رئيسة الجهة التي وعدت بتقييم في الربيع.',
};

const HEADLINES = [
  'Sécheresse : la région débloque une aide',
  'Drought aid approved by the council',
  'La región aprueba ayudas por la sequía',
  'Região aprova apoio contra a seca',
  'Siccità, la regione approva gli aiuti',
  'Dürrehilfe für Landwirte beschlossen',
  'Regio keurt droogtesteun goed',
];

/** Articles of 4–9 paragraphs, most in one language, every fourth with a paragraph in another. */
function corpus(count: number): string[] {
  const languages = Object.keys(PARAGRAPHS);
  return Array.from({ length: count }, (_, i) => {
    const main = PARAGRAPHS[languages[i % languages.length]!]!;
    const paragraphs = Array.from({ length: 4 + (i % 6) }, () => main);
    if (i % 4 === 0) paragraphs.splice(2, 0, PARAGRAPHS[languages[(i + 1) % languages.length]!]!);
    return paragraphs.join('\n\n');
  });
}

export interface LanguageBench {
  /** MB/s of wall-clock time, and of this process's CPU time (steadier on a busy machine). */
  articlesMBps: number;
  articlesCpuMBps: number;
  headlinesMBps: number;
  headlinesCpuMBps: number;
  firstCallMs: number;
}

/** Prints and returns detection throughput (MB of UTF-16 text, as `text.length` counts it, per second). */
export function benchLanguage(seconds = 2): LanguageBench {
  const t0 = performance.now();
  detectLanguage('Le conseil a voté.');
  const firstCallMs = performance.now() - t0;

  const run = (text: string) => analyzeLanguages(text, null);
  const articles = throughput(corpus(400), run, seconds / 2);
  const headlines = throughput(
    Array.from({ length: 2000 }, (_, i) => HEADLINES[i % HEADLINES.length]!),
    run,
    seconds / 2,
  );
  const f = (x: number) => x.toFixed(2);
  console.log(
    `language detection: articles ${f(articles.wall)} MB/s (${f(articles.cpu)} per CPU second), ` +
      `headlines ${f(headlines.wall)} MB/s (${f(headlines.cpu)}), first call (tables load) ${firstCallMs.toFixed(0)} ms`,
  );
  return {
    articlesMBps: articles.wall,
    articlesCpuMBps: articles.cpu,
    headlinesMBps: headlines.wall,
    headlinesCpuMBps: headlines.cpu,
    firstCallMs,
  };
}

function throughput(texts: string[], run: (text: string) => unknown, seconds: number): { wall: number; cpu: number } {
  const size = texts.reduce((sum, t) => sum + t.length, 0);
  let mb = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  do {
    for (const t of texts) run(t);
    mb += size / 1e6;
  } while (performance.now() - start < seconds * 1000);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: mb / ((performance.now() - start) / 1000), cpu: mb / ((cpu.user + cpu.system) / 1e6) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchLanguage();
