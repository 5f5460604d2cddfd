/**
 * A small curated gazetteer: the names and acronyms that shape rules get
 * wrong in tech talk. "AI" and "GPU" look like organisations (all capitals)
 * but are terms; "San Francisco" looks like a person (two capitalised words)
 * but is a place. Only common, unambiguous entries: the rules handle the rest.
 */

/** Acronyms of technology and business that name things, not organisations. */
const TERM_ACRONYMS = new Set(
  `AI AGI ML RL RLHF LLM LLMs GPT GPU GPUs CPU CPUs TPU TPUs API APIs SDK SDKs UI UX CLI IDE OS CI CD QA SQL CSS HTML JSON XML YAML HTTP HTTPS DNS IP TCP VPN SSH SSO JWT CDN CMS CRM ERP SaaS PaaS IaaS PR PRs MVP KPI KPIs OKR OKRs ROI CEO CTO CFO COO CPO VP VC VCs IPO B2B B2C PhD PhDs MBA NLP OCR ASR TTS RAG MCP LSP ORM SRE DevOps DX TS JS ES6 WASM VM VMs K8s AWS GCP ARM RAM SSD USB HDMI IoT AR VR XR EV EVs COVID FAQ TL;DR DM DMs`.split(
    /\s+/,
  ),
);

/** Places that come up in conversation: countries, regions and the cities of the industry. */
const PLACES = new Set(
  `Africa, America, Amsterdam, Asia, Atlanta, Austin, Australia, Bangalore, Bay Area, Beijing, Berlin, Boston, Brazil, Brooklyn, California, Canada, Chicago, China, Denver, Dublin, Europe, France, Germany, Hong Kong, India, Indian Ocean, Ireland, Israel, Italy, Japan, Korea, Lisbon, London, Los Angeles, Madrid, Mexico, Miami, Montreal, Moscow, Mountain View, Munich, Netherlands, New York, Nigeria, Oakland, Palo Alto, Paris, Poland, Portland, Russia, San Diego, San Francisco, San Jose, Seattle, Seoul, Shanghai, Shenzhen, Silicon Valley, Singapore, Spain, Stockholm, Sweden, Switzerland, Sydney, Taiwan, Tel Aviv, Texas, Tokyo, Toronto, UK, Ukraine, US, USA, Vancouver, Warsaw, Washington, Zurich`.split(
    /,\s*/,
  ),
);

/** The adjectives of those places ("French"), said of a place or its people: never a name of their own. */
const DEMONYMS = new Set(
  `African, American, Asian, Australian, Brazilian, British, Canadian, Chinese, Dutch, English, European, French, German, Indian, Irish, Israeli, Italian, Japanese, Korean, Mexican, Nigerian, Polish, Russian, Spanish, Swedish, Swiss, Taiwanese, Ukrainian`.split(
    /,\s*/,
  ),
);

/** Organisations named often enough in tech talk to be worth knowing by name. */
const ORGANISATIONS = new Set(
  `Adobe, Airbnb, Alibaba, Amazon, AMD, Anthropic, Apple, Baidu, ByteDance, Cisco, Cloudflare, Coinbase, Databricks, DeepMind, Disney, Dropbox, eBay, GitHub, GitLab, Google, Google Brain, Hugging Face, IBM, Intel, LinkedIn, Meta, Microsoft, Mistral, Mozilla, Netflix, Nvidia, NVIDIA, OpenAI, Oracle, PayPal, Red Hat, Salesforce, Samsung, Shopify, Slack, Snowflake, Spotify, Stripe, Supabase, Tesla, TikTok, Twitter, Uber, Vercel, Walmart, xAI, YouTube, Stanford, MIT, Berkeley, Harvard, Oxford, Cambridge`.split(
    /,\s*/,
  ),
);

export type GazetteerKind = 'term' | 'place' | 'organisation';

/** What the gazetteer knows a name to be, if anything. */
export function lookUpName(name: string): GazetteerKind | undefined {
  if (TERM_ACRONYMS.has(name)) return 'term';
  if (PLACES.has(name) || DEMONYMS.has(name)) return 'place';
  if (ORGANISATIONS.has(name)) return 'organisation';
  return undefined;
}

/**
 * Names whose lower-case form is also an everyday word ("us", "arm",
 * "slack", "apple"): caption text cannot tell which was said.
 */
const EVERYDAY = new Set(
  'us it os pr ar cd dm vc ip ram arm ci ui ux ts js vm ev meta apple oracle intel uber slack stripe snowflake mistral english'.split(
    ' ',
  ),
);

/**
 * Languages, tools and products of tech talk, for their spelling only ("typescript" → "TypeScript" in caption
 * text): not names the rules above need to tell apart, and none that is also an everyday word ("rust", "go",
 * "swift", "windows", "react", "rails" are left out).
 */
const PRODUCTS =
  `TypeScript, JavaScript, CoffeeScript, WebAssembly, JSDoc, ECMAScript, Python, Kotlin, Haskell, Elixir, Erlang, Clojure, Scala, Golang, PostgreSQL, Postgres, MySQL, SQLite, MongoDB, GraphQL, Kubernetes, Docker, Terraform, Ansible, Jenkins, Linux, macOS, iOS, Android, Firefox, Chromium, Neovim, Emacs, VS Code, Visual Studio, ESLint, TSLint, Babel, Webpack, Vite, esbuild, Deno, Node.js, Vue, Svelte, SvelteKit, Next.js, Nuxt, Astro, Tailwind, jQuery, Django, Laravel, Kafka, Redis, Elasticsearch, Grafana, Prometheus, ChatGPT, Copilot, Claude Code, Codex, DuckDuckGo, CrowdStrike, Bitcoin, Ethereum, Wikipedia, Reddit, Hacker News, Stack Overflow, Mastodon, Bluesky, WordPress, Zulip, npm, pnpm, eBPF`.split(
    /,\s*/,
  );

/**
 * How the gazetteer's names are written, keyed by their lower-case form
 * ("openai" → "OpenAI", "san francisco" → "San Francisco"): a caption
 * transcript writes everything in lower case, and a glossary of these puts
 * the capitals back in print. Leaves out names that are also everyday words,
 * and spellings that need no capitals ("npm").
 */
export function writtenNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const name of [...TERM_ACRONYMS, ...PLACES, ...DEMONYMS, ...ORGANISATIONS, ...PRODUCTS]) {
    const lower = name.toLowerCase();
    if (!EVERYDAY.has(lower) && lower !== name && !(lower in names)) names[lower] = name;
  }
  return names;
}
