/*
 * The real documents of tests/fixtures/real, each beside what a careful reader found in
 * it by hand (expected.json), and the held-out set of tests/fixtures/holdout, which the
 * engine was not tuned on. The figures are printed (`npm run measure` prints them per
 * document); the floors below are what the engine reaches today, so that a change that
 * reads real schedules worse fails here, and a change that reads them better raises them.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.js';
import { git } from '../helpers/temp-git.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { bundleCli, runBundledCli } from '../faults/cli-bundle.js';
import { checkRealDocument, readRealDocuments, scoreDocument, totalScore, type CorpusScore, type RealDocument } from './score.js';

const fixtures = join(repoRoot, 'tests', 'fixtures');
const real = readRealDocuments(join(fixtures, 'real'));
const holdout = readRealDocuments(join(fixtures, 'holdout'));

function measure(documents: RealDocument[], sources?: string[]): CorpusScore {
  return totalScore(documents.map((document) => scoreDocument(document, sources)));
}

/**
 * With MEASURE_DETAIL=1 (`MEASURE_DETAIL=1 npm run measure`), each development document's
 * misses and false alarms; the held-out set's only with MEASURE_DETAIL=holdout, so that
 * whoever studies the misses to change the engine does not see the held-out ones.
 */
function showDetail(name: string, documents: RealDocument[], heldOut = false): void {
  const detail = process.env.MEASURE_DETAIL;
  if (!detail || (heldOut && detail !== 'holdout')) return;
  for (const document of documents) {
    const score = scoreDocument(document);
    if (score.missed.length === 0 && score.falseAlarms.length === 0 && score.extraSessions === 0 && score.problemsFound === score.problems) continue;
    const lines = [`${name} ${document.slug}: ${score.daysRight}/${score.sessions} days, ${score.hoursRight}/${score.sessions} hours, ${score.problemsFound}/${score.problems} problems, ${score.extraSessions} extra`];
    for (const miss of score.missed) lines.push(`  line ${miss.line}: want ${miss.want} | got ${miss.got}`);
    for (const alarm of score.falseAlarms) lines.push(`  false alarm line ${alarm.line} ${alarm.rule}: ${alarm.message}`);
    console.log(lines.join('\n'));
  }
}

function show(name: string, score: CorpusScore): string {
  const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
  return `${name}: ${score.documents} documents, ${score.sessions} sessions: days ${percent(score.days)}, hours ${percent(score.hours)}, status ${percent(score.status)}; ${score.extraSessions} sessions a reader would not list; problems found ${percent(score.problemsFound)} of ${score.problems}; ${score.falseAlarms} false alarms`;
}

