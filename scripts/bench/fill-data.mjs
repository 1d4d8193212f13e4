// Fills the benchmark database with the data set of issue #8, in SQL
// (generate_series) so that it takes a minute rather than an hour:
// 10,000 articles and 1,000 events in both languages, 20,000 members,
// 100,000 ideas, 1,000,000 supports and 500,000 comments. Resumable: a database that already
// holds the data set is left as it is.
import { hash } from "@node-rs/argon2";
import postgres from "postgres";

export const benchPassword = "bench-password-2026";
export const benchAccounts = { admin: "bench-admin@example.org", member: "bench-member@example.org" };

export const fullCounts = { articles: 10_000, events: 1_000, members: 20_000, ideas: 100_000, supports: 1_000_000, comments: 500_000 };

// Words of both languages, already folded (lib/text-fold.ts), so that the search columns are right.
const words = [
  "musiqi", "musique", "concert", "konsert", "culture", "medeniyyet", "paris", "baki", "ambassade", "sefirlik",
  "exposition", "sergi", "jeunesse", "genclik", "histoire", "tarix", "novruz", "mugam", "tapis", "xalca",
  "poesie", "poeziya", "cinema", "kino", "livre", "kitab", "centenaire", "yuzillik", "communaute", "icma",
];

async function hasDataSet(sql, counts) {
  const [row] = await sql`select
    (select count(*) from users where email like 'bench-%')::int as users,
    (select count(*) from ideas)::int as ideas,
    (select count(*) from idea_supports)::int as supports,
    (select count(*) from idea_comments)::int as comments,
    (select count(*) from articles)::int as articles,
    (select count(*) from events)::int as events`;
  return row.users >= counts.members && row.ideas >= counts.ideas && row.supports >= counts.supports * 0.95 && row.comments >= (counts.comments ?? 0) && row.articles >= counts.articles && row.events >= counts.events;
}

// Filler words made of two syllables (400 of them), none starting like a topic word.
const syllables = ["la", "te", "ri", "so", "na", "ve", "do", "ki", "re", "ta", "lo", "fe", "zi", "ga", "ne", "po", "ru", "sa", "di", "le"];

/** A sentence of `n` filler words picked by `seed` (an SQL expression). */
function phrase(seed, n) {
  const list = `array[${syllables.map((w) => `'${w}'`).join(",")}]`;
  return `(select string_agg((${list})[1 + ((${seed}) * 7 + k * 13) % 20] || (${list})[1 + ((${seed}) * 3 + k * k) % 20], ' ') from generate_series(1, ${n}) k)`;
}

/** One topic word: a search for "musiq" finds about one article in eight. */
function topic(seed) {
  return `(array[${words.map((w) => `'${w}'`).join(",")}])[1 + ((${seed}) * 11) % ${words.length}]`;
}

