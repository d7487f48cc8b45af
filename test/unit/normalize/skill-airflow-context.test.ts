import { skillsIn } from '../../../shared/normalize/skills';

/**
 * "Airflow" alone is Apache Airflow only in a tool's context: after a preposition or an example marker in the
 * languages postings use ("mit Airflow", "idealerweise Airflow", "z. B. Airflow", "comme Airflow"). The HVAC
 * word stays unread.
 */
describe('Airflow named as a tool', () => {
  it.each([
    ['de ideally', 'Erfahrung mit Orchestrierung, idealerweise Airflow'],
    ['de with', 'Erfahrung mit Airflow'],
    ['de e.g.', 'Orchestrierung (z. B. Airflow)'],
    ['fr like', "Connaissance d'un orchestrateur comme Airflow"],
    ['es with', 'Experiencia con Airflow'],
    ['nl preferably', 'Kennis van orkestratie, bij voorkeur Airflow'],
    ['pl e.g.', 'Doświadczenie z narzędziami do orkiestracji (np. Airflow)'],
    ['en such as', 'Workflow schedulers such as Airflow'],
  ])('%s: %s', (_name, text) => expect(skillsIn(text)).toContain('Apache Airflow'));
});

describe('airflow the HVAC word', () => {
  it.each([
    ['a capitalised first word', 'Airflow measurements in clean rooms'],
    ['in a list of readings', 'Temperature, Airflow and pressure checks'],
    ['lower case after a preposition', 'Balance the system with airflow meters'],
  ])('%s: %s', (_name, text) => expect(skillsIn(text)).not.toContain('Apache Airflow'));
});