describe('real French schedules, read as a careful reader reads them', () => {
  it('holds at least 20 documents from at least 10 repositories besides the corpus', () => {
    const repositories = new Set(
      real.map((document) => /Repository:\s*\**\s*`?([\w.-]+\/[\w.-]+)/.exec(readFileSync(join(fixtures, 'real', document.slug, 'SOURCE.md'), 'utf8'))?.[1]),
    );
    repositories.delete('entrepreneur-interet-general/eig-link');
    expect(real.length).toBeGreaterThanOrEqual(20);
    expect(repositories.size).toBeGreaterThanOrEqual(10);
  });

  it('reads every document without a crash, and a document without a programme yields no session and no error', () => {
    // Known not yet met (a forum's changelog, whose dated headings were read as sessions, is
    // read as releases since pages named a changelog are). Add a document here only with the
    // reason, and remove it when the engine reads it as a reader does:
    // - voluptuaria-readme-projet-m2 (held-out set 6): a project README's facts list
    //   (`- Date de début : 11-09-2024`, `- Version actuelle : 11.09.24`) is read as two
    //   dated items; a reader sees the project's start and a version, no session.
    // - afup-aix-thecamp-programme-sans-date-2018 (held-out set 7): five timed slots on a post
    //   that writes no day are put on the post's front-matter date, the day it was written.
    // - guidoline-epiphanie-polo-resultats-2011 and lemot-blog-mots-du-jour-2022 (held-out set 7):
    //   a post on a past result and a blog story cut by day headings each give one session.
    const notYet = new Set<string>([
      // Held-out set 137: a neighbourhood blog's post on a venue closed by rain (`### Le lundi 6
      // juin : jour de pluie`, then `Jours de pluie significatifs à Toulouse en juin :` over `* le
      // vendredi 10 juin,`); its reader lists no session, only its mistaken weekday (reported).
      // A list of days something happened, introduced by a sentence, is not yet told apart from a
      // list of days to come.
      'croix2pierre-jours-de-pluie-juin-2016',
      // Held-out set 143: a meetings group's README of conventions, whose example of a
      // postponed meeting is written as a real one (a struck heading `# ~Ordre du jour de la
      // rencontre du 2023-01-13~`, an ISO date); its reader lists none: an example is not yet
      // told apart from the meeting it shows.
      'dgmani-readme-conventions-2026',
      // Held-out set 125: a community's blog post looking back on its Advent calendar, once the
      // calendar is over (`date: 2026-01-01`, `Cette année encore, … nous a proposé un petit
      // calendrier de l'Avent`), 25 dated headings (`## 🗓️ 1er décembre 🎄<br/> Geoguessr c'est
      // dépassé`), each a link recommended that day; its reader lists none. A retrospective of
      // daily posts is not yet told apart from a journal, whose entries are written after the day too.
      'osc-lausanne-calendrier-avent-2025',
      // Set 71 (a French lesson on telling the time): its checklist's example of a full date
      // (`- [ ] J'écris une date complète : *le 14 mai à 17 heures*.`) reads as a session since
      // hours written out are read (`17 heures`, set 94); an example in a lesson is not yet
      // told apart from a date set for a session.
      'boulingua-fle-temps-heure-2026',
      // Set 79: an association's post on its general assembly, `date: 2025-04-03` in its front
      // matter over one sentence in the past (`L'assemblée générale 2025 a eu lieu !`): the
      // post's one event is dated by the front matter, as an event's page is; its reader holds
      // the date the post's, the assembly told in the past. Past tense over a front matter's
      // date is not yet read as a report.
      'bretzselle-ag-2025',
      // Set 108: a botanical garden's page of what blooms when (`- le 31 mars, pour les
      // camélias`, `du 15 novembre au 15 mai`), each year's dates with no year and nothing
      // organised on them; its dated items read as sessions. A season's blooming is not yet
      // told apart from a day set for a visit.
      'jardin-haute-bretagne-floraisons-2021',
      // Set 110: a diploma work's technical documentation whose performance test lists the data
      // its query creates (`- Pour chacun de ces utilisateurs, création d'une exception d'horaire
      // avec 5 créneaux horaires le 15 juillet (2021-07-15)`): three dated items read as
      // sessions. A list of test data introduced by a sentence (`ma requête contient`) is not
      // yet told apart from a plan; one introduced by `imaginons les données suivantes :` is.
      'boreljaquet-douceur-chien-doc-technique-2021',
      // Set 58: a press review titled for articles (`# Annonces et articles intéressants`)
      // whose last section, `## Conférences`, lists slides dated by their talks (`[Voix et
      // machines](…) – L'Humanité du 7 Juil. 2019`): only the heading right over a list says
      // it lists articles (press-lists.ts; a page titled for the press may hold a programme),
      // so these two are read as sessions.
      'commonvoice-fr-presse-2019',
      // Set 40: a robotics project's plan of tasks (`| Tâche | Responsable | V0 (prévu) | V0
      // (réalisé) | …`), whose columns of planned and achieved days are read as sessions; its
      // reader holds them milestones of work, no session. Planned-and-done columns are a sign
      // not yet read.
      'artefact-meye-suivi-2025',
      // Set 59: a design system's status page whose table `## 📋 HISTORIQUE COMPLET DES
      // SESSIONS` (`| Session | Date | Heure | Accomplissements | Status |`, each row `✅`)
      // records coding sessions already held; its reader lists none, where the readers of
      // other work logs list each entry. A history of work done is a sign not yet read.
      'dainabase-historique-sessions-2025',
      // Set 59: a workshop's home page whose one dated heading says when its release was
      // checked (`## Mise en production vérifiée : 8 septembre 2026`), read as that day's
      // session; its reader holds it a fact of the past (its plans of elapsed times, `| 0:00 –
      // 0:20 | Lab 00 |`, are no longer read as that day's slots).
      'devopsabcs-foundry-atelier-horaire-2026',
      // Set 72: a security site's `# Journal de bord` whose dated headings each record what
      // was added (`## 04 Fév 2020` over `Ajout du writeup de la machine …`), read as a log of
      // sessions; its reader holds it the site's changelog. Entries that only say what was
      // added are a sign not yet read (work journals say what was done, too).
      'sharpforce-journal-site-2020',
      // Set 40: a collective's narrative history (`avait eu lieu le lundi 1er juillet`, a past
      // told in paragraphs and list items), whose dated sentences give two sessions and two
      // wrong weekdays; its reader holds it a story, no programme.
      'poitiers-collectif-historique-narratif-2019',
      // Set 40: a student's record of activities (`| Descr de l'activité | Lieu | Date | h
      // valorisées | h réelles |`), whose dates are periods (`2015-2018`, `Q1, 2016-2017`) and
      // whose hours are counts, read as a programme with unreadable dates.
      'qpeten-ephec-activites-extrascolaires-2018',
      // Set 41: a runner's account of the weeks of training behind a race (`| S1 (01–07 déc) |
      // 90 km (5) | Démarrage gros volume |`), each week read as a session; its reader holds it
      // a record of weeks already run, no programme. A plan of weeks to come would be one.
      'ascbalan-prepa-semi-2026',
      // Set 41: a history's tables of battles of 1778-1783 (`| Jour | Année | Bataille |
      // Commandant | Pertes en mer |`), whose days are read in the commit's years; a year
      // column and dates two centuries old are signs not yet read.
      'sarfrance-pertes-1778-1783',
      // Held-out set 35: a blog post that reviews a conference (`slug = "devoxx-france-2014-review"`,
      // past-tense story), tagged `event`, is read as the event's page on its front matter's
      // date; its reader holds it a story with no programme. A slug's last word proved too weak
      // a sign (`atelier-code-review` names a workshop), so the page stays as it is read.
      'vjeantet-devoxx-2014',
      // Held-out set 29: a call for papers whose `### Dates importantes` lists its deadlines
      // (`Échéance : **10 Avril 2020 (AoE)**`, `Notification : **4 Mai 2020**`), read as two
      // key dates; its reader holds deadlines no sessions, while readers of course pages
      // (sportlink-index-2025-06) put such key dates in the calendar.
      'compas-appel-2020',
      // Held-out set 29: a steering committee's slide deck dated on its first slide (`13 février
      // 2025`), read as that meeting's session; its reader holds the deck's own date, and says
      // another reader could list the meeting.
      'makingsense-copil-mekong-2025',
      'voluptuaria-readme-projet-m2',
      'guidoline-epiphanie-polo-resultats-2011',
      'lemot-blog-mots-du-jour-2022',
      // Held-out set 9: the minutes of a referents' meeting already held, whose dated title
      // (`# Réunion référents du mardi 16 février 2021`, no word of minutes) is still read
      // as the meeting's session.
      'rdvsolidarites-reunion-referents-2021-02-16',
      // Held-out set 11: a page of a maths advent calendar's solutions, one dated weekday
      // heading per puzzle, read as 23 sessions.
      'rene-d-calendrier-math-decembre-2021',
      // Held-out set 15: a developer's work journal (`# Journal de bord`, `## Lundi 30
      // septembre 2019` over the work done and `⏳ + 0.10j` billed), which its reader holds
      // no programme while the development set reads other work journals as logs
      // (almet-worklog-umap-2023): the two readings disagree, and the engine reads it as a log.
      'dime-shs-journal-2019',
      // Set 52: two more developers' work journals, read as logs for the same reason: a game's
      // diary of `18/10/2022:` paragraphs over `j'ai ajouté…` (anliilna-jeu-journal-dev-2022)
      // and a feature's `## 2025-04-29 Démarrage (Providers)` headings over `J'ai passé…`
      // (kitsutrail-journal-de-bord-2025). A past told in the first person is no sign here:
      // the development set's project notebooks (jade-carnet-2023, bastide-tipe-cahier-de-bord-2022)
      // tell theirs so, and their readers list each day.
      'anliilna-jeu-journal-dev-2022',
      'kitsutrail-journal-de-bord-2025',
      // Held-out set 21: a legal analysis of a château's rental for a wedding, whose
      // `- **Libération :** Samedi 29 août 2026 à 3h` is read as a session; its reader reads
      // the contract's terms, no programme.
      'ephasme-analyse-contrat-chateau-2026',
      // Held-out set 21: a budget simulation whose `## Date de départ : Vendredi 29 août 2024`
      // (a Thursday) is read as a dated heading, and its weekday reported; its reader sees a
      // simulation's start, no session.
      'toutiebudget-simulation-objectifs-2025',
      // Held-out set 23: a marathon's training retrospective (`Title: Rétrospective
      // entraînement Berlin`), whose weekly headings are read as sessions: `Rétrospective`
      // also names a film series, so the title alone does not make it a record.
      'foule-retrospective-berlin-2015',
      // Held-out set 23: a parish's project note whose `Dimanche 1er décembre 2025 ?` (a
      // Monday) its reader holds an open question; the engine reads the four Sundays.
      'nendaz-projet-avent-2025',
      // Held-out set 23: a project's valorisation journal whose one dated line is read.
      'jplasse-valorisation-journal-2019',
      // Held-out set 24: a maker project's retro-planning (`| Objectif | Date de début | Temps
      // requis |`, nine work phases of one or two weeks), read as nine sessions; its reader
      // holds the team's work periods no programme, while the reader of another such plan
      // (odkbft-oreiller-retroplanning-2026) lists its steps.
      'ensea-fusor-retroplanning-2026',
      // Held-out set 25: a technical survey of a race-results site whose table of the 21
      // events it sampled (`| event | Événement | Date | Épreuves | Participants |`, 2015 to
      // 2026) is read as a programme, its counts of participants taken for an audience.
      'triathlon-chronoweb-sondage-2026',
      // Held-out set 31: a blog story of past rides under date headings (`24 décembre, 21h30`,
      // the post dated a month later), a project README's devlog (`### Mardi - 13/02/2024`) and
      // a product note whose mock-ups write example days under a heading: each heading read as
      // a session, where their readers see a story, a log of one's own work and examples.
      'scharron-festive500-2016',
      'shadersandbox-readme-2024',
      'gregtago-henri-calendrier-2026',
      // Held-out set 33: minutes whose bare `23 septembre 2017` line, the day the meeting
      // chose for an event, is read as a session; its reader lists none (and says it is debatable).
      'aru2l-reunion-2016',
      // Held-out set 36: a project's log of problems met (`18/01/2024` alone over `## PROBLEME
      // N°2 : …`, then its description and its fix), each dated entry read as a session.
      'asdelux-journal-de-bord-2024',
      // Held-out set 44: a scripts README's changelog (`Changelog` over `* Jeudi 6 février,
      // 20:57:00 (UTC+0100)`), no programme: its entries are no sessions, but its reader notes
      // two of its weekdays that do not fit, and the engine reports one (an error on a page
      // without a programme, which this test otherwise forbids).
      'cyrillebiot-scripts-changelog-2020',
      // Held-out set 44: a climate report's summary told through the writer's own days
      // (`**Vendredi 28 juin 2019 17h**, je pars de la conférence…`), three bold days opening
      // sentences, read as a list of dated paragraphs; its reader sees a story, no programme.
      'polomarcus-giec-resume-2021',
      // Held-out set 43: a hobby project's blog post in three dated instalments (`###### Le 21
      // août 2014` over what was done), read as three sessions; its reader sees a story.
      'vfarcy-rccar-blog-2014',
      // Held-out set 45: a wiki's history of a game-making community, a list of dated events
      // long past (`- **22 juillet :** Sortie de RPG Maker XP au Japon.` under its year), read as a list of
      // sessions; its reader sees a chronology, no programme.
      'gamedevalliance-chronologie-making',
      // Held-out set 46: a trek's diary, one heading a day (`### Dimanche 17 aout (J0)` over
      // `On part en voiture … vers 16h.`), read as the days of a trip; its reader sees a story told after it.
      'julbrs-trek-queyras-2008',
      // A product's release notes kept as weekly headings (`## Semaine du mardi 26 août 2024`
      // over features, each `Prévu` on a day): read as weeks and days (held-out set 55, read
      // once sets 49 to 57 joined).
      'adobedocs-workfront-planning-2024',
      // Also moved in from held-out sets 49 to 57, unread there and here: a page on a country's
      // history whose `10 octobre 1958` opens a list item; a buyer's chronology of a refund
      // claimed, day by day; a press review of a city's cycling plan; a training plan's
      // `Arbitrages validés` dated in its decisions log.
      'despiscuits-madagascar-quand-2020',
      'liberforce-hp-racketiciel-chronologie-2008',
      'planvelo-engagements-revue-presse',
      'sjaubert-plan-formation-ia-2026',
      // Moved in from held-out set 70 unread: a bug journal's table of dated fixes.
      'ketoundi18-asblos-journal-bugs-2026',
      // Set 74: a shop's notice that it closes early one day (`# Fermeture anticipée de La
      // Courtoise Ressourcerie le jeudi 19 mai !`), its dated heading read as that day's
      // session; its reader sees a change of opening hours, no session. A closure named in a
      // title among other words is a sign not yet read (a cell that says only `Fermé` is).
      'courtoise-fermeture-2022',
      // Set 75: a developer's lessons learned (`# Leçons apprises` over `## 2026-03-19 — Conflit
      // de route Nuxt …`, each with its context, error and fix), its dated headings read as a
      // log of sessions; its reader holds them a record of mistakes, no programme. A page named
      // for lessons learned is a sign not yet read (work journals tell what was done too).
      'fallinov-lecons-apprises-2026',
      // Set 77: a conference's practical page posted before it (`date: 2018-03-23` over `-
      // **Ouverture** : 8h00`, `- **Pause matin** : 10h30 - 11h00`), its times read on the
      // post's day; its reader sees the hours of every day of a three-day event whose days
      // the page never writes, no session. A post's date taken for the day of the hours its
      // practical list gives is a sign not yet read (an event's page tells its time so too).
      'breizhcamp-modalites-pratiques-2018',
      // Set 91: a master's back-to-school news log (`* 16/09/20 : La première version de
      // l'emploi du temps est publiée.`), each bullet dated by the day the news came out, newest
      // first; its reader holds them news, no session. A list of news dated `dd/mm/yy`, told as
      // things done (`est publiée`, `sont signés`), is a sign not yet read.
      'arnaudm-master-rentree-journal-2020',
      // Set 121: a course's homework page whose headings are the days work is due (`## pour le
      // 5 Fevrier 2018` over the exercises); its reader holds them deadlines, no session, while
      // the readers of two journals of the development set list such headings (`## Pour le
      // 2/11/2022` over the work to bring) and those of two others do not. A due day's heading
      // is not yet told apart from a journal's day.
      'collegeboreal-inf1042-devoirs-2018',
    ]);
    for (const document of real) {
      const report = checkRealDocument(document);
      if (!document.expected.programme && !notYet.has(document.slug)) {
        expect(report.programme.sessions.filter((s) => s.dates.value), document.slug).toEqual([]);
        // An error its reader lists too is the page's own (set 113: an internship report's
        // hand-in day, `lundi 14 janvier 2018`, a Sunday), no schedule read into prose.
        const listed = new Set(document.expected.problems.map((problem) => problem.line));
        expect(report.diagnostics.filter((d) => d.severity === 'error' && !(d.line !== undefined && listed.has(d.line))), document.slug).toEqual([]);
      }
    }
    // Every document read once here (the measures below reuse these reports): about a
    // minute alone, several on a machine that runs other tests beside it.
  }, 600_000);

  it('reads the sessions of the schedule tables: no worse than measured', () => {
    const tables = measure(real, ['table']);
    const heldOut = measure(holdout, ['table']);
    console.log(show('tables, development set', tables));
    console.log(show('tables, held-out set', heldOut));
    // Floors as last measured (95.3% days, 100% hours, 7 sessions a reader would not
    // list, counted on every shape): they only keep the engine from reading worse.
    // On 2026-11-30 the second held-out set (28 documents, measured unseen once) joined the
    // development set: 88.2% days, 98.1% hours, 19 extra sessions on every shape.
    // Weekdays that all fit one year outweigh a promotion's year in a title, and tables side
    // by side start again from the same year: 93.75% days.
    // Timetables with one column per day, hours written with dots, and rows that hold only
    // an icon besides their date: 95.7% days, 100% hours, 17 extra.
    // The year in a repository's name (`syllabus-EDM5240-H2019`): 99.3% days (413 of 416).
    // On 2026-11-30 (07:30 UTC) the third held-out set (27 documents, measured unseen once:
    // tables 83.6% days, 96.7% hours) joined: 97.3% days, 99.6% hours, 13 extra.
    // One dates column per group (`| Groupe A | Groupe B |`), each row a session on every
    // group's day: 99.4% days. A row a month out of order stays in its year, and a run
    // past its month's end is read to the month's end: 100% days.
    // On 2026-11-30 (10:10 UTC) the fourth held-out set (27 documents, 288 sessions, measured
    // unseen: tables 44.8% days at the session's start, 57.9% at its end) joined: 88.3% days,
    // 84.7% hours, 42 extra; these floors start again from there.
    // Timetable grids (issue 11): HTML cells laid out as a browser lays them out, a slot's end
    // from the last row it spans or the next row's start, the hours a slot writes itself,
    // weeks with most days empty, a week's heading over its grid not a detail section, and
    // one column of dates per group with its weekday and hours: 97.3% days, 96.4% hours,
    // 15 extra (measured 11:00 UTC, every shape counted for the extra sessions). Then grids
    // of bare weekdays in a week written elsewhere, days as rows under hour headers, tables
    // of weeks with group columns, a cell shared by all groups that names each group's day
    // (`22 septembre (grp9)`): 100% days, 99.1% hours (11:50 UTC).
    // Held-out set 5 (35 documents, measured unseen: 64.6% of its table sessions' days)
    // joined at 12:40 UTC: 93.2% days, 90.5% hours, 13 extra on 217 documents.
    // Dates not in a plain dates column (cells: a day and its hours in one cell, a column
    // named for hours that writes the day, start and end columns, titles that write their
    // day): 96.5% days, 96.5% hours, nothing more extra nor false (14:05 UTC).
    // Held-out set 6 (35 documents, measured unseen: 13.9% of its table sessions' days at the
    // start and after the helpers; 44.1% after the lead's fixes from reading it: month-first
    // numeric dates, a materials column beside the class, the school year of the commit)
    // joined at 15:35 UTC: 86.1% days, 84.1% hours, 36 extra on 252 documents.
    // Tables whose days are not in their body cells (tabledates, 17:55 UTC: a header cell or
    // banner rows dating the rows, plain-text tables in code blocks, a delimiter row of
    // another width, HTML tables whose cells hold blank lines): 90.4% days, 88.9% hours, 30 extra.
    // Course plans by numbered weeks dated by what the page writes (weekgrid, 17:05 UTC:
    // uqam-inf5153-automne-2019 27/32, uqam-inf600g-ete-2020 29/30): 91.6% days, 89.0% hours.
    // With both merged (18:16 UTC): 95.9% days, 93.8% hours, 31 extra.
    // Held-out set 7 (42 documents, measured unseen: 73.5% of its 49 table sessions' days at
    // the start and after the helpers) joined at 18:50 UTC: 94.9% days, 92.9% hours, 60 extra.
    // Schedules kept as whole HTML pages, their day in the banner, HTML day grids of parallel
    // tracks one session per cell (htmlpages, 20:47 UTC): 95.2% days, 93.3% hours, 50 extra.
    // Days in forms the grammar learnt late (dayforms, 20:45 UTC: `20.02` alone in a `Date(s)`
    // column, `16.01 ➝ 10.02`): 95.8% days, 93.5% hours on its own (from 94.9%, 92.9%).
    // Both merged (21:08 UTC): 96.2% days, 93.8% hours.
    // 90.5% with held-out set 8 (45 documents, 21:45 UTC): HTML week grids, a month in
    // rowspan cells over bare day numbers, day tables under an HTML paragraph, pipe rows
    // with no delimiter row (kramdown's tables, which GitHub shows as text: to be read with
    // a warning, not silently).
    // 99.2% after the stop of 2026-12-01's helpers; 96.7% with held-out set 9 (02:00 UTC).
    // 95.6% with held-out set 10 (19 documents, 03:05 UTC).
    // 96.6% after this stop's helpers; 95.9% with held-out set 11 (20 documents, 05:05 UTC).
    // 94.8% with held-out set 12 (17 documents, 05:50 UTC).
    // 94.7% with held-out sets 13 and 14 (39 documents, 07:45 UTC).
    // 94.4% with held-out sets 15 and 16 (36 documents, 2026-12-01 10:35 UTC; their tables
    // 80.0% and 90.9% days read unseen, then their misses read by the lead).
    // 94.7% with a weekend's table whose rows after the first name only their weekday.
    // 94.8% with held-out sets 17 and 18 after the lead read their misses (2026-12-01, 14:00 UTC).
    // 94.9% with held-out set 19 (its 50 table sessions 100.0% read unseen).
    // 95.0% with held-out set 20 once its misses were read (a course calendar's week whose
    // every slot is a holiday, `_Ascension_`, lists no class).
    // 95.1% with held-out set 21 (its 42 table sessions 100.0% read unseen).
    // 94.6% once held-out set 23 joined (98 table sessions, 74.5% read unseen); 94.8% once its
    // grid folded in two was read: its table in a numbered list item, with struck dates for a
    // header, stays unread.
    // 93.8% with held-out set 25 (a folded table of four date columns beside links to each week's programme, lamartin-colles-mpi-2025, whose 25 weeks are unread, and a survey's table of sampled races, triathlon-chronoweb-sondage-2026, read as 20 sessions).
    // 93.9% (0.9392) once held-out set 47 and set 48's read part joined (their 8 and 0 table sessions read right).
    // 94.0% (0.9396) once set 50's read part joined (its 98 table sessions: 42.9% unseen, 94.9% once read).
    // 92.6% (0.9256) once held-out sets 59 to 69 joined (283 table sessions, 50.9% unseen: a
    // table whose rows are set apart by blank lines, tables each under the heading of its year,
    // read since; four course calendars copied without a commit date keep no year).
    // 92.4% (0.9239) once held-out set 73 joined (its 10 table sessions, a course calendar
    // copied without a commit date, keep no year: 0 of 10, unseen and once read).
    // 91.9% (0.9194) once held-out set 77 joined and was read (its 72 table sessions 70.8%
    // unseen and once read: a course plan of Swiss weeks whose year is only in its
    // organisation's name, copied without a commit date, keeps no year).
    // 91.9% (0.9193) once held-out set 78 joined and was read (its 25 table sessions 92.0%
    // unseen and once read: a Swiss course's last two weeks typed with last year's `26` are
    // read in the year of the weeks around them and reported once, where their reader keeps them as written).
    // 92.6% (0.9264) once a term's calendar laid out in parts side by side under a repeated
    // header (`|date||date||date||date||`) is read part by part (25 weeks of oral exams).
    // 92.8% (0.9282) once held-out sets 79 and 80 joined and were read (their 89 table sessions
    // 100% unseen; a table of graded work restating its calendar is no sessions of its own).
    // 92.5% (0.9251) once held-out set 83 joined and was read: a cégep's calendar with no year
    // and no commit date (16 rows), read in no year, and a course's rows a year off.
    // Held-out sets 105 and 106 joined on 2026-12-06 (3 table sessions, a LAN's days): 92.9% (0.9288).
    // Held-out sets 113 and 114 joined on 2026-12-06 (no table sessions): 92.9% (0.9290).
    // Held-out sets 120 to 123 joined on 2026-12-07 (30, 30 and 38 table sessions; 100%, 50.0% and 97.4% of days read unseen, 100%, 100% and 97.4% once read: a course table's days written year first, `20-09-07`): 93.1% (0.9310).
    // Held-out sets 124 and 128 to 130 joined on 2026-12-07 (15 table sessions, 100% unseen and once read): 93.2% (0.9322).
    expect(tables.days).toBeGreaterThanOrEqual(0.932);
    // A season in a dates cell (`2026-27`) gives no day, hours closing a title in a table
    // with no hours column (`Assemblée générale — Salle Le Genêt 18h`) are read: 100% hours.
    // Hours written once beside a table (the intro, the line under it, a caption): 97.3%
    // before the grids' last merge; 100% with it (12:05 UTC). 90.5% with held-out set 5.
    // The one range a page gives its series above the table, farther than the paragraph
    // right above (`### Quand` over `chaque mardi de 16h à 18h`): 93.2% (12:46 UTC).
    // 96.5% with the dates not in a plain dates column (cells, 14:05 UTC).
    // 84.1% with held-out set 6 (15:35 UTC). 89.0% with the plans of numbered weeks (17:05 UTC).
    // 92.9% with held-out set 7 (18:50 UTC). 93.3% with whole HTML pages (20:47 UTC).
    // Hours written apart from the day (a heading or a hand-in deadline above a table, a bold
    // range, slothours): 94.9% on its own (21:03 UTC); 95.3% merged (21:06 UTC).
    // 90.8% with held-out set 8 (21:45 UTC). 98.0% after 2026-12-01's helpers; 96.9% with
    // held-out set 9 (02:00 UTC). 96.2% with held-out set 12.
    // 97.2% after this stop's helpers; 96.9% with held-out sets 13 and 14; 96.5% with 15 and 16.
    // 96.8% with the weekend's table (`Dimanche 14:30 → 15:00`, `~11:00`).
    // 97.0% with held-out set 20 (`9h25-10h25 : Examen écrit` over its column header's hours).
    // 97.1% with held-out set 21 (its 42 table sessions 100.0% read unseen).
    // 96.5% once held-out set 23 joined, 96.7% with its folded grid read (its unread table above).
    // 95.6% with held-out set 25 (see the days' floor).
    // 95.4% once held-out sets 26 to 28 joined (a table's notes cell that ends with the
    // evening's start, `Mind Collapse + Ravens Crew - 20h`, stays unread; a start told in three
    // time zones is read at its first, where its reader kept three starts).
    // 95.5% (0.9552) once held-out set 47 and set 48's read part joined.
    // 95.5% (0.9550) once set 50's read part joined.
    // 95.4% (0.9538) once held-out set 73 joined (its table's 10 sessions, without a commit date).
    // 95.3% (0.9527) once held-out set 75 joined and was read (a course plan's 15 rows whose one
    // weekly slot, `| Jour | Mercredi 12:55 - 14:25 |`, is written in a table of facts above).
    // 96.1% (0.9610) once held-out set 78 was read (times before a Quebec zone) and a calendar
    // laid out in parts side by side is read part by part.
    // 96.2% (0.9622) once held-out sets 79 and 80 joined and were read.
    // 95.7% (0.9574) once held-out sets 87 to 89 joined and were read (the 3,784 table sessions
    // before them read as before, 96.2%): of set 89's, a course whose class and lab slots are
    // both given to each of its 15 days, and a course's 7 Mondays whose hours only its title's
    // brackets write (`(Lundi 13H S208)`).
    // 95.6% (0.9556) once held-out sets 90 and 91 joined and were read: a course agenda's 14
    // Mondays whose lecture hours only a list of the group's timetable gives, beside a lab's
    // weekday (`Cours : Lundi, 09h30 - 12h30`, `Atelier : Mercredi, …`), stay without them.
    // 94.7% (0.9474) once held-out sets 95 and 96 joined and were read: a festival's 37
    // screenings (`| **jour** | **film** |`) whose hour only a sentence two paragraphs above the
    // tables gives (`Les scéances sont annoncées à 22h`) stay without it. The floor starts again.
    // 94.4% (0.9437) once held-out set 101 joined and was read: a colloquium's grid that writes
    // each row's start (`9h30`, `10h`) ends each slot where the next row begins, as the
    // development readers read such grids, where its reader wrote no end (17 slots). The floor starts again.
    // Held-out sets 103 and 104 joined on 2026-12-06 (4 and 27 documents; 65.6% and 72.2% of days read unseen, 67.2% and 78.3% once read): 93.9% (0.9395), the 20 posters of a board-game night's HTML gallery dated only by their files' names and 4 milestones written inside a week's cell left unread.
    // Held-out sets 105 and 106 joined on 2026-12-06 (the LAN's Saturday start told under its table read): 93.9% (0.9395).
    // Held-out sets 113 and 114 joined on 2026-12-06 (no table sessions): 94.0% (0.9396).
    // Held-out sets 120 to 123 joined on 2026-12-07 (100% of table hours read unseen and once read): 94.1% (0.9414).
    // Held-out sets 124 and 128 to 130 joined on 2026-12-07 (15 table sessions, 100% unseen and once read): 94.2% (0.9425).
    expect(tables.hours).toBeGreaterThanOrEqual(0.942);
    // 16 since medecinsdufleuve-evenements-2022 joined (counted on every shape): a heading
    // that dates news (`## Changement de siège social - 12 mars 2019`) among the events.
    // 13 with held-out set 5 (the grids', rows' and posts' work fewer, 5 from the set).
    // 36 with held-out set 6 (25 from the set: releases, preparation milestones, separator rows).
    // 26 with sessions announced in sentences and a news list's posting dates left out (sentences, 18:25 UTC).
    // 37 with the plans of numbered weeks (17:05 UTC): uqam-inf5153-automne-2019's two exams
    // are read from the plan's Thursday column (week 42's `Examen intra`, week 50's `Examen
    // Final`, on their right days and hours), where its reader lists them from the dated
    // table above (`| 17.10 | Examen intra |`), whose lone dotted days (`17.10`) the date
    // grammar does not read yet; once it does, the plan leaves them to those rows.
    // 31 with both merged (18:16 UTC): the two exams above, one fewer elsewhere.
    // 28 with everything merged (18:25 UTC).
    // 60 with held-out set 7 (32 from the set: posts' dates, minutes, sentences; 18:50 UTC).
    // 50 with whole HTML pages (a grid's cells at their own lines, talk headings that repeat
    // an agenda row read as its details; 20:47 UTC).
    // 124 with held-out set 8 (75 from the set: an ADR register, event pages' lines, bold
    // day lines read on the line of their hours; 21:30 UTC).
    // 48 after 2026-12-01's helpers (posts' saved timestamps, an ADR register, day lines with
    // one timed line); 116 with held-out set 9 (68 from the set: course calendars' quiz and
    // reference-date tables, a change log, a parish festival's artist cards; 02:00 UTC).
    // 140 with held-out set 12 (6 from a ticket's table of exchanges, 05:50 UTC).
    // 104 after this stop's helpers (precision: hours-first blocks, restated parts, news
    // headings; a ticket's log); 111 with held-out sets 13 and 14.
    // 107 with timesheets left out (do-it-bernard); 134 with held-out sets 15 and 16 (27 from
    // them, 21 of those a developer's work journal whose reader and the development set's
    // disagree: dime-shs-journal-2019).
    // 137 with the weekend's table: its `Samedi journée`, `Samedi nuit` and `Dimanche matin`
    // rows are read as the day's activities (as a day agenda's `| Après-midi | Balade |` is),
    // which its reader left out.
    // 149 with held-out sets 17 and 18 (12 from them, 5 of those a newsletter's event
    // headings read at their sentences rather than their headings: bluehats-gazette17-2022).
    // 166 with held-out set 19 (18 from it once read: a chapter's MediaWiki page of meetings
    // over twelve years, its news and publications, owaspfrance-agenda-2024, gives 10).
    // 164 with set 20's forms read (holidays of a class calendar, a week heading over its
    // dated classes); 167 with held-out set 20 (3 from it once read: a sentence's `À partir
    // de 17h`, a line of a comment block, a newsletter's first date line).
    // 178 with held-out set 21 (11 from it once read: an itinerary's options beside its
    // free mornings, alezia-toronto-itineraire-2025, and a contract's dates).
    // 197 once held-out sets 22 and 23 joined (a training retrospective's weeks, a project note's dates).
    // 207 once held-out set 24 joined (a maker project's retro-planning table, its nine work
    // phases, which one of its readers holds no programme and another reader of such plans does).
    // 231 with held-out set 25 (see the days' floor; 20 from the survey's table).
    // 248 once held-out sets 26 to 28 joined (17 from them once read: a conference guide's
    // sub-slots and title, a newsletter's `Le 12 novembre : les cours ont bien lieu !`, a
    // plan's header dates, a LAN's day line; 2 from set 26, 7 from 27, 8 from 28).
    // 255 once held-out set 29 joined (7 from it once read: a course page's week headings over
    // no slot, which its reader kept as sessions, and a call for papers' dates).
    // 272 once held-out set 31 joined (17 from it once read: the three pages of past rides, a
    // devlog and a product note's examples, see the list of documents not yet met above).
    // 276 once held-out set 33 joined (4 from it once read: those minutes' line, a wedding
    // page's two days whose slots are in sentences, a prize ride told in a sentence).
    // 277 with held-out set 32 (1 from it once read: a bracketed date of a Sage wiki page).
    // 281 once held-out set 36 joined (4 from it once read: a log of problems met, and a
    // student journal's first day read at the sentence heading above it).
    // 305 once held-out sets 35, 37 and 38 joined (27 from them once read, 3 fewer elsewhere:
    // a club's `pas d'entraînement` days that set 35's reader leaves out where readers of the
    // development set keep such days cancelled, a conference's hour headings over parallel
    // tracks that set 37's reader splits track by track, a box of `Journée N : date` lines
    // over each day's programme, a fixture list's `BYE` rows, a conference review read as its
    // event's page, listed as not yet met above).
    // 326 once held-out sets 39 and 40 joined: set 40's project plans and records of
    // activities (listed as not yet met) give rows, and journals' extra dated lines.
    // 403 once held-out set 41 joined (80 from it once read, 3 fewer elsewhere): a history's
    // battles and a runner's past weeks (listed as not yet met) give 54, a log's periods of
    // work between meetings 8, a school plan's italic notices (`_Conseils de classe_`) 6.
    // 427 once held-out set 42 joined (24 from its read part: a tour's list items under
    // headings its engine cannot date, students' logs' extra dated lines).
    // 449 once held-out set 43 and set 44's read part joined (23 from them once read: a
    // project's blog instalments, a changelog, a report's story, each listed as not yet met
    // above, and a log's day of rest its reader leaves out).
    // 496 once held-out set 45 and set 46's read part joined (48 from them once read, 1 fewer
    // elsewhere: a milestone table's log sections, a history's events and a trek's days
    // (listed as not yet met above), and a day plan's untimed bullets that one reader lists
    // where the readers of the same event's page and of a tournament's do not).
    // 511 once held-out set 47 and set 48's read part joined (15 from them once read: an HTML
    // timetable exported from Org whose rows are read at their dates cell where its reader puts
    // them at the row's first cell, 10; a log's `Du 28/09 au 05/10` read as a run, minutes'
    // and students' journals' extra dated lines).
    // 532 once set 50's read part joined (21 from it once read: a kramdown table of a week's
    // days written as its first body row, read as rows where its reader reads the cells under
    // the days; a club's past events told in prose; a list of exams' own dated lines; a table
    // of exercises' last row, a link under an empty name, carried down to the day above).
    // 569 once set 52's read part joined (37 from it once read, 31 of them two developers'
    // work journals read as logs, see the no-programme test; a pasted wiki list's date below a
    // link that writes its own days; a course journal's second date under one heading).
    // 587 once set 56's read part joined (18 from it once read: a course's plan drawn twice in
    // text tables, the second restating the first's weeks with their deadlines, and its list
    // of due dates, 12; two slots in HTML headings read at their <h2> where their reader puts
    // them at the <strong> line below, 2; three more dated headings in a teacher's log, 3).
    // 588 once sets 58 and 60's read parts joined (5 from them once read: a press review's
    // `## Conférences` section, 2, see the no-programme test; a day's single slot folded into
    // its heading where its reader lists the slot; a week's heading `Semaine 22 - 29/30/01
    // octobre` over its days; a talk's date subtitle where its reader puts the talk on the
    // title above), the rules read from them taking 4 away elsewhere (a day's closing `Fin`).
    // 595 once set 62's read part joined (9 from it once read: a work journal's timesheet
    // rows, whose overtime column is read as their hours, 6; a list's parent item `15h00,
    // sprint reviews:` over the slots it names; an event page's title line where its reader
    // puts the heading below; a journal's evening entry), the day heading's span taking 4 away.
    // 598 once set 64's read part joined (3 from it once read: a conference grid's two
    // lunch breaks with no hours, which its reader leaves out; a meetup's front matter read
    // at its title where its reader puts the date line).
    // 601 once set 66's read part joined (10 from it once read, 13 unseen with today's scorer:
    // a hackathon's month recap beside the agendas it sums up, a club's concert page read at
    // its title where its reader puts the heading, a course's reading week; an HTML row's
    // first cell now pairs with the engine's on its dates cell, taking 7 away elsewhere).
    // 602 once set 68's read part joined (7 from it once read, 13 unseen: a course prompt's
    // Thursdays written as a range; a page that is one event now pairs its reader's session
    // with the engine's on its title or its dating line, taking 6 away elsewhere).
    // 703 once held-out sets 49 to 57 joined (107 from them unseen: a product's release notes
    // kept as weekly headings, 26; a committee's minutes, 17; a history of a free-software
    // campaign and a press review, 7 each).
    // 687 once their misses were read: a journal's weeks no longer read over the days they
    // list, a section sign's `§8/9/10` no day.
    // 775 once held-out set 70 joined.
    // 826 once held-out set 71 joined (78 in its documents unseen, 51 once read).
    // 900 once held-out sets 59 to 69 joined (74 in their documents unseen); 886 once a plan of elapsed times gave no slots.
    // 899 once held-out set 72 joined (13 in its documents unseen).
    // 901 once held-out set 73 joined (1 from it, unseen and once read) and a heading glued to its
    // marks among headings written with their space was read as one (`##2 septembre 2025` in a
    // research journal, which its reader, following GitHub's page, lists no session).
    // 905 once held-out set 74 joined and was read (4 from it: a Gantt chart's three work
    // periods, which its reader holds no sessions, and a closure notice's day).
    // 911 once held-out set 75 joined and was read (6 from it).
    // 933 once held-out sets 76 and 77 joined and were read (22 from set 77 once read: a course
    // table's empty date cells carried down where its reader saw sessions not yet placed, a
    // practical page's hours with no day, an evaluation table restating its calendar).
    // 930 once held-out set 78 joined and was read (4 unseen; a course week's parts closing
    // with their lengths in brackets, `(2h)`, are no slots since).
    // 912 once held-out sets 79 and 80 joined and were read (a table of graded work beside the
    // calendar it restates is no sessions of its own; an index of editions gives way to their
    // agendas; a copied page's `Date de capture` is no key date).
    // 913 once held-out set 81 joined and was read (1 from it).
    // 917 once days counted as headings are dated by the page's period (see the count below).
    // 921 once held-out set 82 joined and was read (4 from it).
    // 903 once a day's sentences that tell their hours (`- Un pique-nique est prévu de 11h30 à
    // 15h …`) are its slots: a summer journal's days are read slot by slot.
    // 912 once held-out set 83 joined and was read (9 from it).
    // 913 once held-out set 84 joined and was read (1 from it: an exam told again in a list of
    // the ways to be marked, beside the timetable that gives its hours).
    // 910 once a dates field behind an emoji in its bold label dates its heading's event and a
    // shortlist that picks the page's events again adds none (set 83's hackathon page).
    // 917 once held-out set 85 joined and was read (7 from it: a course plan's institutional
    // dates and its graded work's table of fields, restating the deadlines listed above it).
    // 922 once held-out set 86 joined and was read (5 from it: a class page's four days told
    // again inside admonitions, without a title, and a wedding agenda's one-slot day).
    // 935 once held-out sets 87 and 88 joined and were read (13 from set 88: among them a
    // course's hand-in deadlines in sub-headings of its classes, which its reader left out, and
    // a planning's slots put on the day it was written).
    // 936 once announced sentences under the heading that names their event are read (see below).
    // 962 once held-out sets 90 and 91 joined and were read (see below).
    // 967 once held-out set 93 joined and was read (see below); 968 once hours written out
    // (`17 heures`) are read (see below); 973 once held-out set 94 joined and was read (see below).
    // 991 once held-out sets 95 and 96 joined and were read (18 from them: a newest-first log's
    // members' update headings, a summary list read rather than the headings it restates).
    // Held-out set 98 joined on 2026-12-05 (18 documents, 98 sessions, 30.6% days read unseen, 81.6% once read): 993, the 4 more from a workshop calendar in HTML cards whose day and month stand in two spans, each card's date read over the card before.
    // 994 once the scorer's block of text stops at headings, table rows and HTML (a slide's title heading over its day heading is no longer paired).
    // Held-out sets 99 and 100 joined on 2026-12-05 (36 documents, 293 sessions, read unseen 70.7% and 70.3% of days): 995, the one more a report's past event read at its title with the day of the sentence its reader lists it on.
    // Held-out set 101 joined on 2026-12-06 (19 documents, 86 sessions, 52.3% days read unseen, 79.1% once read): 1005, the 10 more a school calendar's recap list restating its holidays (5) and two periods framing its activities, a colloquium grid's `fin` row on each day (2), and a conference's blog post read at its title.
    // Held-out set 102 joined on 2026-12-06 (21 documents, 79 sessions, 34.2% days read unseen, 68.4% once read): 1010, the 5 more a theatre company's two show pages (4: a `Dates :` line restating the performances, and the days of a body copied from the other show) and a trainee's README of modules (1).
    // 1008 once a grid's `| 17h30 | fin | fin |` row no longer gives each day a session.
    // Held-out sets 103 and 104 joined on 2026-12-06: 1011, the 4 more a DevFest's two front-matter pages each read as one session beside the agenda their readers list, a project review at its field heading two lines under its reader's (`#Projet` written with no space), and a student week's page.
    // 1010 once a conference theme's front-matter agenda of starts is read (a DevFest's two pages, 20 slots).
    // Held-out sets 105 and 106 joined on 2026-12-06 (5 and 19 documents; 6.0% and 68.8% of days read unseen, 94.8% and 88.4% once read): 1020, the 11 more a Drupal event's six date fields restating its one colloquium (6), a spec's three build milestones (3), a post's festival read at its title and a hackathon's `Fin des travaux` row.
    // Held-out set 107 joined on 2026-12-06 (12 documents, 53 sessions; 84.9% of days read unseen, 94.3% once read): 1021, the one more a bilingual defence page's English half restating its day.
    // Held-out set 108 joined on 2026-12-06 (20 documents, 138 sessions; 39.9% of days read unseen, 81.2% once read): 1032, the 11 more a bloom calendar's yearly dates (6), a training's closing `Horaires:` list read as four slots of its last day, and a talk's day read on its event's heading.
    // 1028 once a training's `Horaires:` list after its last day's talks adds no slot to that day.
    // Held-out sets 109 and 110 joined on 2026-12-06 (35 documents, 296 sessions; 89.1% and 74.4% of days read unseen, 95.7% and 98.4% once read): 1038, the 11 more a course's weekly slot under a period read as one session on the period's 68 days, a robot team's log whose items dated in passing are read as sessions (3), a design document's performance test data (3), a meeting's two blocks over their timed talks (2), a report's next week and a sprint's week heading; 1037 once a forró page's English and Portuguese programmes, announced at its top (`[english below]`), are read as its translations; 1028 once the scorer pairs an HTML list item whose first field sits in a card's `<div>` with the engine's session on its `<li>` line, as tests/fixtures/real/README.md rules for an item over several lines (a conference's dates page: 9 sessions found, 9 extra gone).
    // Held-out sets 111 and 112 joined on 2026-12-06 (36 documents, 278 sessions; 22.7% and 66.8% of days read unseen, 77.3% and 85.5% once read): 1039, the 11 more a sprint plan whose overview and milestone tables are read as its schedule where its reader lists the day headings (9), a task manager's journal's start field and a summer school's front-matter span.
    // Held-out sets 113 and 114 joined on 2026-12-06 (25 documents, 90 sessions; 72.5% and 88.0% of days read unseen, 72.5% and 88.0% once read): 1043, the four more a course week's reminder of its two deadlines, which its reader reads as told again, a course plan's final exam read on its heading's line (`# Évaluations`), and an event post's serious game whose bold title stands over two date lines, each read as an untitled session of its own.
    // Held-out sets 115 and 116 joined on 2026-12-07 (26 documents, 406 sessions; 75.0% and 96.1% of days read unseen, 75.0% and 96.9% once read): 1047, the four more a journal's last entry read on its day alone where its reader gives the two days its text names (a reader's choice), and a fair's talk under a heading of its own while its page's front matter event stays; 1042 before, once a day's slots written title first are read (`Buffet 12h30 - 14h`, a bar's `OPEN MIC : 20H - 21H`).
    // Held-out sets 117 to 119 joined on 2026-12-07 (30 documents, 192 sessions; 84.0%, 59.0% and 23.5% of days read unseen, 97.5%, 76.9% and 67.6% once read): 1051, the eight more a forum's talks, each a linked item over its hours typed from the margin, read on the hours' lines; 1043 once they are read on their items (lazy-timed-lines.ts); 1051 after (see the figure of every shape).
    // Held-out sets 120 to 123 joined on 2026-12-07 (37 documents, 168 sessions; 91.3%, 44.4%, 82.2% and 69.2% of days read unseen, 95.7%, 88.9%, 82.2% and 76.9% once read): 1059, the eight more a homework page's due days (`## pour le 5 Fevrier 2018`, 4: readers of other journals list such headings), two college courses' homework tables (3: readers of the same college's later pages list them) and a course table's continuation row.
    // 1041 once a row with no date and an empty title cell names nothing of its own (see the figure of every shape).
    // Held-out set 125 joined on 2026-12-07 (14 documents, 143 sessions; 28.0% of days read unseen, 86.0% once read): 1068, the 27 more an Advent calendar's 25 days, which a post looks back on (no programme: its reader lists none), and two meetup pages whose session is read on their metadata's title line where their readers put the sentence that gives the day (2).
    // Held-out sets 124 and 128 to 130 joined on 2026-12-07 (26 documents, 64 sessions; 97.1%, 62.5% and 50.0% of days read unseen, 100%, 81.3% and 57.1% once read): 1070, the three more a fictional documentation page's example range (no programme), a convocation's title heading that names the meeting's day over its `Date et Lieu:` section, and minutes' next meeting read on its heading where its reader puts the date below; 1067 before, once a programme's weeks written as runs of bare days (`- 7-10/11 : PHP/MySQL/JS(Ajax)`) are read; 1069 once the convocation's title and its when section are one meeting (title-over-when-section.ts); 1068 once a page that calls itself an example or a fiction gives no session (example-page.ts).
    // Held-out sets 131 and 132 joined on 2026-12-07 (15 documents, 48 sessions; 83.3% and 16.7% of days read unseen, 83.3% (and 83.3% of hours, from 79.2%) and 79.2% once read): 1070, the two more a seminar list's `Pause` week (its reader lists none) and a school's open evening read on its post's title line where its reader puts the day's line, beside a second session of that day.
    // Held-out set 133 joined on 2026-12-07 (7 documents, 25 sessions; 36.0% of days read unseen, 100% once read): no extra session.
    // Held-out sets 134 to 136 joined on 2026-12-07 (18 documents, 79 sessions; 0, 4 and 0 extra unseen): 1070, none of them from these sets once read; then 1071 once an item that says what takes place on its day is read (`- Le 24 mai prochain aura lieu la revue annuelle du corps de cadets.`): a cadet corps' review, on the right day, on its item's line where its reader puts it on the section's heading with the hours given below.
    // Held-out sets 137 and 138 joined on 2026-12-07 (10 documents, 50 sessions; 3 and 1 extra unseen, the same once read): 1075, the four more a neighbourhood post's rainy days (`lundi 6 juin`, three items; no programme: its reader lists none, and its one mistaken weekday is reported) and a training calendar's coming module read on its heading's line where its reader puts the date's line below.
    // Held-out sets 139 and 141 to 143 joined on 2026-12-08 (37 documents, 74 sessions; 1, 0, 1 and 1 extra unseen): 1077, the two more a seminar's heading that names its week where its reader puts the sentence that announces it, and a README's example of a postponed meeting read as one.
    expect(tables.extraSessions).toBeLessThanOrEqual(1077);
    // Both sets read (the held-out one grows with each set): 29 s measured on a loaded
    // machine, over the default 30 s once in a run of 2026-11-30.
  }, 600_000);

  it('raises no false alarm on the tables it reads right', () => {
    const perfect = ['cegep-joliette-420c17', 'eig-link-bootcamp-preview', 'epfl-cs112-evaluations', 'etalab-evenements', 'projet-prog-calendrier', 'secinfra-calendrier', 'ue-ia-omics-2026-03-29', 'ue-ia-omics-2026-04-13'];
    for (const slug of perfect) {
      const document = real.find((d) => d.slug === slug)!;
      const score = scoreDocument(document);
      expect(score.missed, slug).toEqual([]);
      expect(score.falseAlarms, slug).toEqual([]);
    }
  });

  it('reads the sessions of every shape (tables, dated headings, day agendas, lists), with few false alarms', () => {
    const all = measure(real);
    const heldOut = measure(holdout);
    console.log(show('all shapes, development set', all));
    showDetail('development', real);
    showDetail('held out', holdout, true);
    console.log(show('all shapes, held-out set', heldOut));
    // Floors as last measured on the development set (96.2% days, 98.2% hours, 3 extra
    // sessions: dated list items set apart in bold, session headings with their hours
    // below, tables of contents, English day headings, an event's name closed by its
    // date and terms named by their season read on 2026-11-30); 0 false alarms since parallel tracks, month-only dates,
    // parts of a log and assessment tables are read as a reader reads them (6 before);
    // 92.7% of problems (51 of 55; 72.7% before) since weekdays are checked wherever a date
    // is written, dated lists are read in date order, and sessions are checked against a
    // month heading, the days their introduction announces and the hours their day announces. The issues ask for at most
    // one false alarm per three documents.
    // On 2026-11-30 the second held-out set (28 documents, measured unseen once: 46.3% days)
    // joined the development set, which brought it to 88.7% days, 93.2% hours, 86.9% of 61
    // problems, 23 false alarms and 19 extra sessions: these floors start again from there.
    // Then weekdays that all fit one year outweigh weak clues (said once in an info), tables
    // side by side start again from the same year, a block of talks holds its talks, words
    // that say no date is set are not unreadable dates, and a wrong weekday repeated outside
    // the schedule is reported once: 91.3% days, 91.8% of 61 problems, 2 false alarms; then
    // every day an opening paragraph writes is announced, and two weekdays joined before two
    // days (`jeudi-vendredi 18-19 mars`) are read: 0 false alarms.
    // Timetables with one column per day, rows of icons: 91.9% days, 93.7% hours,
    // 17 extra. The year in the name of a repository (`syllabus-EDM5240-H2019`), its
    // folders or the file, read as a clone names them (jhroy-edm5240-h2019: 15 more days).
    // Numbered sessions with their date in brackets (`### 1 (matin du 1er octobre 2019)`),
    // dated headings above a table of other dates, undated programmes whose day is written
    // elsewhere on the page (a date field, the item the label names), and a changelog's
    // releases no longer read as sessions: together 95.5% days, 97.4% hours, 6 extra; with
    // the repository's name: 96.6% days, 97.5% hours; with a run of dates that kept last
    // year's year read in its neighbours' (tnsi-progression-*): 97.1% days; agenda lines
    // whose hours are written with a dot (`14.00 **Mladen Pavičić**`) under a day, lists of
    // key dates (`- CC1 : semaine du 20 octobre 2025.`) with a week's working days: 98.1%
    // days, 98.9% hours before that merge; together 98.6% days, 98.9% hours.
    // On 2026-11-30 (07:30 UTC) the third held-out set (27 documents, 236 sessions, measured
    // unseen once: 60.2% days and hours, 7 of 10 problems, 5 false alarms, 9 extra) joined the
    // development set, which brought it to 93.4% days, 93.7% hours, 88.7% of 71 problems,
    // 5 false alarms and 13 extra: these floors start again from there. One dates column
    // per group read as one session on each group's day: 94.0% days.
    // Pages that name their day once outside a dated heading (a list item, the front
    // matter, the title or first line) over timed items, labels of those days (`Vendredi`,
    // `## Jour 2`), Pandoc's fenced divs, open activities side by side: 95.2% days, 95.5%
    // hours, 4 false alarms, 10 extra before that merge; together 95.7% days, 95.5% hours.
    // A row a month out of order kept in its year, a run past its month's end read to the
    // month's end, moved sessions: 95.9% days. A season in a dates cell (`2026-27`) and
    // hours closing a title: 95.6% hours, 2 false alarms. Pages named a changelog give no
    // session, and a dated heading takes the one time its sentences tell (`Spectacle à
    // 18h`): 95.6% hours, 6 extra.
    // Dated items not at their start (a date closing the item's line in a list of dated
    // items), items and lines inside a box (blockquote, GitHub alert, admonition body), a
    // heading dated by the one item or line below it, hours written once above a list of
    // dates: with everything merged, 98.8% days, 98.9% hours, 90.1% of 71 problems, 2 false
    // alarms, 5 extra.
    // On 2026-11-30 (10:10 UTC) the fourth held-out set (27 documents, 288 sessions, 12
    // problems; measured unseen: 56.6% days, 60.8% hours at the session's start, 65.6% and
    // 61.5% at its end, 5 of 12 problems, 35 false alarms, 37 extra) joined the development
    // set, which brought it to 94.1% days, 93.6% hours, 83.1% of 83 problems, 37 false
    // alarms and 42 extra: these floors start again from there.
    // Timetable grids (issue 11: spans, slot ends, slot hours, sparse weeks, week headings
    // over their grid, group columns with weekday and hours): 97.0% days, 97.4% hours,
    // 85.5% of 83 problems, 36 false alarms, 15 extra; then bare weekdays in a written
    // week, days as rows under hour headers, tables of weeks with group columns, a cell
    // shared by all groups naming each group's day: 97.9% days, 98.3% hours, 86.7% of 83.
    // How rows relate (issue 11): rows of one title on one day at hours that do not meet are
    // slots, not copies (duplicate-session); lists and tables kept newest first count their
    // years back and are checked that way, each list on its own; a weekday written alone in
    // a column of days beside the date is checked: 94.7% days, 88.0% of 83 problems, 5 false
    // alarms (37 before) on their own; merged with the first grids: 97.6% days, 97.4% hours,
    // 90.4% of 83 problems, 2 false alarms, 15 extra. Hours written once for a table (the
    // intro, the line under it, an HTML caption) and key dates listed beside a table, merged
    // with main (discovery of HTML tables): 97.8% days, 97.9% hours, 90.6% of 85 problems.
    // All merged (12:05 UTC): 98.7% days, 98.8% hours, 91.8% of 85 problems, 2 false
    // alarms, 15 extra. medecinsdufleuve-evenements-2022 (dated headings of past events
    // kept newest first, written by rows) joined: its 4 sessions read right, no false
    // alarm, and one extra, a heading that dates news rather than an event: 16 extra.
    // Event pages whose one session is the page (front matter, title or inviting sentence,
    // one time told), headings that detail a dated list's sessions, runs of dated paragraphs
    // with undated ones among them, labelled date lines, headings closed by their date:
    // 94.4% days, 93.9% hours, 35 extra before the grids (posts, 11:15 UTC); merged, with two
    // documents of the class added (181): 98.2% days, 98.6% hours, 87.1% of 85 problems,
    // 36 false alarms, 7 extra.
    // All merged with rows (12:17 UTC, 182 documents): 99.0% days, 99.1% hours, 91.8% of
    // 85 problems, 2 false alarms, 8 extra.
    // Held-out set 5 (35 documents, 310 sessions, measured unseen: 58.7% days, 24.2% hours;
    // 33.9% hours once clock times with seconds were read) joined at 12:40 UTC, 217
    // documents: 93.7% days, 90.5% hours, 88.9% of 90 problems, 3 false alarms, 13 extra.
    // A page's agenda under the one day its paragraphs invite to or give as a field (`se
    // tiendra le mercredi 16 décembre`, `**Date** : le 4 décembre 2024`): 95.0% days, 91.8%
    // hours, nothing more extra nor false (12:39 UTC).
    // Tables whose dates are not in a plain dates column (a day and its hours in one cell,
    // `Plage horaire` cells that write the day, `Début | Fin` periods, titles that write
    // their day): 96.1% days, 94.8% hours, nothing more extra nor false (cells, 14:05 UTC).
    // A day named on a line of its own that is no heading (`**Dimanche 7 octobre** : Cross`
    // under period headings, `Jeudi 12 juin :`, `📅 Samedi 4 mai` over timed items, `**Lundi
    // 10**` under `## Mars 2025`): 95.7% days, 94.1% hours, 11 extra on its own (daylines,
    // 13:45 UTC); with cells: 96.8% days, 95.3% hours, 11 extra (14:40 UTC).
    // Held-out set 6 (35 documents, 268 sessions, measured unseen at 25.7% of days) joined at
    // 15:35 UTC: 91.9% days, 90.9% hours, 81.6% of 98 problems, 7 false alarms, 36 extra.
    // Day spans (ranges, 17:20 UTC): dotted runs `25.10 – 03.11`, the month first in French
    // (`Octobre 25 - Nov 3 2024`), weeks written together (`Semaine du 27/05 et du 03/06`):
    // 92.1% days, 91.1% hours, nothing more extra nor false. Then runs of days on the first
    // line of an event's paragraph, after a name with digits (`PSE1 du 19 au 23 février`),
    // closing a school exam's heading, struck through as over (`terminée`): 92.3% days,
    // 91.3% hours, 34 extra (ranges, 18:00 UTC).
    // With the tables whose days are not in their body cells (tabledates, 17:55 UTC, with the
    // day spans merged): 93.8% days, 93.0% hours, 83.7% of 98 problems, 7 false alarms, 30 extra.
    // With the day spans' runs outside tables merged too (18:10 UTC): 93.9% days, 93.2%
    // hours, 29 extra.
    // One-event pages and front matter (eventpage, 18:00 UTC): titles folded or quoted over
    // lines, TOML `+++` blocks, category lists and event tags, a title's hour, events listed
    // in the front matter (`events:` maps), `### Quand ?` labels, `vous retrouver le`: with
    // ranges merged, 92.8% days, 91.8% hours, 34 extra, nothing more false (before tabledates);
    // with tabledates merged (18:10 UTC): 94.5% days, 93.8% hours, 83.7% of 98 problems, 29 extra.
    // Sessions announced in sentences beside a programme (`L'examen final sera le 13 décembre de
    // 15h00 à 18h00.`, `Le cours du 2019-12-19 est annulé`), a page's lists in the year of those
    // above, a news list's posting dates (sentences, merged 18:25 UTC): 95.2% days, 94.4% hours,
    // 6 false alarms, 26 extra.
    // 92.1% days, 91.1% hours, nothing more extra nor false.
    // Course plans by numbered weeks (weekgrid, 17:05 UTC): 94.1% days, 92.8% hours, 37 extra
    // (two exams of uqam-inf5153-automne-2019 read from the plan, see the tables' floor);
    // with the day spans: 94.2% days, 93.0% hours (17:42 UTC).
    // Plans of numbered weeks merged with the tables dated outside their cells (18:16 UTC):
    // 96.1% days, 95.1% hours, 83.7% of 98 problems, 7 false alarms, 31 extra.
    // Everything merged with the plans of numbered weeks (18:25 UTC): 97.4% days, 96.3% hours,
    // 83.7% of 98 problems, 6 false alarms, 28 extra.
    // Held-out set 7 (42 documents; unseen 43.5% at the start, 48.0% after the helpers, 62.2%
    // after the lead's fixes) joined at 18:50 UTC: 93.4% days, 92.6% hours, 80.8% of 104
    // problems, 19 false alarms, 60 extra on 294 documents.
    // The year of days written without one (yearfit, 20:30 UTC): the weekdays written in the
    // text weigh a title's year as a schedule's rows do (mines-paris-cours-web-2026: 9 false
    // alarms gone), a July row under August rows stays in the same summer
    // (lapalette-agenda-aout-2026): 93.5% days, 9 false alarms.
    // Schedules kept as whole HTML pages (a doctype, a PHP template: one page however blank
    // lines cut it), the day in a page's banner, HTML day grids one session per track cell
    // (htmlpages, 20:47 UTC): 94.8% days, 94.0% hours, 19 false alarms, 50 extra.
    // Dotted days, arrows and days grouped by month (`14 et 28 janvier ; 11 et 25 février`)
    // (dayforms, 20:45 UTC): 93.9% days, 92.8% hours on its own (from 93.4%, 92.6%), nothing more extra nor false.
    // Both merged (21:08 UTC): 95.4% days, 94.2% hours, 9 false alarms, 50 extra.
    // 90.9% with held-out set 8 (21:45 UTC).
    // 97.7% after 2026-12-01's helpers (raw HTML, unusual tables, day lines, front matter
    // programmes, precision); 96.1% with held-out set 9 (43 documents, 02:00 UTC).
    // 93.8% with held-out set 10 (19 documents, 186 sessions, 47.3% of them read unseen; 03:05 UTC).
    // 96.7% after 2026-12-01's second stop (set 9's residue, set 10's misses); 95.9% with
    // held-out set 11 (20 documents, 177 sessions, 62.7% of them read unseen; 05:05 UTC).
    // 94.7% with held-out set 12 (17 documents, 136 sessions, 52.9% of them read unseen; 05:50 UTC).
    // 96.0% after this stop's helpers; 95.0% with held-out sets 13 (22 documents, 260 sessions,
    // 74.2% read unseen) and 14 (17 documents, 118 sessions, 74.6% unseen), 07:45 UTC.
    // 95.0% with held-out sets 15 (18 documents, 249 sessions, 66.7% read unseen) and 16 (18
    // documents, 257 sessions, 86.8% read unseen), after the lead read their misses (10:35 UTC).
    // 95.3% with a Jekyll site's event cards read (a heading over a kramdown record table).
    // 95.0% with held-out set 18 (17 documents, 254 sessions, 46.5% of them read unseen) after
    // the lead read its misses; 94.8% with set 17 too (18 documents, 154 sessions, 88.3% read
    // unseen: its newsletter's event headings and a meetup's front matter programme stay unread).
    // 94.4% with held-out set 19 (20 documents, 152 sessions, 73.0% read unseen).
    // 94.5% with held-out set 20 (15 documents, 134 sessions, 59.0% read unseen, 99.3% once
    // its misses were read: counted Saturdays, MyST boxes, `13h30mn`, a label between a day
    // line and its agenda).
    // 94.5% with held-out set 21 (17 documents, 170 sessions, 84.1% read unseen).
    // 94.7% with a plan whose days all fall around its commit read in the commit's year
    // though its weekdays fit the year before (samsic-antigravity-prototype-2026).
    // 94.9% with held-out set 22 (16 documents, 46 sessions, 80.4% read unseen, 97.8% once
    // its misses were read: hours set apart by a colon before a long summary, MDC badges).
    // 94.7% once held-out set 23 joined (24 documents, 197 sessions, 72.1% read unseen, 88.8%
    // once its misses were read: lengths, `Mar 21` under a week, numeric journal days, talks
    // closing with their dates).
    // 94.5% with held-out set 25 (see the tables' floor).
    // 94.4% once held-out sets 26 to 28 joined (89, 167 and 84 sessions; 67.4%, 83.8% and 54.8%
    // read unseen; 94.4%, 91.6% and 88.1% once read: a hackathon's slots written inside
    // sentences, a log's `Hors Séance : 4 Mai 2018` in lists of one item, two bold dates in one
    // item stay unread).
    // 94.2% once held-out set 29 joined (99 sessions, 68.7% read unseen, 83.8% once read: a
    // study days' notes that name their days by number alone stay unread).
    // 94.2% (0.9418) once held-out set 33 joined: 12 of its 68 sessions are slots whose day and
    // hours are told in sentences (a club's `Venez vous inscrire dès 19h15.`, a wedding's
    // `On se donne rendez-vous à 16h`), which issue 12 leaves to prose.
    // 93.9% once held-out set 32 joined (80 sessions, 41.3% read unseen, 68.8% once read: a
    // page of YAML front matter only, weeks of a course written `(semaine du 9/9)` in a
    // year written nowhere, a Sage wiki's and a petanque newsletter's days stay unread).
    // 93.9% (0.9386) once held-out sets 34 and 36 joined (set 36: 56.1% read unseen; a page of
    // worksheets dated in front matter `du: 6 septembre` and a title that lists four days with
    // their hours stay unread).
    // 93.8% (0.9384) once held-out sets 35, 37 and 38 joined (set 35: 91.1% read unseen, 96.2%
    // once read; set 37: 76.1% and 92.3%; set 38: 81.4% and 90.3%): a hackathon and an
    // upcoming meeting told in sentences, days named only by weekday words in a post, stay unread.
    // 93.6% once held-out sets 39 and 40 joined (set 39: 73.7% read unseen, 96.5% once read;
    // the 44 read documents of set 40: 68.5% unseen): a course's `### 02.11 - Titre` and a
    // log's `## 31.1` days (a dotted day and month that versions write too), an Org export's
    // headings with no timestamp, and days told in list sentences (`le mardi 17/10 à partir
    // de 16h`) stay unread.
    // 93.4% (0.9340) once held-out sets 41 and 42 joined (set 41: 51.6% unseen, 93.6% once
    // read; set 42's 30 read documents: 69.5% unseen, 87.9% once read): a festival diary's
    // concerts under each day heading, a page whose weekdays fit a year its reader did not
    // take, and a tour's `2026/05/23+24` days stay as read.
    // 93.0% (0.9304) once held-out set 43 and set 44's read part joined (set 43: 62.9% unseen,
    // 79.8% once read; set 44's 25 read documents: 80.0% unseen, 81.4% once read): a festival
    // diary's concerts under `# Jour N` headings, a project's sessions kept in headings beside
    // a table of the same days (the engine reads the table, as issue 12 asks), meetings told
    // in past sentences (`L'évènement s'est tenu … le 19 novembre 2020`) and minutes stay as read.
    // 92.9% (0.9289) once held-out set 45 and set 46's read part joined (set 45: 75.0% unseen,
    // 92.1% once read; set 46's 17 read documents: 56.2% unseen, 83.3% once read): a table
    // of milestones kept beside a log's dated sections (the engine reads the table, as issue
    // 12 asks), a meals table dated only by the page's last update, and a race's bullets the
    // engine leaves to the day heading stay as read.
    // 93.1% (0.9313) once held-out set 47 and set 48's read part joined (set 47: 93.3% unseen;
    // set 48's 21 read documents: 66.2% unseen): a postponed class (`le cours du 17/01 est
    // reporté au mercredi 26/01`), a game jam's span from Friday 19h to Sunday 19h, a meals
    // page's menus under bold days, and an Org export's table stay as read.
    // 93.0% (0.9299) once set 50's read part joined (51.4% unseen, 84.7% once read): a
    // cycling day's programme told
    // in a front matter's prose, and a week's kramdown table stay as read.
    // 92.8% (0.9280) once sets 58 and 60's read parts joined (set 58's 19: 75.4% unseen, 87.7%
    // once read; set 60's 28: 73.2% unseen, 77.2% once read): a garden's weekly log read as
    // working weeks where its reader takes the day written, students' weeks and days written
    // without a month, a course's every Thursday told by a facts table, and fixtures whose
    // commit date their source does not give stay as read.
    // 92.7% (0.9268) once set 66's read part joined (57.5% unseen, 77.5% once read): a family
    // trip's day agendas of mornings and evenings under an overview of its two stays, a
    // project's weeks named only by their ends (`Semaine du 23 au 29 Janvier`) in the year
    // their weeks begin on Mondays, and a post telling a sprint held, stay as read.
    // 92.7% (0.9272) once set 68's read part joined (50.0% unseen, 92.7% once read): two
    // course pages whose source gives no commit date, and so no year, stay unread.
    // 91.7% (0.9175) once held-out sets 49 to 57 joined (92 documents, 722 sessions, 75.8%
    // unseen with the engine of 7fdf71ec, the last measure before they were read).
    // 92.4% (0.9240) once their misses were read: a term's journal of weekdays under each
    // week with one timed line, a work journal's `**Date de la session :**` fields and
    // numbered sessions of one day, a student group's `13/02 --> 19/02` weeks (75.8% → 87.0%).
    // 92.5% (0.9252) with a front matter's `moment: 4 et 5 mars 2017`, a school year written
    // `2024 – 2025` and Roman months (`4.XII.2024`); 92.6% (0.9255) with a heading over
    // `**12 octobre 2026 – Sceaux**` read at the heading.
    // Held-out set 70 joined on 2026-12-04 (52 documents, 388 sessions, 39.7% days read unseen, 62.6% once a bold day with its place, runs of bare days, a term's span, week rows beside day agendas were read); the whole set then reads 91.9% (0.9186) days.
    // Held-out set 71 joined on 2026-12-04 (48 documents, 347 sessions, 55.3% days read unseen, 73.5% once a whole date between a label and a title, a Pandoc caption's day, a table of contents with badges, lengths written as hours and each kind's weekly hours were read); the whole set then reads 91.4% (0.9142) days.
    // Held-out sets 59 to 69 joined on 2026-12-04 (144 documents, 851 sessions, 62.9% days read unseen, 76.3% once rows set apart by blank lines, tables under their year's heading, a timetable's label, month-first class headings, square-bracketed days and a list's introduced year were read); the whole set then reads 90.5% (0.9050) days.
    // Held-out set 72 joined on 2026-12-04 (41 documents, 350 sessions, 71.7% days read unseen, 82.3% once ordinals in `ième`, a run whose end leaves its month to its start and a numbered class's whole date before its subject were read); the whole set then reads 90.3% (0.9034) days.
    // Held-out set 73 joined on 2026-12-04 (28 documents, 519 sessions, 39.7% days read unseen, 94.8% once records of fields, headings glued to their marks, timed lines a list swallowed and a part set beside one that writes its years were read); the whole set then reads 90.5% (0.9051) days.
    // Held-out set 74 joined on 2026-12-04 (20 documents, 74 sessions, 59.5% days read unseen, 89.2% once a table's length column, a date field's aside, bare days opening a journal's short lists and a Mermaid Gantt chart alone were read); the whole set then reads 90.6% (0.9058) days.
    // Held-out set 75 joined on 2026-12-04 (17 documents, 121 sessions, 66.1% days read unseen, 81.0% once lists under bold year labels, a section numbered before its dated weekday and `Retrouvez-nous` were read); the whole set then reads 90.5% (0.9054) days.
    // Held-out set 76 joined on 2026-12-04 (12 documents, 27 sessions, 29.6% days read unseen, 40.7% once an English block dated again in French, a numbered class's page, a talk's front matter and an event's quoted days were read; two newsletters' weekday items stay unread); the whole set then reads 90.4% (0.9045) days.
    // Held-out set 77 joined on 2026-12-04 (30 documents, 182 sessions, 61.5% days read unseen, 76.4% once a front matter's meals, weekly hours written with dots, a running order from 0:00 and a meetup's date key a month off were read); the whole set then reads 90.3% (0.9028) days.
    // Held-out set 78 joined on 2026-12-04 (28 documents, 106 sessions, 83.0% days read unseen, 85.8% once a remote exam's glued run of days after its phase's number and a conference's page inviting to itself were read; a weekend's story, a lab's prose and a CMS timestamp's hour stay unread); the whole set then reads 90.3% (0.9027) days.
    // A calendar laid out in parts side by side under a repeated header, read part by part: 90.4% (0.9044).
    // Held-out set 79 joined on 2026-12-04 (23 documents, 190 sessions, 50.5% days read unseen, 93.5% once a conference's agendas under an index of its editions and a series of virtual classes at the end of a list were read); the whole set then reads 90.5% (0.9047) days.
    // Held-out set 80 joined on 2026-12-04 (22 documents, 83 sessions, 74.7% days read unseen and once read: a course's headings over `la semaine de 13/03/2017` are read since in markdown, in its HTML not yet, and a student's log dated month first, `## 10.19`, stays unread; its one false alarm, a copied page’s dates, is gone); the whole set then reads 90.5% (0.90498) days.
    // Held-out set 81 joined on 2026-12-04 (21 documents, 178 sessions, 48.3% days read unseen, 53.4% once a weekend's days over sentences with slots under hour headings were read; two course weeks' `Jour 1`-`Jour 5` headings dated by a period stated elsewhere, a sprint log's task items, minutes titled `Procès verbaux` that its reader counts as sessions, stay unread); the whole set then reads 90.1% (0.9008) days.
    // Days counted as headings (`### Jour 1`..`### Jour 3`) dated by the period the page tells
    // once (`du lundi 31 août 2020 … au mercredi 2 septembre 2020`): 90.3% (0.9031).
    // Held-out set 82 joined on 2026-12-04 (23 documents, 73 sessions, 64.4% days read unseen, 71.2% once a year a heading's title names before its days, bare test days told again beside the programme and two ranges side by side were read; a course's weekly lines with English labels, `28-29 Dec` a month off, and hours told for two courses in one list stay unread); the whole set then reads 90.2% (0.9022) days.
    // A day's activities told as sentences with their hours inside (`#### 02/09/2024` over `- Un
    // pique-nique est prévu de 11h30 à 15h au Jardin Darralde.`), each a slot: 90.4% (0.9037).
    // Held-out set 83 joined on 2026-12-04 (16 documents, 112 sessions, 30.4% days read unseen, 59.8% once padded dotted days down a column under no header and links titled as numbered sessions were read; a cégep calendar with no commit date, a club's weekly series in a sentence, an itinerary of bold date lines and a deck's phases stay unread); the whole set then reads 90.2% (0.9015) days.
    // Held-out set 84 joined on 2026-12-05 (12 documents, 87 sessions, 96.6% days read unseen and once read; two prose sentences of a README and a list's one dated item among notes stay unread); the whole set then reads 90.2% (0.9019) days.
    // A dates field behind an emoji in its bold label (`**📅 Dates :** 4-8 novembre 2025`) under each event's heading: 90.2% (0.9022).
    // Held-out set 85 joined on 2026-12-05 (14 documents, 93 sessions, 87.1% days read unseen, 92.5% once a front matter map of sessions under their names with compact days was read; a post's sessions after bold titles with a clause after each day stay unread); the whole set then reads 90.2% (0.9023) days.
    // Held-out set 86 joined on 2026-12-05 (20 documents, 68 sessions, 60.3% days read unseen, 89.7% once a caption row over a table's header, a year progression, a paper's label before its day, an ISO day run by an en dash and spaced slashes were read; hours told in detail sections and days told again in admonitions stay unread); the whole set then reads 90.2% (0.9023) days.
    // Held-out set 87 joined on 2026-12-05 (14 documents, 111 sessions, 71.2% days read unseen, 94.6% once a slot's title set apart by a table's rule pasted as text, a day stored as its midnight in UTC, slots after a hard-break blank line in an item and a project calendar of lines closing with their days were read; marches told in prose stay unread); the whole set then reads 90.3% (0.9026) days.
    // Held-out set 88 joined on 2026-12-05 (17 documents, 97 sessions, 57.7% days read unseen, 73.2% once 12-hour ranges with a mark on each end, numbered graded work beside links and a class dated `Place / day` were read; a reverse archive split by an announced meetup and a planning dated as of its writing stay unread); the whole set then reads 90.2% (0.9016) days.
    // Held-out set 89 joined on 2026-12-05 (16 documents, 132 sessions, 47.7% days read unseen, 81.8% once a spreadsheet's `9-Mar`, colonless clocks under `Temps (EDT)`, a day in HTML bold and an exam announced under its heading were read; an escaped colloquium page and runs of days told in prose stay unread); the whole set then reads 90.1% (0.9011) days.
    // Held-out sets 90 and 91 joined on 2026-12-05 (34 documents, 363 sessions, 60.6% days read unseen, 82.6% once a programme of several days in one paragraph, a day told over a pointer and its list, a section's one day over its table of hours, a past year folded in `<details>`, a box inside a box and a table of assignments were read; Hugo shortcode cards and weekday hours given per period stay unread); the whole set then reads 89.9% (0.8995) days, the development set before them 90.1% as before.
    // Held-out set 92 joined on 2026-12-05 (7 documents, 21 sessions, 66.7% days read unseen, 90.5% once a front matter's list of workshops under a key of any name and a heading closed by its day before a pipe were read; an artist's past-tense story of an exhibition stays unread); the whole set then reads 90.0% (0.8995) days.
    // 90.1% (0.9009) once a course plan's week is the day written, as its readers date it, and a Hugo page's event cards were read (set 90's).
    // Held-out set 94 joined on 2026-12-05 (25 documents, 295 sessions, 31.2% days read unseen, 75.9% once a logbook's `## 20240723`, rooms as an hour's parallel tracks, days named by weekday and number under a title's year, a night into the morning and hours written `17 heures` were read; a course page whose dates keep last year's year, a Statamic entry's HTML string and a meetup's agenda table beside its history table stay unread); the whole set then reads 89.9% (0.8989) days: the floor starts again from there.
    // Held-out set 93 joined on 2026-12-05 (18 documents, 132 sessions, 81.1% days read unseen, 97.0% once a Gantt chart's chained tasks, a course's week over the TDs done in it and a plan's stretch spelled out day by day below it were read; an MDX card's list stays unread); the whole set then reads 90.1% (0.9013) days.
    // Held-out sets 95 and 96 joined on 2026-12-05 (46 documents, 302 sessions, 51.3% and 27.9% days read unseen, 64.7% and 82.5% once a day agenda with no header row, `le 19 janvier, <name>` items, a sheet pasted with tabs, a festival's `film` column, meeting lines over their papers' tables, a sprint's `Durée` field, bold event names then their day and a heading's full day above a term's table were read; dates told in prose, a newest-first log's mistyped year and a code block's availabilities stay unread); the whole set then reads 89.7% (0.8966) days: the floor starts again from there.
    // Held-out set 97 joined on 2026-12-05 (11 documents, 38 sessions, 50.0% days read unseen by three engines, 52.6% once a page's next edition told in a sentence, a theme's `event_days` key and releases under `Dernières parutions` were read; events told in a post's or a race page's prose and a club's `samedi 16` with no month stay unread); the whole set then reads 89.6% (0.8959) days: the floor starts again from there.
    // Held-out sets 99 and 100 joined on 2026-12-05 (70.7% and 70.3% of days read unseen, 90.2% and 86.3% once read): 89.5% (0.8952), the floor holds.
    // Held-out set 101 joined on 2026-12-06 (52.3% of days read unseen, 79.1% once read): 89.5% (0.8950), the floor holds.
    // Held-out set 102 joined on 2026-12-06 (34.2% of days read unseen, 68.4% once read: a project's minutes listed as links to their PDFs, a podcast's conferences told in sentences, posts about events held stay unread): 89.4% (0.8942), the floor starts again from there.
    // Held-out sets 103 and 104 joined on 2026-12-06 (31 documents, 262 sessions, 67.2% and 78.3% of days once read: a poster gallery, two front-matter agendas of slots by their start, a post's conferences in brackets left unread): 89.2% (0.8923), the floor starts again from there.
    // 89.3% (0.8934) once a conference theme's front-matter agenda of starts is read: 0.893.
    // Held-out sets 105 and 106 joined on 2026-12-06 (134 and 112 sessions, 6.0% and 68.8% of days read unseen, 94.8% and 88.4% once read): 89.4% (0.8939).
    // Held-out set 107 joined on 2026-12-06 (53 sessions, 84.9% of days read unseen, 94.3% once read: an event page's `begin_date:`, a festival's hours by weekday and number): 89.4% (0.8940).
    // Held-out set 108 joined on 2026-12-06 (138 sessions, 39.9% of days read unseen, 81.2% once read: an artist's captions, talk cards, a day's times standing alone between its talks; a course's numbered weeks against its written school year left): 89.4% (0.8937), the floor starts again from there; 89.4% (0.8938) once a tennis club's season sentences are read and a repository's year gives way to the commit's for a page kept while it ran (a course log of `sio1-2023` read in 2022, as its reader reads it).
    // Held-out sets 109 and 110 joined on 2026-12-06 (46 and 250 sessions, 89.1% and 74.4% of days read unseen, 95.7% and 98.4% once read: a log's headings closed by bare days, English dates and a 12-hour clock, talks under `Congrès`, time headings sized above their day): 89.5% (0.8954); 89.6% (0.8958) once an HTML list item's first field inside its card's `<div>` is paired with the engine's `<li>` line (see the tables' extra figure).
    // Held-out sets 111 and 112 joined on 2026-12-06 (8 and 28 documents, 22 and 256 sessions, 22.7% and 66.8% of days read unseen, 77.3% and 85.5% once read: bracketed stamps, `semaine du 10/10` headings, an agenda naming its days in a first cell, quoted journal entries, a course's days listed after its hours; a sprint plan's day headings under its summary tables, an R chunk's agenda, a log's year a year after its repository's name left): 89.5% (0.8954).
    // Held-out sets 113 and 114 joined on 2026-12-06 (90 sessions, 72.5% and 88.0% of days read unseen, the same once read: the forms read in the stop, a bold title closed by its whole date then a remark, an item closed by its date over its own list, graded work under `# Évaluations`, were taken back after review, which found them reading news, press reviews, budgets and reports as sessions and losing hours written after the bold): 89.5% (0.8950).
    // Held-out sets 115 and 116 joined on 2026-12-07 (20 and 386 sessions, 75.0% and 96.1% of days read unseen, 75.0% and 96.9% once read: slots led by `à`/`après` in bold, slots written title first beside the day's timed lines, a journal's week recaps, a fair's talks closing with their day): 89.7% (0.8968).
    // Held-out sets 117 to 119 joined on 2026-12-07 (119, 39 and 34 sessions; 84.0%, 59.0% and 23.5% of days read unseen, 97.5%, 76.9% and 64.7% once read: journal days written as dates alone, dotted week headings, a Pelican page's glued headings, talks named by their items): 89.7% (0.8970).
    // Held-out sets 120 to 123 joined on 2026-12-07 (46, 36, 73 and 13 sessions; 91.3%, 44.4%, 82.2% and 69.2% of days read unseen, 95.7%, 88.9%, 82.2% and 76.9% once read: year-first dates, minutes' logged times, a programme's opening day, bold labels without a colon, a sprint's tasks written as fields, a post's meeting for its event, a summary's day): 89.8% (0.8981).
    // 89.9% (0.8985) once lists of events named first with their day tied (tied-item-dates.ts) and ranges inside a dated item's sentence are read.
    // Held-out set 125 joined on 2026-12-07 (143 sessions; 28.0% of days read unseen, 86.0% once read: a wiki's links read as their labels): 89.8% (0.8982).
    // Held-out sets 134 to 136 joined on 2026-12-07 (97.4%, 37.0% and 84.6% of days read unseen, 100%, 96.3% and 92.3% once read: headings that close on a clock face, a gathering organised on a day over its timed lines, headings that say what takes place on their day): 89.9% (0.8991).
    // Held-out sets 137 and 138 joined on 2026-12-07 (30 and 20 sessions; 66.7% and 90.0% of days read unseen, 66.7% and 95.0% once read: a run whose ends each say their time in brackets; left, a municipal list's cafés whose year its habit's weekday gives against a front matter a year early, 9): 89.9% (0.8988).
    // Held-out set 140 joined on 2026-12-07 (74 sessions; 63.5% of days read unseen, 67.6% once read: a front matter's days in words, a run that counts its Saturdays, `Après 18h :`; left, an R community's items given the year of cards lower down, 8, and a competition's undated days, 11): 89.8% (0.8980).
    // 89.8% (0.8984) once a list's lead that names its items' weekday with their hours (`**Cafés-rencontre le dimanche de 9h à 12h :**`) gives their year (a municipal list's cafés, 9, read in 2026 over a front matter a year early).
    // Held-out sets 139 and 141 to 143 joined on 2026-12-08 (74 sessions, none in tables; 18.2%, 25.0%, 63.9% and 47.8% of days read unseen, 18.2%, 50.0%, 66.7% and 52.2% once read: a year set apart by a comma before its time, a next meeting's date under its heading; left, days told in report sentences on pages that list no session): 89.7% (0.8972).
    expect(all.days).toBeGreaterThanOrEqual(0.897);
    // With a page's series hours above its table: 92.7% hours (12:46 UTC).
    // A dated heading's hours field in its section's list (`- **Heures** : 9h30 - 18h`) and
    // the time of a heading dated by its first line (`📅 …` then `⏰ 14:00 - 18:00`): 93.6%.
    // 94.8% with the dates not in a plain dates column (cells, 14:05 UTC); 95.3% with day lines.
    // Hours a page gives its series once (`- **Quand** les mercredi de 9:30 à 12:30`, `Le
    // mercredi de 9h à 12h`, `**Heure**` over `9h à 16h`) for dated headings and items with
    // none of their own (hours, 13:50 UTC): 95.0% on its own; merged with cells and day lines: 96.6%.
    // The time an event's page tells once, for its one dated heading (hours, 15:07 UTC): 96.7%.
    // 90.9% with held-out set 6 (15:35 UTC). 91.8% with one-event pages (eventpage, 18:00 UTC);
    // 93.8% with tabledates merged.
    // 90.9% with held-out set 6 (15:35 UTC).
    // 90.9% with held-out set 6 (15:35 UTC). 92.8% with the plans of numbered weeks (17:05 UTC),
    // 93.0% with the day spans too (17:42 UTC).
    // 94.0% with whole HTML pages (20:47 UTC). Hours written apart from the day (tables,
    // `avant 12h00`, `19.30 h`, a card's end below, a cancelled meeting of a series,
    // slothours): 93.5% on its own (21:03 UTC); 95.0% merged (21:06 UTC).
    // 90.6% with held-out set 8 (21:45 UTC). 96.6% after 2026-12-01's helpers; 95.6% with
    // held-out set 9 (02:00 UTC); 93.4% with held-out set 10 (03:05 UTC).
    // 96.6% after the second stop's helpers; 95.7% with held-out set 11. 94.8% with held-out set 12.
    // 96.1% after this stop's helpers; 95.2% with held-out sets 13 and 14; 95.1% with 15 and 16.
    // 95.5% with the weekend's table and the event cards.
    // 94.8% with held-out sets 17 and 18 after their misses were read (a course's hours told
    // once for two weekdays, herbelin-preuves-tp-2023, stay unread).
    // 94.6% with held-out set 19.
    // 94.8% with a course’s week of slots given as a list (`- TP/TD : vendredi 11h-13h`).
    // 94.9% with held-out set 20 (58.2% read unseen, 99.3% once its misses were read).
    // 94.9% once held-out set 23 joined.
    // 94.6% with held-out set 25 (see the tables' floor).
    // 94.5% once held-out sets 26 to 28 joined (see the days' floor); 94.3% with set 29.
    // 94.0% once held-out set 32 joined (see the days' floor).
    // 93.8% (0.9382) once held-out sets 35, 37 and 38 joined (set 35: 83.5% read unseen, 93.7%
    // once read; set 37: 77.0% and 91.4%; set 38: 88.5% and 91.2%): slots told in sentences
    // (`Rendez-vous à 15h`, `RDV à 14h30 avec le tuteur`) stay prose.
    // 93.3% once held-out sets 39 and 40 joined (see the days' floor).
    // 92.9% once held-out set 43 and set 44's read part joined (see the days' floor).
    // 92.8% (0.9281) once held-out set 45 and set 46's read part joined (see the days' floor;
    // a club's meetings take `tous les vendredis à 12h20` from a rule above them, for their reader only).
    // 93.0% (0.9307) once held-out set 47 and set 48's read part joined (see the days' floor).
    // 93.0% (0.9299) once set 50's read part joined (see the days' floor).
    // 92.8% (0.9284) once set 62's read part joined (68.3% unseen, 82.8% once read): a work
    // journal's timesheet (start, pause, end columns) under each day, a student's journal
    // whose days open paragraphs among pasted shell code, days a mayor's column tells in
    // passing (`le bal du bouclier, organisé le samedi 8 avril prochain`), a journal's
    // evening hours `(soir ~21h)`, stay unread.
    // 92.7% (0.9270) once set 66's read part joined (69.2% unseen, 82.5% once read; see the
    // days' floor, and an IUT course table whose `TP3 FXML (8 h)` lengths are read as starts).
    // 92.7% (0.9274) once set 68's read part joined (45.0% unseen, 91.9% once read).
    // 91.8% (0.9178) once held-out sets 49 to 57 joined (76.0% unseen).
    // 92.4% (0.9243) once their misses were read (76.0% → 87.1%).
    // 92.5% (0.9249) with the same; 92.6% (0.9255) with a count of sessions giving their
    // hours above their table (`5 séances de 3 heures … de 9h00 à 12h00`).
    // 91.9% (0.9190) once held-out set 70 joined.
    // 91.3% (0.9132) once held-out set 71 joined.
    // 90.7% (0.9067) once held-out sets 59 to 69 joined.
    // 90.5% (0.9054) once held-out set 72 joined.
    // 90.7% (0.9072) once held-out set 73 joined and was read.
    // 90.6% (0.9062) once held-out set 76 joined and was read (25.9% unseen, 37.0% once read).
    // 90.6% (0.9060) once held-out set 77 joined and was read (68.1% unseen, 89.0% once read).
    // 90.6% (0.9057) once held-out set 78 joined and was read (71.7% unseen; Quebec's zones
    // after a time, `09h30 HE`, and a series' `rdv 12h30` with its `Durée : 1h30` read since).
    // 90.7% (0.9074) once a calendar laid out in parts side by side is read part by part.
    // 90.8% (0.9082) once a course's headings naming their week in brackets (`Cours 2 (semaine du
    // 14/9)`) are read as weeks: their reader listed each on its first day, so their days stay apart.
    // 90.9% (0.9094) once held-out sets 79 and 80 joined and were read (an index of editions over
    // their agenda tables, an HTML day's slots titled by the heading below their time).
    // 90.5% (0.9052) once held-out set 81 joined and was read (53.4% of its hours once read, see the days).
    // 90.7% (0.9074) once days counted as headings (`### Jour 2`) are dated by the page's period.
    // 90.6% (0.9057) once held-out set 82 joined and was read (50.7% of its hours unseen, 53.4% once read).
    // 90.7% (0.9072) once a day's sentences that tell their hours are its slots.
    // 90.6% (0.9061) once held-out set 83 joined and was read (44.6% of its hours unseen, 74.1% once read).
    // 90.6% (0.9064) once held-out set 84 joined and was read (96.6% of its hours unseen and once read).
    // 90.6% (0.9064) once held-out set 85 joined and was read (66.7% of its hours unseen, 86.0% once a weekly slot in a table of fields was read).
    // 90.6% (0.9062) once held-out set 86 joined and was read (54.4% of its hours unseen, 85.3% once hours with their `h` written once, `(8 - 12h)`, were read).
    // 90.7% (0.9065) once held-out set 87 joined and was read (73.0% of its hours unseen, 95.5% once read).
    // 90.6% (0.9059) once held-out set 88 joined and was read (46.4% of its hours unseen, 80.4% once read).
    // 90.4% (0.9040) once held-out set 89 joined and was read (24.2% of its hours unseen, 65.2%
    // once read: a class's hours in its title's brackets and a lab's slot inside a class's stay).
    // 90.1% (0.9012) once held-out sets 90 and 91 joined and were read (50.7% of their hours
    // unseen, 77.1% once read: lecture hours given per weekday in a group's timetable stay).
    // 90.2% (0.9019) once held-out set 92 joined and was read (66.7% of its hours unseen, 90.5%
    // once read) and a course's weekday hours listed once per period were read (set 90's);
    // 90.2% (0.9023) once a Hugo page's event cards were read (set 90's).
    // 90.3% (0.9026) once held-out set 93 joined and was read (79.5% of its hours unseen, 95.5% once read).
    // 90.0% (0.9003) once held-out set 94 joined and was read (29.2% of its hours unseen, 76.3%
    // once read): the floor starts again from there.
    // 89.6% (0.8956) once held-out sets 95 and 96 joined and were read (49.6% and 43.7% of their
    // hours unseen, 62.2% and 62.3% once read: a festival's screenings at an hour two paragraphs
    // above its tables, and past seminars given the series' hours their reader left out, stay).
    // The floor starts again from there.
    // Held-out set 98 joined on 2026-12-05 (18 documents, 98 sessions, 30.6% hours read unseen, 81.6% once a guide's introduction over its labelled days, bold bare weekday lines, a practical-details span over timed headings, workshops numbered as versions and a summary key were read; a card calendar in HTML and events told in prose stay unread); the whole set then reads 89.5% (0.8949) hours: the floor starts again from there.
    // Held-out sets 99 and 100 joined on 2026-12-05: 89.4% (0.8945), the floor holds.
    // Held-out set 101 joined on 2026-12-06 (19 documents, 86 sessions, 32.6% hours read unseen, 59.3% once read; the colloquium's grid of starts, see the tables' floor): 89.3% (0.8934), the floor starts again from there.
    // Held-out set 102 joined on 2026-12-06 (21 documents, 79 sessions, 36.7% hours read unseen, 70.9% once read): 89.3% (0.8927), the floor starts again from there.
    // Held-out sets 103 and 104 joined on 2026-12-06 (262 sessions, 67.2% and 77.3% of hours once read): 89.1% (0.8908), the floor starts again from there.
    // 89.2% (0.8919) once that agenda is read: 0.891.
    // Held-out sets 105 and 106 joined on 2026-12-06 (2.2% and 53.6% of hours read unseen, 93.3% and 88.4% once read): 89.2% (0.8922).
    // Held-out set 107 joined on 2026-12-06 (83.0% of hours read unseen, 92.5% once read): 89.2% (0.8923).
    // Held-out set 108 joined on 2026-12-06 (58.0% of hours read unseen, 88.4% once read): 89.2% (0.8922).
    // Held-out sets 109 and 110 joined on 2026-12-06 (89.1% and 73.6% of hours read unseen, 95.7% and 98.4% once read; a 12-hour clock read, `7:00 PM` no longer 07:00): 89.4% (0.8941).
    // Held-out sets 111 and 112 joined on 2026-12-06 (22.7% and 73.1% of hours read unseen, 77.3% and 86.3% once read): 89.4% (0.8941).
    // Held-out sets 113 and 114 joined on 2026-12-06 (70.0% and 76.0% of hours read unseen, the same once read; a time a trip journal's day tells in the past, `nous sommes partis à 8h`, read as the day's hours, left: the rule that dropped it also dropped `Comme nous l'avons annoncé, l'assemblée commence à 19h`): 89.4% (0.8937), the floor starts again from there.
    // Held-out sets 115 and 116 joined on 2026-12-07 (75.0% and 96.4% of hours read unseen, 75.0% and 97.2% once read): 89.6% (0.8956).
    // Held-out sets 117 to 119 joined on 2026-12-07 (84.0%, 59.0% and 38.2% of hours read unseen, 97.5%, 76.9% and 64.7% once read): 89.6% (0.8961).
    // Held-out sets 120 to 123 joined on 2026-12-07 (91.3%, 88.9%, 78.1% and 69.2% of hours read unseen, 95.7%, 91.7%, 83.6% and 76.9% once read): 89.8% (0.8978).
    // Held-out set 125 joined on 2026-12-07 (33.6% of hours read unseen, 37.1% once read: a wiki's archive of 88 weekly meetings read at the weekly hour the page gives for the coming ones, which its reader leaves to them): 89.5% (0.8947).
    // Held-out sets 134 to 136 joined on 2026-12-07 (92.3%, 77.8% and 84.6% of hours read unseen): 89.5% (0.8955).
    // Held-out set 140 joined on 2026-12-07 (74 sessions, 59.5% of hours once read: an R community's items given its general hours where its reader kept each card's start, 13): 89.5% (0.8946).
    // Held-out sets 139 and 141 to 143 joined on 2026-12-08 (74 sessions; 55.6% and 34.8% of sets 142's and 143's hours read unseen, 63.9% and 47.8% once read: a lone start inside a dated item's sentence, a dated heading's `Horaire :` field): 89.4% (0.8936).
    expect(all.hours).toBeGreaterThanOrEqual(0.893);
    // 77.7% of 112 with held-out set 8 (3 of its 8 found); 79.5% after 2026-12-01's helpers;
    // 75.4% of 122 with held-out set 9 (3 of its 10 found); 74.2% of 128 with set 10 (3 of 6).
    // 75.0% of 128 after the second stop's helpers; 73.8% of 130 with held-out set 11 (0 of its 2).
    // 72.4% of 134 with held-out set 12 (1 of its 4).
    // 73.1% after this stop's helpers; 71.2% of 139 with held-out sets 13 and 14 (1 of their 5).
    // 71.8% of 149 with held-out sets 15 and 16 (7 of their 10 after their misses were read).
    // 69.7% of 155 with held-out sets 17 and 18 (1 of their 6).
    // 70.3% of 175 with held-out set 19 (15 of its 20 once read). 71.4% with a list's days
    // checked against the weekday its heading names (`#### Disponibilités mardis`).
    // 71.2% of 177 with held-out set 20 (1 of its 2: a concert written both in the list of
    // coming concerts and in that of past ones is not found, duplicate-session comparing the
    // items of one list).
    // 72.7% of 198 with held-out set 21 (18 of its 21 once read, 10 unseen: a year written in
    // the page, `2026-02-07` or a closing `*Plan opérationnel — 28 février 2026*`, is kept
    // over the year the weekdays fit, which are then reported).
    // 75.3% with the weekday an event of the front matter restates in its description
    // checked against its date (neutrinet-evenements-front-matter-2025's five).
    // 76.8% with that plan's three weekdays reported.
    // 75.6% of 205 once held-out set 23 joined (1 of its 5 found).
    // 75.1% of 209 with held-out set 24 (3 of its 4 once read; a card line's `00 févirer
    // 2022`, whose month is misspelt, is no date the line below an event's heading is read
    // for, so its day that does not exist is not reported).
    // 74.9% of 215 with held-out set 25 (4 of its 6, unseen and once read).
    // 74.8% of 230 once held-out sets 26 to 28 joined (3 of 3, 1 of 4 and 7 of 8 once read; a
    // log's three séances copied on one day and hour are left to its reader).
    // 74.0% of 235 once held-out set 29 joined (2 of its 5: a study days' notes' overlaps and
    // repeated section stay unread with their days).
    // 73.6% of 239 once held-out set 31 joined (2 of its 4: a misplaced row of a list kept
    // newest first is reported on the row after it, and a programme written in front-matter
    // strings of HTML stays unread).
    // 73.3% of 240 with held-out set 33 (its one: a party whose front matter ends at 23:30 and
    // whose programme runs to 04:00).
    // 73.0% of 241 with held-out set 32 (its one, a Sage wiki's Friday listed twice, unread).
    // 73.0% (189 of 259, 0.7297) once held-out sets 35, 37 and 38 joined (13 of their 18: a
    // course page's workshops listed twice, a journal's out-of-order session reported at its
    // date's line below the heading where its reader puts it, stay unfound).
    // 71.0% of 290 once held-out sets 39 and 40 joined (set 40's read part: 12 of 26; a
    // dojo list's dates that disagree with the branch names in their links stay unfound).
    // 70.7% of 304 once held-out sets 41 and 42 joined (5 of their 14: weekday mismatches read
    // in the year the weekdays fit, and a history's rows, stay unfound).
    // 70.2% of 326 once held-out set 43 and set 44's read part joined (9 of their 22 unfound:
    // a front matter's period that a heading's day leaves, minutes whose title and first
    // sentence name two days, a banner's days against a calendar row).
    // 69.7% of 350 once held-out set 45 and set 46's read part joined (15 of their 24 found:
    // a tour's days written twice in its front matter are found; a week's three weekday
    // slips that its reader reads against a list of days to prepare, and a course plan's
    // weeks dated out of order, are not).
    // 69.4% of 360 (250, 0.6944) once held-out set 47 and set 48's read part joined (5 of their
    // 10 found: a slip `25.01` for `25.12` between December days is reported on the row after
    // it, where its reader puts it on the slip; three weekday slips of a course page whose
    // class was postponed, and a student's journal's repeated day, stay unfound).
    // 69.3% of 365 (253, 0.6932) once set 50's read part joined (3 of its 5 found: a
    // student association's report with a wrong weekday in a past meeting, and a newsletter's
    // headline hours against its paragraph's, stay unfound).
    // 69.2% of 370 (256, 0.6919) once set 52's read part joined (3 of its 5 found once read:
    // a Séance's date out of order is reported on its date field, where its reader puts it on
    // the heading; a link to minutes dated otherwise than its item stays unfound).
    // 68.8% of 372 (256, 0.6882) once set 54's read part joined (its 2 unfound: a student
    // project's weekly log whose weeks `(19-27)` and `(27-03)` share their first day with the
    // week before, days written bare and read by no rule).
    // 68.0% of 388 (264, 0.6804) once set 58's read part joined (4 of its 12 found: a week's
    // three weekday slips that fit the next year, which the engine reads as that year where
    // its reader keeps the repository's; days run across a month's end under one month
    // (`30/31/01 mars`); a meeting's date field against its title; minutes' start against
    // their front matter's time, stay unfound).
    // 67.8% of 394 (267, 0.6777) once set 60's read part joined (3 of its 6 found: an
    // overlap of two week rows in a garden's log, a dated section written twice under one
    // number, and a log's slip `03/04/25` after `28/04/25`, stay unfound).
    // 67.7% of 402 (272, 0.6766) once set 62's read part joined (4 of its 8 found: two
    // journal entries a merge conflict wrote twice, which the engine reports as the
    // conflict's markers; a conference's two slots at one hour where one was meant later; an
    // association's item out of order among its dates, stay unfound).
    // 67.5% of 403 (272, 0.6749) once set 64's read part joined (its one problem, a
    // conference grid's Sunday break `13h30-15h45` overlapping the talks `13h45-15h30` above
    // it in that day's column, a typo for 15h30, stays unfound).
    // 67.2% of 403 (271, 0.6724) with a run across a month's end whose first month is left
    // unwritten (`25 au 1er Mars 2026`) read as its readers read it, 25 February to 1 March:
    // battlefight's reader also lists it as reversed, set 66's (`Semaine du 30 au 5 Février`,
    // three times) does not; the engine reads it and says nothing.
    // 67.1% of 407 (273, 0.6708) once set 66's read part joined (2 of its 4 found: two
    // course evaluations listed under a Swiss schedule's slots whose days its reader checks
    // against another table stay unfound).
    // 66.8% of 413 (276, 0.6683) once set 68's read part joined (3 of its 6 found: a study
    // day's round table running into the next slot, a news item's wrong year for a course's
    // first class, and a course page's school year that its autumn dates do not fit stay unfound).
    // 69.5% of 486 (338, 0.6955) once held-out sets 49 to 57 joined (67 of their 79 found
    // unseen, 56 of them in one release log's table).
    // 68.8% of 536 once held-out set 70 joined (27 of its 50 problems found before it was read).
    // 67.6% of 553 once held-out set 71 joined (5 of its 17 problems found).
    // 67.6% of 581 once held-out sets 59 to 69 joined (19 of their 28 problems found).
    // 67.4% of 617 (416, 0.6742) once held-out sets 76 and 77 joined (6 of their 13 found,
    // unseen and once read: a meetup page's date key a month off its text, and a calendar's
    // evaluations table against its weeks, stay unfound).
    // 66.8% of 624 (417, 0.6683) once held-out set 78 joined and was read (1 of its 7 found,
    // unseen and once read: a title's month a slip for the month its body writes with
    // weekdays, a talk dated on a Monday against `le dernier vendredi` of each month, a log's
    // misplaced entry flagged on its neighbour, and a Swiss course's slipped year reported once
    // for two rows stay unfound).
    // 67.5% of 624 (421, 0.6747) once a session off the weekday its page holds them on as a
    // habit (`le dernier vendredi de chaque mois, rdv 12h30`) is reported: set 78's Monday talk,
    // and three of a course page's four.
    // 67.9% of 624 (424, 0.6795) once a session outside the period its page announces (`Quand
    // … du 29/11 au 24/01`) is reported: two course pages' classes before or after theirs.
    // 68.3% of 631 (431, 0.6830) once held-out sets 79 and 80 joined and were read, and a table
    // of graded work is checked against the calendar it restates (an exam dated a week off).
    // 68.0% of 634 (431, 0.6798) once held-out set 81 joined and was read: none of its three
    // found (minutes out of the order they say, a sprint's task listed again under the next, a report's title dated as another report's).
    // 67.7% of 637 (431, 0.6766) once held-out set 82 joined and was read: its three problems
    // (a weekday left over from another year's course, a year typed `20221`, a week's days a
    // month off in a list) are not found.
    // 67.6% of 638 (431, 0.6755) once held-out set 83 joined and was read: its one problem (an
    // exam said to be taken in class, then due at home on another day) is not found.
    // 67.7% of 641 (434, 0.6771) once held-out set 84 joined and was read: its three found.
    // 67.8% of 642 (435, 0.6776) once held-out set 85 joined and was read: its one found.
    // 67.9% of 648 (441, 0.6806) once held-out set 87 joined and was read: its three (a project
    // calendar's Thursdays that are Wednesdays) found once its lines were read.
    // 67.4% of 657 (443, 0.6743) once held-out set 88 joined and was read: one of its nine
    // found (a take-home work's year a slip, flagged on the first of three rows); a duplicate
    // meetup in an archive, two 12-hour slips (`12:30 am`), a body's year against its front
    // matter and a course's exam slips stay unfound. A course's problem on an HTML row's
    // other cell line is found since the scorer takes the row's every cell line.
    // 67.3% of 658 (443, 0.6733) once held-out set 89 joined and was read: its one problem (a
    // colloquium's calendar pasted twice, its markdown escaped) is not found.
    // 67.3% of 660 (444, 0.6727) once held-out sets 90 and 91 joined and were read: a row of a
    // cahier de textes that jumps ahead is found on its own line; a market day's two rows at the
    // film's length that runs past the next screening's start (set 90) is not. The row ahead said on its own line finds two development
    // problems and misses two whose readers put it on the row after (bertral, lorenzobdcc; chaire-algo, jade-carnet).
    // 67.4% of 663 (447) once held-out set 93 joined and was read (its Latin-1 file found from its
    // bytes); 65.0% of 691 (449, 0.6498) once held-out set 94 joined and was read: 24 of its 28
    // are one course page's dates written in the year before the one their weekdays fit
    // (uvsq-in420-crypto-2014), which its reader moved a year on and reported one by one;
    // the engine reads the year written and says nothing of it. These floors start again from there.
    // 68.5% (473, 0.6845) once a kind of class given its weekday (`**Cours magistral:** Lundi
    // 15h15 - 16h45`) whose every session falls off it, and on it a year away, is reported as
    // a year copied from last year's page: all 24 of that course page's.
    // 66.3% of 718 (476, 0.6630) once held-out sets 95 and 96 joined and were read: 22 of their
    // 27 are one project backlog's rows with a stray cell (row-cell-count), a table the engine
    // now rightly reads as no programme (`Tâche | Deadline | Responsable`), so it checks none of
    // its rows. The floor starts again from there.
    // Held-out set 98 joined on 2026-12-05 with 5 problems none of which is read yet (a `9-30-10h30` typo, a day label given twice, a talks table's swapped cells, a banner against its call's old dates, minutes out of order at the top): 478 of 727, 65.7% (0.6575).
    // Held-out sets 99 and 100 joined on 2026-12-05 with 4 problems, one of them read (a weekday that does not fit its day); not read: a front matter's hour against the body's twice-written hours, a slot list out of order (`12h20` then `12h00`), a misspelt month (`18 Octbore`): 479 of 731, 65.5% (0.6553).
    // Held-out sets 101 and 102 joined on 2026-12-06 with 3 problems, one of them read (a workshop's weekday that does not fit its day); not read: a show page whose body contradicts its front matter on the day and on the place (2): 480 of 734, 65.4% (0.6540).
    // Held-out sets 103 and 104 joined on 2026-12-06 with 7 problems, 4 of them read; not read: two event pages whose body gives another day than their front matter, and a milestone's weekday inside a week's cell: 484 of 741, 65.3% (0.6532).
    // Held-out sets 105 and 106 joined on 2026-12-06 with 3 problems, 2 of them read (a CV card's `21-31 Avril 2025`, a `Lundi 02/01/2022` that is a Sunday); not read: a FAQ's cocktail hour that contradicts the agenda: 486 of 744, 65.3% (0.6532).
    // Held-out set 107 joined on 2026-12-06 with 3 problems, 2 of them read (a plan's `Lundi 2 décembre` four days after its commit, a Tuesday; an event page's body opening on `Samedi` for a Friday); not read: a ride's body dating it a month off its page (`le 27 juin 2015(samedi)`): 488 of 747, 65.3% (0.6533).
    // Held-out set 108 joined on 2026-12-06 with 22 problems, 16 of them read (a journal's weekdays two days behind its dates, 11; a concerts page's Sundays that are not, 3; two of four weeks' ranges ending in the wrong month); not read: a dance school's two front-matter `date:` against their `dates:`, a course's week `du 25/11 au 29/12`, a training's `Horaires:` against its days: 504 of 769, 65.5% (0.6554).
    // Held-out sets 109 and 110 joined on 2026-12-06 with 3 problems, 1 of them read (a report's meeting out of its week); not read: a next meeting given as the minutes' own day, a report's next week given before it. One lost elsewhere: an association's archive whose page repeats a 2013 training day, now read as its timed slots, where the repeat of the day was reported (duplicate-session). Two found elsewhere: a weekday in brackets after a whole date (`20/01/2026 (Lundi)`, `2026-03-22 (samedi - 2 jours avant)`): 506 of 772, 65.5% (0.6554).
    // Held-out sets 111 and 112 joined on 2026-12-06 with 21 problems, 16 of them read (a sprint's nine weekdays of 2024 in 2025, a student journal's weekdays, a data camp's year slip out of order); not read: a course journal's month stamps slipping back a year, a workshop agenda's weekday in an R chunk, a conference's days told twice, a weekday journal's days out of order and its `2020` for 2022: 522 of 793, 65.8% (0.6583).
    // Held-out sets 113 and 114 joined on 2026-12-06 with 11 problems, 8 of them read (a trip journal's three weekdays and its days out of order, an internship report's Latin-1 bytes and its Sunday hand-in, a journal's `Entrée 16` dated before `Entrée 15`, now that `Entrée N` numbers steps in time, a journal's day typed a month late, a log's sessions out of order); not read: a meetup report's summary dating it on another day than its field, a journal's next day out of order behind a mistyped one, a data camp's day given two sections: 530 of 804, 65.9% (0.6592).
    // Held-out sets 115 and 116 joined on 2026-12-07 with 18 problems, 14 of them read (a UX course's two weekdays that fit no year, a journal's year slip, a PPE journal's steps back in time and its merge conflicts); not read: a schedule's two rows out of order, flagged on their neighbours, a fair's talk the day before its event, a range of a year and five days.
    // Held-out sets 117 to 119 joined on 2026-12-07 with 9 problems, 4 of them read (a schedule table's row given twice and out of order, a forum page's Friday that is a Wednesday, a club page's Monday that is a Tuesday); not read: a week range naming only its end month, a training's end date as a timestamp before its days, a kids' workshop's front matter against its body (2), a forum's summary against its days: 548 of 831, 65.9% (0.6594).
    // Held-out sets 120 to 123 joined on 2026-12-07 with 8 problems, 3 of them read (a course table's row out of place once its year-first dates are read, an event page's title year against its `eventdate:`, a server notice's weekday); not read: a master's course whose weekday does not fit its first session's day, a hackathon row outside the days its title announces, a conference checklist's two weekdays of the year before, a course's week numbers given twice: 551 of 839, 65.7% (0.6567).
    // Held-out sets 131 and 132 joined on 2026-12-07 with 3 problems, 1 of them read (a lab page's hand-in `Mardi 17 novembre 2025`, a Monday); not read: a panel held after the week its page says it celebrates, a post's painting days `le 15 – 17 et 24 août` against its `le 15, le 17 et le 24 août`: 560 of 853, 65.65% (0.6565).
    // Held-out sets 137 and 138 joined on 2026-12-07 with 5 problems, 1 of them read (a neighbourhood post's `vendredi 29 juin` of 2016, a Wednesday); not read: a municipal list's Saturday among its Sunday cafés and its front matter a year early, a town's report dated by an earlier debate's evening, a training calendar's 2020 trainings oldest first among years newest first: 563 of 861, 65.4% (0.6539).
    // Held-out set 140 joined on 2026-12-07 with 4 problems, 1 of them read (an R community's `mardi 2 février 2022`, a Wednesday); not read: a competition's two undated days (2), a post's front matter against its body's day: 564 of 865, 65.2% (0.6520).
    // 565 of 865, 65.3% (0.6532) once the same lead's weekday is checked (the cafés' Saturday among Sundays).
    // Held-out sets 139 and 141 to 143 joined on 2026-12-08 with 5 problems, 1 of them read (a design camp's `vendredi 16 janvier 2014`, a Thursday); not read: a study day's agenda whose day the page never gives, a camp's intro a year off its days, a message whose subject and body move a training to two days, an agenda whose next meeting is its own day: 566 of 870, 65.1% (0.6506).
    expect(all.problemsFound).toBeGreaterThanOrEqual(0.65);
    // 9 after the year fit (yearfit, 21:00 UTC); 41 with held-out set 8 (21:30 UTC); 10 after
    // 2026-12-01's helpers (a bare day number under a month cell read, a list's upcoming and
    // past parts apart); 15 with held-out set 9 (02:00 UTC); 22 with held-out set 10 (03:05 UTC).
    // 15 after the second stop's helpers (ledgers, school years, newest-first lists), and with set 11.
    // 16 with held-out set 12.
    // 15 after this stop's helpers; 18 with held-out sets 13 and 14.
    // 30 with held-out sets 15 and 16 (12 from them: a hackathon's `Samedi 13:00 / 19:30`
    // dates cells, a tango festival's concerts during its milongas read as overlaps).
    // 22 with the weekend's table read (its 8 unreadable dates were weekdays after a full date).
    // 21 with held-out sets 17 and 18 (none from them once read; a date-only heading titled by
    // its bold line below, so that two plays on one evening are no copy).
    // 23 with held-out set 19 (2 from it once read).
    // 26 with held-out set 21 (3 from it once read, 6 unseen: an agenda of start times that
    // opens half an hour after its day's announced start, twice, and a budget simulation's
    // wrong weekday; conflict markers in a page with no programme are no longer reported).
    // 32 once held-out set 23 joined (a project note's four `Dimanche` that are Mondays, kept as questions by its reader).
    // 34 with held-out set 25 (the survey's races, out of order as sampled).
    // 36 once held-out sets 26 to 28 joined (a conference guide's two visitors' overlapping
    // slots, split up on purpose; a hackathon's key time outside the slots read of its day).
    // 37 once held-out set 29 joined (a club page's section of team hours read as a detail of a day).
    // 38 once held-out set 31 joined (that misplaced row's neighbour, reported in its place).
    // 39 with held-out set 32 (a course page's exam day `mardi 5/1`, its year written nowhere,
    // reported as missing its year where its reader takes the weekday's year).
    // 38 once a plan whose weekdays fit no one year is read near its commit (that exam day).
    // 46 once held-out sets 39 and 40 joined (8 from set 40's read part).
    // 50 once held-out set 41 joined (4 from it once read: a history's table of battles,
    // listed as not yet met).
    // 58 once held-out set 45 and set 46's read part joined (8 from set 46: a team project's
    // log sections beside its table of milestones are reported as detail sections with no
    // row, where its reader reads the sections as the sessions, as issue 12's rule does not).
    // 62 once held-out set 47 and set 48's read part joined (3 from set 48: that slip's next
    // row, and an Org export's `9:30 12:30` hours and repeated room rows; 1 elsewhere: a
    // training page whose `Sophia Antipolis le Mardi 28 Février` items are now read, in the
    // year its commit falls in, where its weekdays fit the next).
    // 62 once set 50's read part joined (none from it once read: a company's agenda whose
    // `### ÉTÉ 2024` and `### 2023-2024` parts each read in their own year).
    // 63 once set 52's read part joined (1 from it: that out-of-order date on its field's line).
    // 64 once set 56's read part joined (1 from it: that course's list of due dates, out of
    // order as its reader keeps it, not a list of sessions to them).
    // 74 once set 62's read part joined (10 from it once read: a student journal's merge
    // conflict, whose six markers the engine reports where its reader reports the entries it
    // wrote twice; two journal entries of one day named alike; a fair's day hours that no
    // slot starts at; two associations' lists kept out of date order on purpose).
    // 75 once set 66's read part joined (1 from it once read, 18 unseen).
    // 77 once set 68's read part joined (2 from it once read, 2 unseen: two course pages whose
    // source gives no commit date, and so no year for their days).
    // 87 once held-out sets 49 to 57 joined (10 from them unseen).
    // 84 once their misses were read (a practice's opening hours by weekday, no week's slots).
    // 82 with a school year written `2024 – 2025` (two deadlines' Sundays then fit).
    // 100 once held-out set 70 joined (34 of them in its documents unseen).
    // 102 once held-out set 71 joined (6 of them in its documents unseen, 2 once read).
    // 137 once held-out sets 59 to 69 joined (35 of them in their documents unseen); 131 once a
    // workshop's plan of elapsed times and a table of weighted assessments by week were read as no schedule.
    // 140 once held-out set 72 joined (9 of them in its documents unseen).
    // 143 once held-out set 73 joined (3 of them in its documents unseen, as once read).
    // 147 once held-out set 75 joined (23 of them in its documents unseen, 4 once read: a
    // journal's three entries copied again, which the engine places four lines lower than its
    // reader since the file holds lone carriage returns, and a newest-first list read forward).
    // 149 once held-out set 77 joined and was read (2 in its documents, unseen and once read:
    // a launch checklist's day whose weekday its reader saw as another slip of the same
    // error, and a Swiss course plan's missing year).
    // 150 once held-out set 78 joined and was read (6 unseen: 5 times followed by a Quebec zone
    // read since; a log's misplaced entry flagged on its neighbour stays).
    // 151 since a session off its page's weekday habit is reported: a course's Tuesday class
    // among Wednesdays, which its reader saw and left unflagged because no weekday is written
    // beside its date (another course's reader flagged three such).
    // 152 since a session outside its page's announced period is reported: a course's partiel
    // the day after its announced last class, which its reader reported on the period's line.
    // 155 once held-out set 83 joined and was read: its three (a cégep calendar's missing year
    // with no commit date to guess it from, a hackathon page and a board's minutes) stay.
    // 154 once a shortlist that picks a page's hackathons again adds none: its out-of-order alarm is gone.
    // 158 once held-out set 85 joined and was read: its four (past lunches of a series on
    // Mondays, before its Tuesday habit; a list of institutional dates out of order).
    // 158 once held-out set 87 joined and was read: it raises none.
    // 157 once a problem flagged on an HTML row's dates cell counts for the row; 160 once
    // held-out set 88 joined and was read: its three (an archive's weekday read a year on, a
    // planning's days put on the day it was written) stay.
    // 161 once held-out set 89 joined and was read: a table GitHub shows as text (its delimiter
    // row wider than its header), which the engine rightly says and its reader did not count.
    // 161 once held-out sets 90 and 91 joined and were read (none from them): the row ahead
    // said on its own line (out-of-order) clears one development false alarm and raises one.
    // 162 once held-out set 94 joined and was read: a logbook's day heading written twice, closing
    // one sprint and opening the next (`## 20240906`), reported as a duplicate its reader did not count.
    // 164 once held-out sets 95 and 96 joined and were read: a newest-first log's heading put a
    // year back by a mistyped year among its neighbours (out-of-order), and a meeting archive's
    // board meeting written twice, under two years, reported as a duplicate on its second line
    // where its reader reported the first.
    // Held-out set 98 joined on 2026-12-05: 165, the one more an overlap between two cards of a workshop calendar in HTML read on one day.
    // Held-out set 104 joined on 2026-12-06: 168, the 3 more a course's short table of homework kept newest first with two on one day (out-of-order), its table of elements whose dates column is empty (missing-date), and a plan's preparation week (`Semaine du 11 Novembre :`) taken for a detail section.
    // 165 once a homework table numbered counting down is kept newest first (its 1 and a
    // development journal's) and a table whose dates column is all empty raises no missing-date.
    // Held-out sets 105 and 106 joined on 2026-12-06 with no false alarm: 165.
    // Held-out set 107 joined on 2026-12-06 with no false alarm: 165.
    // Held-out set 108 joined on 2026-12-06 with no false alarm once read (5 duplicate-section alarms on an artist's repeated captions gone): 165.
    // Held-out sets 109 and 110 joined on 2026-12-06 with no false alarm once read (3 unseen). 168 since a weekday in brackets after a whole date is checked: a budget simulation's computed dates (`29 août 2024 (Vendredi)`), whose weekdays fit 2025, three more on its lines; its reader saw them and listed none, the page being no programme.
    // Held-out sets 111 and 112 joined on 2026-12-06 with 1 false alarm once read (5 unseen: 4 breaks of a school's three days read on every day, gone): a weekday journal whose one heading writes `Jeudi 23 juin 2020` for 2022, its other weekdays read in 2020 (`Lundi 20 juin` flagged): 169.
    // Held-out sets 113 and 114 joined on 2026-12-06 with no false alarm, unseen or once read: 169.
    // Held-out sets 115 and 116 joined on 2026-12-07 with 17 false alarms unseen, 3 once read (a journal's week recaps gone, 13; a day not set yet, `? Octobre/Novembre 2025`, no longer unreadable, which also removes 2 of the development set): 167 before they joined, 170 after, the three left a schedule's rows out of order flagged on the row between two in order where its reader flags the next (2), and a sprint journal's two headings of one day under two sprints.
    // Held-out sets 117 to 119 joined on 2026-12-07 with no false alarm once read: 170; 164 once a status mark before a date cell (`✅ 24 juin 2026`, `⏳`) is set aside (two milestone tables' 6 unreadable dates).
    // Held-out sets 120 to 123 joined on 2026-12-07 with 5 false alarms unseen, 2 once read (a course table's year-first dates read as three decades out of order, 3, gone): two parallel workshops of a hackathon's day reported as overlapping, and a table of hackathons in no date order read as kept newest first: 166.
    // 165 once a list of events each named first with its day (tied-item-dates.ts) is listed by event, its order not checked.
    // Held-out set 125 joined on 2026-12-07 with 3 false alarms unseen, 2 once read: a weekly meeting group's two meetings on other weekdays than its Mondays, reported: 167.
    // Held-out sets 139 and 141 to 143 joined on 2026-12-08 with 1 false alarm unseen, 0 once read (a newsletter's closing date reported out of order): 167.
    expect(all.falseAlarms).toBeLessThanOrEqual(167);
    // 87 after the second stop's helpers (changelogs by file name, minutes, reports); 136 with set 11.
    // 128 with an arrow between hours read in a dated line (outoka, 05:03 UTC).
    // 140 with held-out set 12 (12 from the set; 05:50 UTC).
    // 104 after this stop's helpers; 111 with held-out sets 13 and 14; 134 with 15 and 16;
    // 137 with the weekend's table (see the tables' floor); 149 with held-out sets 17 and 18.
    // 148 with a call’s `Candidatez d’ici le 2 décembre` heading no session.
    // 166 with held-out set 19 (see the tables' floor); 167 with held-out set 20.
    // 178 with held-out set 21 (see the tables' floor).
    // 197 once held-out sets 22 and 23 joined; 207 with held-out set 24 (see the tables' floor).
    // 231 with held-out set 25 (see the tables' floor).
    // 248 once held-out sets 26 to 28 joined (see the tables' floor); 255 with set 29; 272 with set 31; 276 with set 33; 277 with set 32.
    // 281 once held-out set 36 joined (see the tables' floor).
    // 305 once held-out sets 35, 37 and 38 joined (see the tables' floor).
    // 326 once held-out sets 39 and 40 joined (see the tables' floor).
    // 403 once held-out set 41 joined (see the tables' floor); 427 with set 42 (see there).
    // 449 once held-out set 43 and set 44's read part joined (see the tables' floor).
    // 496 once held-out set 45 and set 46's read part joined (see the tables' floor).
    // 511 once held-out set 47 and set 48's read part joined (see the tables' floor).
    // 532 once set 50's read part joined (see the tables' floor).
    // 569 once set 52's read part joined (see the tables' floor).
    // 587 once set 56's read part joined (see the tables' floor).
    // 588 once sets 58 and 60's read parts joined (see the tables' floor).
    // 595 once set 62's read part joined (see the tables' floor).
    // 598 once set 64's read part joined (see the tables' floor).
    // 601 once set 66's read part joined (see the tables' floor).
    // 703 once held-out sets 49 to 57 joined (see the tables' floor).
    // 687 once their misses were read (see the tables' floor).
    // 686 with a front matter's own key for the event's days; 683 with a heading's concert
    // read at the heading, no more at its date line; 678 with a timesheet's clocked break and
    // overtime (`Début de la pause`, `Heures sup`) read as no slots.
    // 775 once held-out set 70 joined (115 in its documents unseen, 98 once read).
    // 826 once held-out set 71 joined (78 in its documents unseen, 51 once read).
    // 900 once held-out sets 59 to 69 joined (74 in their documents unseen); 886 once a plan of elapsed times gave no slots.
    // 899 once held-out set 72 joined (13 in its documents unseen).
    // 901 once held-out set 73 joined and glued headings were read (see the tables' count above).
    // 905 once held-out set 74 joined and was read (see the tables' count above).
    // 911 once held-out set 75 joined and was read.
    // 933 once held-out sets 76 and 77 joined and were read (see the tables' count above).
    // 930 once held-out set 78 joined and was read (see the tables' count above).
    // 912 once held-out sets 79 and 80 joined and were read (see the tables' count above).
    // 913 once held-out set 81 joined and was read.
    // 917 once days counted as headings (`# Jour 1`) are dated by the page's period: a festival
    // diary's four days are read, where its reader listed the concerts under them.
    // 921 once held-out set 82 joined and was read (8 in its documents unseen, 4 once read).
    // 903 once a day's sentences that tell their hours are its slots (see the tables' count above).
    // 912 once held-out set 83 joined and was read (7 in its documents unseen, 9 once read).
    // 913 once held-out set 84 joined and was read (1 in its documents, unseen and once read).
    // 910 once a shortlist that picks the page's events again adds none (see the tables' count above).
    // 917 once held-out set 85 joined and was read (7 in its documents, unseen and once read).
    // 922 once held-out set 86 joined and was read (14 in its documents unseen, 5 once read).
    // 922 once held-out set 87 joined and was read (8 in its documents unseen, 1 once read; a
    // post's stored midnight no longer adds its eve).
    // 935 once held-out set 88 joined and was read (13 in its documents, unseen and once read).
    // 936 once held-out set 89 joined and was read (none from it): an event page's announced
    // sentence (`se tiendra un cours`), read since under the heading that names its event,
    // stands on its own line while its reader put the session on the heading.
    // 962 once held-out sets 90 and 91 joined and were read: 26 from them (11 from two college
    // course calendars, 4 from a course page's changelog dates, 5 from a journal of the school
    // year's start, the rest one or two a page); the development set before them as before.
    // 967 once held-out set 93 joined and was read: 5 more (38 in its documents unseen, 19 once
    // read, a Python changelog's 12 among those read since; the development set before it one
    // fewer, a Latin-1 file's expected now listing its encoding, see tests/fixtures/real/README.md).
    // 968 once hours written out (`à 17 heures`) are read: a French lesson on telling the
    // time writes `le 14 mai à 17 heures` as an example, read as a session as `17h` was.
    // 972 once held-out set 94 joined and was read: 4 from it (10 unseen; a meetup's history
    // row of the evening its agenda details, a conference's range of days restated in a
    // sentence on its title's line, a defence's day line, a sprint plan's overall span), and
    // one development document's club season kept as its own session again, a stretch
    // followed by other events of its list being no group of theirs (found in review).
    // 991 once held-out sets 95 and 96 joined and were read: 15 from set 95 (a newest-first
    // log's members' update headings, 13, and a summary list read rather than the two headings
    // it restates), 3 from set 96 (a meeting announced twice, a festival's night named over its
    // two films, an afternoon's timed heading over its talks' timed headings); 990 once that
    // heading is read as the block its talks fall in.
    // Held-out sets 97 and 98 joined on 2026-12-05: 993, the 4 more a workshop calendar in HTML cards (see the tables' figure).
    // 994 once the scorer's block of text stops at headings, table rows and HTML (see the tables' figure).
    // Held-out sets 99 and 100 joined on 2026-12-05: 995 (see the tables' figure).
    // Held-out set 101 joined on 2026-12-06: 1005 (see the tables' figure).
    // Held-out set 102 joined on 2026-12-06: 1010 (see the tables' figure); 1008 once a grid's `fin` row is no session.
    // Held-out sets 103 and 104 joined on 2026-12-06: 1011 (see the tables' figure).
    // 1010 once that agenda is read (see the tables' figure).
    // Held-out sets 105 and 106 joined on 2026-12-06: 1020 (see the tables' figure).
    // Held-out set 107 joined on 2026-12-06: 1021 (see the tables' figure).
    // Held-out set 108 joined on 2026-12-06: 1032 (see the tables' figure).
    // 1028 once that list adds no slot (see the tables' figure).
    // Held-out sets 109 and 110 joined on 2026-12-06: 1038, then 1037, then 1028 (see the tables' figure).
    // Held-out sets 111 and 112 joined on 2026-12-06: 1039 (see the tables' figure).
    // Held-out sets 113 and 114 joined on 2026-12-06: 1043 (see the tables' figure).
    // Held-out sets 115 and 116 joined on 2026-12-07: 1047 (see the tables' figure).
    // Held-out sets 117 to 119 joined on 2026-12-07: 1051, then 1043 once a forum's talks, each
    // a linked item over its hours typed from the margin, are read on their items (lazy-timed-lines.ts).
    // 1049 once a status mark before a date cell (`✅ 30 Jan. 2026`) is no longer unreadable
    // (6 false alarms gone): milestone tables' rows that their readers did not list; 1051 once
    // the scorer pairs a page's title event only when its days are one session on each side.
    // Held-out sets 120 to 123 joined on 2026-12-07: 1059 (see the tables' figure); 1041 once a
    // row with no date and an empty title cell under a dated row is no session of that day (a
    // course's weeks not yet planned, 14; links run onto a row, 2; a video series' blank rows, 2).
    // Held-out set 125 joined on 2026-12-07: 1068 (see the tables' figure).
    // Held-out sets 124 and 128 to 130 joined on 2026-12-07: 1070, then 1068 (see the tables' figure).
    // Held-out sets 131 and 132 joined on 2026-12-07: 1070 (see the tables' figure).
    // Held-out sets 134 to 136 joined on 2026-12-07: 1070, then 1071 (see the tables' figure).
    // Held-out sets 137 and 138 joined on 2026-12-07: 1075 (see the tables' figure).
    // Held-out sets 139 and 141 to 143 joined on 2026-12-08: 1077 (see the tables' figure); a letter's closing date under its sign-off no longer read.
    expect(all.extraSessions).toBeLessThanOrEqual(1077);
    // The held-out set (never read by those who change the engine) has no floor while it
    // is being collected anew: its figures are printed, and the issues' targets are judged
    // on it.
    // Both sets read twice each: longer than the default 30 s on a loaded machine.
  }, 180_000);
});