/** `counts` smaller than the full set make the same shape of data for the query-plan tests. */
export async function fillBenchData(url, counts = fullCounts) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    if (await hasDataSet(sql, counts)) {
      console.log("[bench] the database already holds the data set: not filled again");
      return;
    }
    const started = Date.now();
    // One hash for every member: hashing 20,000 passwords would take minutes.
    const passwordHash = await hash(benchPassword, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await sql.begin(async (tx) => {
      await tx.unsafe(`truncate users, articles, events, ideas restart identity cascade`);
      await tx.unsafe(`create temporary table bench_users (n int primary key, id uuid not null default gen_random_uuid()) on commit drop`);
      await tx.unsafe(`insert into bench_users (n) select generate_series(1, ${counts.members})`);
      await tx.unsafe(
        `insert into users (id, email, name, password_hash, role, preferred_locale, created_at)
         select id,
           case n when 1 then '${benchAccounts.admin}' when 2 then '${benchAccounts.member}' else 'bench-' || n || '@example.org' end,
           'Membre ' || n, $1,
           (case n when 1 then 'admin' else 'member' end)::role,
           (case when n % 3 = 0 then 'az' else 'fr' end)::locale,
           now() - (n * 97 || ' minutes')::interval
         from bench_users`,
        [passwordHash],
      );

      const body = (seed) => `'## ' || ${phrase(seed, 4)} || E'\\n\\n' || repeat(${phrase(seed, 40)} || E'.\\n\\n', 12)`;
      await tx.unsafe(`create temporary table bench_articles (n int primary key, id uuid not null default gen_random_uuid()) on commit drop`);
      await tx.unsafe(`insert into bench_articles (n) select generate_series(1, ${counts.articles})`);
      await tx.unsafe(
        `insert into articles (id, organisation, status, published_at, created_at, updated_at)
         select id, (array['embassy','ulduz','cultural_centre'])[1 + n % 3]::organisation, 'published',
           date_trunc('milliseconds', now() - (n * 37 || ' minutes')::interval), now(), now()
         from bench_articles`,
      );
      for (const [locale, prefix] of [["fr", "article"], ["az", "xeber"]]) {
        await tx.unsafe(
          `insert into article_translations (article_id, locale, slug, title, summary, body, search_title, search_text)
           select id, '${locale}', '${prefix}-' || n, initcap(t), s, b, t, s || ' ' || b
           from (select id, n, ${topic("n")} || ' ' || ${phrase("n", 5)} || ' ' || n as t, ${phrase("n + 1", 25)} || ' ' || ${topic("n + 1")} as s, ${body("n + 2")} as b
             from bench_articles) a`,
        );
      }

      await tx.unsafe(`create temporary table bench_events (n int primary key, id uuid not null default gen_random_uuid()) on commit drop`);
      await tx.unsafe(`insert into bench_events (n) select generate_series(1, ${counts.events})`);
      // Half in the past, half to come, one every 17 hours or so.
      await tx.unsafe(
        `insert into events (id, category, status, starts_at, ends_at, capacity, created_at, updated_at)
         select id, (array['concert','exhibition','conference','film','class','celebration','commemoration','meeting'])[1 + n % 8]::event_category,
           'published', date_trunc('hour', now()) + ((n - ${counts.events / 2}) * 17 || ' hours')::interval,
           date_trunc('hour', now()) + ((n - ${counts.events / 2}) * 17 + 2 || ' hours')::interval,
           case when n % 4 = 0 then null else 50 + n % 200 end, now(), now()
         from bench_events`,
      );
      for (const [locale, prefix] of [["fr", "evenement"], ["az", "tedbir"]]) {
        await tx.unsafe(
          `insert into event_translations (event_id, locale, slug, title, summary, place, body)
           select id, '${locale}', '${prefix}-' || n, initcap(${phrase("n", 5)}), ${phrase("n + 3", 20)}, 'Centre culturel, Paris', ${body("n + 4")}
           from bench_events`,
        );
      }
      // Every member is registered for one event to come, every other one for three; the bench member for ten.
      await tx.unsafe(
        `insert into event_registrations (event_id, user_id, status)
         select distinct e.id, u.id, 'registered'::registration_status
         from bench_users u, generate_series(1, 3) j, bench_events e
         where (j = 1 or u.n % 2 = 0) and e.n = ${counts.events / 2} + 1 + (u.n * 13 + j * 101) % ${counts.events / 2}
         on conflict do nothing`,
      );
      await tx.unsafe(
        `insert into event_registrations (event_id, user_id, status)
         select e.id, u.id, 'registered' from bench_events e, bench_users u
         where u.n = 2 and e.n between ${counts.events / 2 + 1} and ${counts.events / 2 + 10}
         on conflict do nothing`,
      );

      // Ideas, by every member and more by a tenth of them: 1 in 10 waits for moderation, 1 in 20 rejected, 1 in 50 retained, the rest published.
      await tx.unsafe(
        `insert into ideas (id, author_id, title, description, category, language, status, public_answer, rejection_reason, created_at, updated_at, published_at)
         overriding system value
         select n, (select id from bench_users where bench_users.n = 1 + (g.n * 7919) % (case when g.n % 3 = 0 then ${counts.members / 10} else ${counts.members} end)),
           initcap(${phrase("g.n", 5)}), ${phrase("g.n + 5", 60)},
           (array['exhibition','concert','conference','publication','youth_education','sport','commemoration','other'])[1 + n % 8]::idea_category,
           (case when n % 3 = 0 then 'az' else 'fr' end)::locale,
           (case when n % 10 = 0 then 'pending' when n % 20 = 1 then 'rejected' when n % 50 = 7 then 'retained' else 'published' end)::idea_status,
           case when n % 50 = 7 then 'Retenue pour le programme.' end,
           case when n % 20 = 1 then 'Hors sujet.' end,
           now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval,
           case when n % 10 <> 0 and n % 20 <> 1 then now() - (n || ' minutes')::interval + interval '1 hour' end
         from generate_series(1, ${counts.ideas}) g(n)`,
      );
      await tx.unsafe(`select setval(pg_get_serial_sequence('ideas', 'id'), ${counts.ideas})`);
      // The retained ideas' progress (the action plan): each signed by one organisation, with five steps of mixed states.
      await tx.unsafe(`update ideas set answered_by = (array['embassy','ulduz','cultural_centre'])[1 + id % 3]::organisation where status = 'retained'`);
      await tx.unsafe(
        `insert into idea_milestones (idea_id, happened_on, status, text_fr, text_az, reason_fr)
         select i.id, date '2018-01-01' + (k * 20 + i.id % 20), s.status, ${phrase("i.id + k", 12)}, case when k % 2 = 0 then ${phrase("i.id + k + 3", 12)} end,
           case when s.status = 'abandoned' then 'Faute de salle.' end
         from ideas i, generate_series(1, 5) k,
           lateral (select (array['done','done','in_progress','planned','abandoned'])[1 + (i.id + k) % 5]::milestone_status as status) s
         where i.status = 'retained'`,
      );
      await tx.unsafe(
        `update ideas set milestone_count = m.total, milestones_done = m.done, progress_status = m.latest
         from (select idea_id, count(*)::int as total, (count(*) filter (where status = 'done'))::int as done,
                 (array_agg(status order by happened_on desc, id desc))[1] as latest
               from idea_milestones group by idea_id) m
         where m.idea_id = ideas.id`,
      );
      // 50 supports per member, each to a public idea (a pending or rejected number is moved to the next public one).
      await tx.unsafe(
        `insert into idea_supports (idea_id, user_id)
         select distinct case when c % 10 = 0 then c + 2 when c % 20 = 1 then c + 1 else c end, u.id
         from bench_users u, generate_series(1, ${counts.supports / counts.members}) j,
           lateral (select 1 + ((u.n * 104729 + j * j * 7919) % ${counts.ideas - 10}) as c) candidate
         on conflict do nothing`,
      );
      await tx.unsafe(`update ideas set support_count = s.count from (select idea_id, count(*)::int as count from idea_supports group by idea_id) s where s.idea_id = ideas.id`);
      // Supporting an idea follows it (server/ideas/follow.ts); one in ten has since stopped.
      await tx.unsafe(`insert into idea_follows (idea_id, user_id, following, created_at) select idea_id, user_id, idea_id % 10 <> 3, created_at from idea_supports on conflict do nothing`);
      // Comments spread over the public ideas; every fifth answers the comment before it (one level).
      const commentIdea = (k) => `(select (case when c % 10 = 0 then c + 2 when c % 20 = 1 then c + 1 else c end)::int from (select 1 + ((${k})::bigint * 7919 % 97 * 97 + (${k})::bigint * 13) % ${counts.ideas - 10} as c) x)`;
      await tx.unsafe(
        `insert into idea_comments (id, idea_id, parent_id, author_id, body, language, created_at)
         overriding system value
         select n, case when n % 5 = 0 then ${commentIdea("n - 1")} else ${commentIdea("n")} end, case when n % 5 = 0 then n - 1 end,
           (select id from bench_users where bench_users.n = 1 + (g.n::bigint * 104729) % ${counts.members}),
           ${phrase("g.n + 11", 25)}, (case when n % 3 = 0 then 'az' else 'fr' end)::locale,
           now() - ((${counts.comments ?? 0} - n) || ' seconds')::interval
         from generate_series(1, ${counts.comments ?? 0}) g(n)`,
      );
      await tx.unsafe(`select setval(pg_get_serial_sequence('idea_comments', 'id'), greatest(${counts.comments ?? 0}, 1))`);
      await tx.unsafe(`update ideas set comment_count = s.count from (select idea_id, count(*)::int as count from idea_comments group by idea_id) s where s.idea_id = ideas.id`);
    });
    // As autovacuum would leave a live database: planner statistics, and the
    // GIN indexes' own counts (a trigram search is costed from them).
    await sql.unsafe("vacuum analyze");
    const [{ supports }] = await sql`select count(*)::int as supports from idea_supports`;
    console.log(`[bench] data set filled in ${Math.round((Date.now() - started) / 1000)} s (${supports} supports)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
