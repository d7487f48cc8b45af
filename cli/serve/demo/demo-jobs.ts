/**
 * The bundled example: a few jobs of two made-up employers. Acme publishes through a Greenhouse-style ATS
 * board (entity-escaped HTML, as Greenhouse sends it); Globex runs its own career site with schema.org
 * JSON-LD on each job page. Enough variety that a newcomer sees normalising at work (locations, salary,
 * sections, skills) without reading any docs.
 */
export interface DemoJob {
  id: string;
  title: string;
  department: string;
  location: string;
  city: string;
  country: string;
  salary: { min: number; max: number; currency: string; period: 'YEAR' | 'MONTH' | 'HOUR' } | null;
  body: string;
  postedAt: string;
}

const section = (heading: string, items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

export const ACME_JOBS: DemoJob[] = [
  {
    id: '4012001',
    title: 'Senior Backend Engineer (m/w/d)',
    department: 'Engineering',
    location: 'Berlin, Germany (Hybrid)',
    city: 'Berlin',
    country: 'DE',
    salary: { min: 70000, max: 90000, currency: 'EUR', period: 'YEAR' },
    body:
      '<p>Acme moves millions of parcels a day. Join the team that builds the routing platform behind them.</p>' +
      section('Your tasks', [
        'Design and run services in TypeScript and Go',
        'Own the Postgres schema of the routing core',
        'Mentor two mid-level engineers',
      ]) +
      section('Your profile', [
        '5+ years building backend systems',
        'Strong SQL (PostgreSQL)',
        'Kubernetes in production',
      ]) +
      section('Nice to have', ['Experience with Kafka', 'German at conversational level']) +
      section('Benefits', ['30 days paid leave', 'Job ticket', 'Learning budget of 1,500 EUR a year']),
    postedAt: '2026-11-02T09:00:00Z',
  },
  {
    id: '4012002',
    title: 'Product Designer',
    department: 'Design',
    location: 'Remote, Germany',
    city: '',
    country: 'DE',
    salary: null,
    body:
      '<p>Shape how warehouse staff and drivers use Acme every day.</p>' +
      section('Responsibilities', [
        'Run research with drivers and dispatchers',
        'Design flows in Figma, from sketch to spec',
        'Work with engineers on a shared design system',
      ]) +
      section('Requirements', ['A portfolio of shipped product work', '3+ years in product design']) +
      section('Benefits', ['Remote within Germany', 'Home-office budget']),
    postedAt: '2026-11-05T09:00:00Z',
  },
  {
    id: '4012003',
    title: 'Data Engineer',
    department: 'Data',
    location: 'Munich, Germany',
    city: 'Munich',
    country: 'DE',
    salary: { min: 65000, max: 80000, currency: 'EUR', period: 'YEAR' },
    body:
      '<p>Build the pipelines that tell Acme where every parcel is.</p>' +
      section('What you will do', [
        'Build batch and streaming pipelines with Python and Spark',
        'Model data in BigQuery',
        'Keep data quality measurable',
      ]) +
      section('What you bring', ['3+ years of data engineering', 'Python and SQL', 'Airflow or a similar scheduler']),
    postedAt: '2026-11-09T09:00:00Z',
  },
];

export const GLOBEX_JOBS: DemoJob[] = [
  {
    id: 'frontend-engineer-toronto',
    title: 'Frontend Engineer',
    department: 'Web',
    location: 'Toronto, ON, Canada',
    city: 'Toronto',
    country: 'CA',
    salary: { min: 110000, max: 130000, currency: 'CAD', period: 'YEAR' },
    body:
      '<p>Globex builds the booking tools thousands of clinics rely on.</p>' +
      section('Responsibilities', [
        'Build accessible interfaces in React and TypeScript',
        'Own performance budgets of the booking flow',
      ]) +
      section('Requirements', ['3+ years with React', 'Care for accessibility (WCAG 2.2)']) +
      section('Benefits', ['Health and dental from day one', '4 weeks vacation']),
    postedAt: '2026-11-03T14:00:00Z',
  },
  {
    id: 'site-reliability-engineer-remote',
    title: 'Site Reliability Engineer',
    department: 'Infrastructure',
    location: 'Remote, Canada',
    city: '',
    country: 'CA',
    salary: { min: 120000, max: 145000, currency: 'CAD', period: 'YEAR' },
    body:
      '<p>Keep Globex up for clinics across North America.</p>' +
      section('Responsibilities', [
        'Run our GKE clusters and Terraform',
        'Lead incident reviews',
        'Automate toil away',
      ]) +
      section('Requirements', ['Production Kubernetes', 'Terraform', 'On-call experience']),
    postedAt: '2026-11-07T14:00:00Z',
  },
];