describe('the corpus repository as it is today (entrepreneur-interet-general/eig-link, newest tree)', () => {
  let cli: string;
  let folder: string;
  beforeAll(async () => {
    cli = await bundleCli();
    folder = temporaryFolder('eig-link');
    cpSync(join(fixtures, 'eig-link-latest', 'tree'), folder, { recursive: true });
    git(folder, 'init', '--quiet', '--initial-branch=main');
    git(folder, 'add', '--all');
    git(folder, 'commit', '--quiet', '-m', 'The tree of eda8065');
  }, 120_000);

  it('checked with no FILES, as the Action does, raises only the errors a reader sees: three links the archive broke', async () => {
    const run = await runBundledCli(cli, ['check', '--format', 'json'], folder);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<{ line: number; rule: string; severity: string }> }> };
    const alarms = report.files.flatMap((file) =>
      file.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${file.path}:${d.line} ${d.severity} ${d.rule}`),
    );
    expect(alarms.sort()).toEqual(
      [
        'archives/2019/accompagnement.md:40 warning detail-hours-mismatch',
        'archives/2019/accompagnement.md:134 warning detail-hours-mismatch',
        'archives/2019/accompagnement.md:532 error link-target-missing',
        'archives/2019/accompagnement.md:533 error link-target-missing',
        'archives/2019/accompagnement.md:538 error link-target-missing',
        'planning.md:39 warning detail-hours-mismatch',
        'planning.md:79 warning detail-hours-mismatch',
        'planning.md:94 warning detail-hours-mismatch',
        'planning.md:108 warning detail-hours-mismatch',
      ].sort(),
    );
    // The press review is no programme, and the bootcamp agenda carries its days down.
    expect(report.files.map((file) => file.path)).not.toContain('archives/2019/revue-de-presse.md');
    expect(readdirSync(folder)).toContain('planning.md');
  }, 120_000);
});
