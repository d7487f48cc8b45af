import { near } from './guards';
import type { SkillGroup } from './types';

/**
 * Industrial and maintenance trades: fluid power, automation brands and their programming tools, electrical
 * design, maintenance practice and workshop skills, in the words of the countries that post these jobs.
 * Welding, CNC, PLCs and Siemens TIA Portal stand in practices.ts beside the other engineering practices.
 * Bare words that are also job titles or ordinary words elsewhere are left out or guarded: Polish "hydraulik" is
 * a plumber, and "hydraulic modelling" is civil engineering, not fluid power.
 */
export const TRADES: SkillGroup = {
  kind: 'trade',
  skills: [
    {
      name: 'Hydraulics',
      aliases: [
        'hydraulic systems',
        'hydraulic circuits',
        'hydraulic troubleshooting',
        'Hydraulikkenntnisse',
        'Hydraulik-Kenntnisse',
        'Hydrauliksysteme',
        'hydraulique',
        'systèmes hydrauliques',
        'hidráulica',
        'oleodinamica',
        'oleodinámica',
        'hydrauliek',
        'hydraulika siłowa',
        'hydrauliki siłowej',
        'hydrauliką siłową',
        '油圧',
        '液压',
      ],
      // German "Hydraulik" is the trade beside pneumatics or controls (in Polish it is the plumber); so is the
      // adjective ("hydraulic and pneumatic systems", Polish "hydraulicznych i pneumatycznych"), which alone may be
      // civil engineering ("hydraulic modelling") or plumbing ("instalacji hydraulicznych")
      exact: ['Hydraulik', 'hydraulic', 'Hydraulic', 'hydrauliki', 'hydraulicznych', 'hydrauliczne'],
      guard: near('Pneumatics', 'PLC programming', 'Siemens TIA Portal', 'Electrical installation', 'Welding'),
    },
    {
      name: 'Pneumatics',
      aliases: [
        'pneumatic',
        'pneumatic systems',
        'pneumatic circuits',
        'Pneumatik',
        'pneumatique',
        'neumática',
        'pneumatica',
        'pneumatika',
        'pneumatyka',
        'pneumatyki',
        'pneumatyką',
        'pneumatycznych',
        'pneumatyczne',
        'pneumatiek',
        '空圧',
        '气动',
      ],
    },
    {
      name: 'Allen-Bradley',
      aliases: [
        'Allen Bradley',
        'Rockwell Automation',
        'RSLogix',
        'RSLogix 500',
        'RSLogix 5000',
        'Studio 5000',
        'ControlLogix',
        'CompactLogix',
        'FactoryTalk',
      ],
      implies: ['PLC programming'],
    },
    { name: 'AutoCAD Electrical', aliases: ['ACADE'], implies: ['AutoCAD'] },
    { name: 'EPLAN', aliases: ['EPLAN Electric P8', 'ePLAN'] },
    {
      name: 'Preventive maintenance',
      aliases: [
        'preventative maintenance',
        'planned preventive maintenance',
        'planned maintenance',
        'vorbeugende Instandhaltung',
        'präventive Instandhaltung',
        'maintenance préventive',
        'mantenimiento preventivo',
        'manutenzione preventiva',
        'manutenção preventiva',
        'konserwacja zapobiegawcza',
        'preventief onderhoud',
        '予防保全',
      ],
    },
    {
      name: 'Technical drawings',
      aliases: [
        'blueprint reading',
        'reading blueprints',
        'read blueprints',
        'reading technical drawings',
        'read technical drawings',
        'engineering drawings',
        'Lesen technischer Zeichnungen',
        'technische Zeichnungen lesen',
        'lecture de plans',
        'interpretación de planos',
        'lettura del disegno tecnico',
        'rysunek techniczny',
        'rysunku technicznego',
        'rysunków technicznych',
        '図面の読解',
      ],
    },
    { name: 'Soldering', aliases: ['Löten', 'soudure à l’étain', 'IPC-A-610', 'IPC J-STD-001'] },
    { name: 'Lockout/tagout', aliases: ['lockout tagout', 'lock-out tag-out', 'LOTO'] },
  ],
};
