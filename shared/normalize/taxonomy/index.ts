import { BUSINESS_TOOLS } from './business-tools';
import { CERTIFICATIONS } from './certifications';
import { CLOUD } from './cloud';
import { DATA, MACHINE_LEARNING } from './data-ml';
import { DATABASES } from './data-stores';
import { DEVOPS } from './devops';
import { FINANCE_TOOLS } from './finance-tools';
import { HEALTH_STANDARDS } from './health-data';
import { DESIGN, MOBILE } from './mobile-design';
import { PLATFORMS } from './platforms';
import { PRACTICES } from './practices';
import { PROGRAMMING_LANGUAGES } from './programming-languages';
import { SECURITY, TESTING } from './quality-security';
import { TEST_TOOLS } from './test-tools';
import { TRADES } from './trades';
import { withSlavicForms } from './inflections';
import type { SkillGroup } from './types';
import { BACKEND, FRONTEND } from './web';

export type { SkillDef, SkillGroup, SkillGuard, SkillKind } from './types';

/**
 * The curated skills taxonomy: canonical names with aliases, grouped by kind. Breadth was checked against
 * the Stack Overflow developer survey's technology lists, GitHub linguist's languages, ESCO's ICT and
 * transversal skills, and common licences and certifications of trades, care, finance and security.
 * Polish/Czech declined forms of technical names are added at load (see inflections.ts).
 * The data is committed, never fetched; `skill-matcher.ts` compiles it once into one matcher.
 */
export const TAXONOMY: readonly SkillGroup[] = withSlavicForms([
  PROGRAMMING_LANGUAGES,
  FRONTEND,
  BACKEND,
  DATABASES,
  CLOUD,
  DEVOPS,
  DATA,
  MACHINE_LEARNING,
  MOBILE,
  DESIGN,
  TESTING,
  TEST_TOOLS,
  SECURITY,
  BUSINESS_TOOLS,
  FINANCE_TOOLS,
  HEALTH_STANDARDS,
  PLATFORMS,
  PRACTICES,
  TRADES,
  CERTIFICATIONS,
]);
